## Webcheckout voor online verlengen. Bedragen en datums komen al opgemaakt binnen (babel),
## dus berichten maken zelf nooit getallen op. Aantallen ($years, $count, $days) zijn getallen.
## In het Nederlands blijft "jaar" na een getal onveranderd, dus er is geen selector nodig.

site-name = Online verlengen
page-title = Uw supportcontract verlengen
language-label = Taal
skip-to-content = Direct naar de hoofdinhoud

## Contract en offerte
contract-heading = Contract { $contract }
contract-number-label = Contractnummer
customer-label = Klant
coverage-ends = Uw huidige dekking loopt af op { $date }.
coverage-ended = Uw dekking is afgelopen op { $date }.
renewal-period = Nieuwe dekking: { $start } t/m { $end }
quote-heading = Uw verlengingsofferte
quote-column-item = Omschrijving
quote-column-amount = Bedrag
term-years = { $years } jaar
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, aantal { $quantity }
line-upgrade = Upgrade: { $sku } naar { $level }, { $term }, aantal { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (dekking verlopen)
line-fx-conversion = Omgerekend van { $from_amount } tegen een koers van { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = De prijzen zijn catalogusprijzen uit de prijslijst voor uw regio.

## Serviceniveaus
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades en valuta
upgrade-heading = Uw dekking upgraden
upgrade-level-label = Serviceniveau
upgrade-term-label = { -term }
upgrade-apply = Offerte bijwerken
currency-label = Betalen in
currency-other-note = Als u in een andere valuta betaalt, wordt een { -fx-surcharge(form: "inline") } berekend.

## Betaling
payment-heading = Betaalmethode
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = Bankoverschrijving
payment-method-check = Cheque of postwissel
card-number-label = Kaartnummer
card-expiry-label = Vervaldatum (MM/JJ)
card-cvc-label = Beveiligingscode
card-holder-label = Naam op de kaart
pay-button = { $amount } betalen
method-button-offline = Betaalinstructies ontvangen
method-button-card = Doorgaan naar betalen
method-button-redirect = Doorgaan naar { $method }
place-order-button = Bestelling plaatsen
secure-payment-note = Uw kaartgegevens gaan rechtstreeks naar onze beveiligde betaalprovider en worden nooit door ons opgeslagen.

## Resultaten
confirmation-heading = Bedankt, uw contract is verlengd
confirmation-body = Bestelling { $order } is betaald. Uw nieuwe dekking loopt tot en met { $end }.
declined-heading = Geweigerd
declined-body = De uitgever van uw kaart heeft de betaling geweigerd. Er is geen geld afgeschreven.
declined-body-bank = De betaling is niet voltooid. Er is geen geld afgeschreven.
payment-cancelled-notice = U hebt de betaling op de pagina van { $method } geannuleerd. Er is geen geld afgeschreven.
change-payment-option = Andere betaalmethode kiezen
payment-error-heading = We konden de betaaldienst niet bereiken
payment-error-body = Er is geen geld afgeschreven. Probeer het over een paar minuten opnieuw.
offline-heading = Uw bestelling is geplaatst
offline-body = Uw contract wordt verlengd zodra de betaling voor bestelling { $order } binnen is. Betaal uiterlijk op { $due_date }.
offline-instructions-wire_transfer = Maak { $amount } over naar { $beneficiary }, IBAN { $iban }, BIC { $bic }. Vermeld het referentienummer { $reference }, zodat we uw betaling kunnen koppelen.
offline-instructions-check = Stuur een cheque of postwissel van { $amount }, ten gunste van { $payee }, naar { $address }. Vermeld daarop het referentienummer { $reference }.
offline-instructions-paypal = Stuur { $amount } via PayPal naar { $account }. Vermeld het referentienummer { $reference } in het notitieveld.
offline-instructions-paynearme = Betaal { $amount } contant bij een verkooppunt van PayNearMe met de betaalcode { $reference }.

## Geschiktheid: waarom een contract niet online kan worden verlengd
reason-over-limit = Het totaalbedrag van dit contract is hoger dan { $limit }, waardoor het niet online kan worden verlengd. Neem contact op met uw partner of met ons verkoopteam.
reason-oem = Dit contract is verkocht via een OEM-partner. Verleng het contract bij die partner.
reason-country-not-live = Online verlengen is in uw land nog niet beschikbaar. Dit wordt mogelijk vanaf { $date }.
reason-currency-retired = De valuta van dit contract ({ $currency }) wordt niet meer gebruikt. Neem contact met ons op voor een nieuwe offerte.
reason-already-renewed-online = Dit contract is al verlengd. Bedankt!
reason-already-renewed-partner = Dit contract is al verlengd via een partner. U hoeft verder niets te doen.
reason-contract-not-found = We kunnen dit contract niet vinden. Controleer de link in uw e-mail.
reason-link-expired = Deze verlengingslink is verlopen. Gebruik de link in uw meest recente herinneringsmail.

## Hulp
help-heading = Hulp nodig?
help-send-email = E-mail sturen
help-phone = Bel { $phone } en kies optie 3 en daarna optie 1.
help-details = Houd uw contractnummer, het referentienummer (indien aanwezig) en het e-mailadres waarmee u hebt besteld (indien van toepassing) bij de hand.
help-changed-quote = Hebt u een andere offerte nodig? Dien een supportaanvraag in via uw accountportal, of bel en kies optie 3 en daarna optie 2 voor een verkoopmedewerker.
partner-note = U kunt ook altijd verlengen via uw geautoriseerde partner.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Dit verzoek heeft geen veld "{ $name }". Verwijder het en verstuur het verzoek opnieuw.
api-field-invalid = Het veld "{ $name }" ontbreekt of heeft een waarde van de verkeerde soort. Corrigeer het en verstuur het verzoek opnieuw.
api-body-not-object = De inhoud van het verzoek moet een JSON-object zijn, bijvoorbeeld { $example }. Corrigeer dit en verstuur het verzoek opnieuw.
