## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testmodus: er wordt geen echt geld overgemaakt.
payment-error-summary = Er is een probleem
card-form-heading = Kaartgegevens
card-continue-button = Doorgaan
card-error-number = Voer een geldig kaartnummer in.
card-error-brand = Dit nummer past niet bij het gekozen kaarttype. Controleer het nummer of kies een andere betaalmethode.
card-error-expiry = Voer de vervaldatum in als maand en jaar, bijvoorbeeld 08/29.
card-error-expired = Deze kaart is verlopen. Gebruik een andere kaart.
card-error-cvc = Voer de beveiligingscode van de kaart in (3 cijfers, of 4 bij American Express).
card-error-holder = Voer de naam in zoals die op de kaart staat.
payment-attempt-closed-heading = Deze betaalpagina is niet meer beschikbaar
payment-attempt-closed-body = De betaling is voltooid of er is een andere betaalmethode gekozen. Ga terug naar het afrekenen om de status van uw bestelling te zien.
payment-attempt-unknown-body = Deze betaalpagina bestaat niet. Open de link in uw herinneringsmail voor de verlenging opnieuw.
payment-back-to-checkout = Terug naar afrekenen
bank-page-heading = { $method }: bevestig uw betaling
bank-page-body = { $amount } betalen aan { $seller }?
bank-approve-button = Betaling goedkeuren
bank-cancel-button = Annuleren en teruggaan
card-too-many-tries = Op deze pagina zijn te veel kaartnummers geprobeerd. Voor uw veiligheid is ze gesloten: ga terug naar afrekenen en kies opnieuw een betaalmethode.
