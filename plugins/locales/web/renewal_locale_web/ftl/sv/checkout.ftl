## Webbkassan för förnyelse online. Belopp och datum kommer redan formaterade (babel),
## så meddelandena formaterar aldrig tal själva. Antal ($years, $count, $days) är tal.
## ”år” är likadant i singular och plural, så ingen väljare behövs.

site-name = Förnyelse online
page-title = Förnya ditt supportavtal
language-label = Språk
skip-to-content = Hoppa till huvudinnehållet

## Avtal och offert
contract-heading = Avtal { $contract }
contract-number-label = Avtalsnummer
customer-label = Kund
coverage-ends = Din nuvarande täckning upphör { $date }.
coverage-ended = Din täckning upphörde { $date }.
renewal-period = Ny täckning: { $start } till { $end }
quote-heading = Din offert för förnyelse
quote-column-item = Artikel
quote-column-amount = Belopp
term-years = { $years } år
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, antal { $quantity }
line-upgrade = Uppgradering: { $sku } till { $level }, { $term }, antal { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (täckningen har upphört)
line-fx-conversion = Omräknat från { $from_amount } till kursen { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Priserna är listpriser från prislistan för din region.

## Servicenivåer
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Uppgraderingar och valuta
upgrade-heading = Uppgradera din täckning
upgrade-level-label = Servicenivå
upgrade-term-label = { -term }
upgrade-apply = Uppdatera offert
currency-label = Betala i
currency-other-note = Om du betalar i en annan valuta tillkommer ett { -fx-surcharge(form: "inline") }.

## Betalning
payment-heading = Betalningssätt
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
payment-method-wire_transfer = Banköverföring
payment-method-check = Check eller postanvisning
card-number-label = Kortnummer
card-expiry-label = Giltigt till (MM/ÅÅ)
card-cvc-label = Säkerhetskod
card-holder-label = Namn på kortet
pay-button = Betala { $amount }
method-button-offline = Visa betalningsinstruktioner
method-button-card = Fortsätt till betalning
method-button-redirect = Fortsätt till { $method }
place-order-button = Lägg beställning
secure-payment-note = Kortuppgifterna skickas direkt till vår leverantör av betalningssäkerhet och lagras aldrig hos oss.

## Resultat
confirmation-heading = Tack, ditt avtal är förnyat
confirmation-body = Beställning { $order } är betald. Din nya täckning gäller till och med { $end }.
declined-heading = Nekad
declined-body = Din kortutgivare nekade betalningen. Inga pengar har dragits.
declined-body-bank = Betalningen slutfördes inte. Inga pengar har dragits.
payment-cancelled-notice = Du avbröt betalningen på { $method }-sidan. Inga pengar har dragits.
change-payment-option = Ändra betalningssätt
payment-error-heading = Vi kunde inte nå betaltjänsten
payment-error-body = Inga pengar har dragits. Försök igen om några minuter.
offline-heading = Din beställning är lagd
offline-body = Avtalet förnyas så snart betalningen för beställning { $order } har kommit in. Betala senast { $due_date }.
offline-instructions-wire_transfer = För över { $amount } till { $beneficiary }, IBAN { $iban }, BIC { $bic }. Ange referensen { $reference } så att vi kan koppla din betalning.
offline-instructions-check = Skicka en check eller postanvisning på { $amount }, ställd till { $payee }, till { $address }. Skriv referensen { $reference } på den.
offline-instructions-paypal = Skicka { $amount } med PayPal till { $account }. Ange referensen { $reference } i meddelandet.
offline-instructions-paynearme = Betala { $amount } kontant hos valfritt PayNearMe-försäljningsställe med betalkoden { $reference }.

## Behörighet: varför ett avtal inte kan förnyas online
reason-over-limit = Det här avtalet uppgår totalt till mer än { $limit } och kan därför inte förnyas online. Kontakta din partner eller vårt säljteam.
reason-oem = Det här avtalet såldes via en OEM-partner. Förnya det hos den partnern.
reason-country-not-live = Förnyelse online är ännu inte tillgänglig i ditt land. Tjänsten öppnar { $date }.
reason-currency-retired = Avtalets valuta ({ $currency }) används inte längre. Kontakta oss för en ny offert.
reason-already-renewed-online = Det här avtalet är redan förnyat. Tack!
reason-already-renewed-partner = Det här avtalet har redan förnyats via en partner. Du behöver inte göra något mer.
reason-contract-not-found = Vi kunde inte hitta det här avtalet. Kontrollera länken i ditt e-postmeddelande.
reason-link-expired = Den här förnyelselänken har gått ut. Använd länken i det senaste påminnelsemejlet.

## Hjälp
help-heading = Behöver du hjälp?
help-send-email = Skicka e-post
help-phone = Ring { $phone } och välj alternativ 3 och sedan alternativ 1.
help-details = Ha avtalsnumret, referensnumret (om du har ett) och e-postadressen som användes för beställningen (om tillämpligt) till hands.
help-changed-quote = Behöver du en annan offert? Skapa ett supportärende i kontoportalen, eller ring och välj alternativ 3 och sedan alternativ 2 för att tala med en säljare.
partner-note = Du kan också när som helst förnya via din auktoriserade partner.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Den här begäran har inget fält ”{ $name }”. Ta bort det och skicka begäran igen.
api-field-invalid = Fältet ”{ $name }” saknas eller har ett värde av fel typ. Rätta det och skicka begäran igen.
api-body-not-object = Begärans innehåll måste vara ett JSON-objekt, till exempel { $example }. Rätta det och skicka begäran igen.
