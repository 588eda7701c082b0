## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Maak { $amount } over naar { $beneficiary } bij { $bank }, ABA-routingnummer { $routing }, rekeningnummer { $account }. Vermeld het referentienummer { $reference }, zodat we uw betaling kunnen koppelen.
offline-instructions-paypal-link = Betaal { $amount } via PayPal aan { $account }. Het referentienummer { $reference } is al ingevuld; laat het in het notitieveld staan.
offline-instructions-paypal-link-label = Betalen met PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = We hebben { $received } ontvangen voor deze bestelling. Nog te betalen: { $remaining }. Maak het resterende bedrag over met hetzelfde betalingskenmerk.
payment-not-completed-notice = Uw laatste betaling is niet voltooid en er is geen geld afgeschreven. Kies opnieuw een betaalmethode.
