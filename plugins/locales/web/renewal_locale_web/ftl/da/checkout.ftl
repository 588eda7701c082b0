## Online Renewal web checkout (Danish). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Onlinefornyelse
page-title = Forny din supportaftale
language-label = Sprog
skip-to-content = Gå til hovedindhold

## Contract and quote
contract-heading = Aftale { $contract }
contract-number-label = Aftalenummer
customer-label = Kunde
coverage-ends = Din nuværende dækning udløber den { $date }.
coverage-ended = Din dækning udløb den { $date }.
renewal-period = Ny dækning: fra { $start } til { $end }
quote-heading = Dit tilbud på fornyelse
quote-column-item = Beskrivelse
quote-column-amount = Beløb
# "år" is the same in singular and plural, so no selector is needed.
term-years = { $years } år
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, antal { $quantity }
line-upgrade = Opgradering: { $sku } til { $level }, { $term }, antal { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (dækningen er udløbet)
line-fx-conversion = Omregnet fra { $from_amount } til kurs { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Priserne er listepriser fra din regionale prisliste.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Opgrader din dækning
upgrade-level-label = Serviceniveau
upgrade-term-label = { -term }
upgrade-apply = Opdater tilbud
currency-label = Betalingsvaluta
currency-other-note = Ved betaling i en anden valuta opkræves et { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Betalingsmetode
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
payment-method-wire_transfer = Bankoverførsel
payment-method-check = Check eller postanvisning
card-number-label = Kortnummer
card-expiry-label = Udløbsdato (MM/ÅÅ)
card-cvc-label = Sikkerhedskode
card-holder-label = Navn på kortet
pay-button = Betal { $amount }
method-button-offline = Få betalingsvejledning
method-button-card = Fortsæt til betaling
method-button-redirect = Fortsæt til { $method }
place-order-button = Gennemfør bestilling
secure-payment-note = Dine kortoplysninger sendes direkte til vores udbyder af betalingssikkerhed og bliver aldrig gemt hos os.

## Outcomes
confirmation-heading = Tak, din aftale er fornyet
confirmation-body = Ordre { $order } er betalt. Din nye dækning gælder indtil { $end }.
declined-heading = Betaling afvist
declined-body = Din kortudsteder har afvist betalingen. Der er ikke trukket nogen penge.
declined-body-bank = Betalingen blev ikke gennemført. Der er ikke trukket nogen penge.
payment-cancelled-notice = Du annullerede betalingen på { $method }-siden. Der er ikke trukket nogen penge.
change-payment-option = Skift betalingsmetode
payment-error-heading = Vi kunne ikke få forbindelse til betalingstjenesten
payment-error-body = Der er ikke trukket nogen penge. Prøv igen om et par minutter.
offline-heading = Din bestilling er modtaget
offline-body = Din aftale bliver fornyet, så snart vi har modtaget din betaling for ordre { $order }. Betal senest den { $due_date }.
offline-instructions-wire_transfer = Overfør { $amount } til { $beneficiary }, IBAN { $iban }, BIC { $bic }. Angiv referencen { $reference }, så vi kan matche din betaling.
offline-instructions-check = Send en check eller postanvisning på { $amount }, udstedt til { $payee }, til { $address }. Skriv referencen { $reference } på den.
offline-instructions-paypal = Send { $amount } med PayPal til { $account }. Skriv referencen { $reference } i beskeden.
offline-instructions-paynearme = Betal { $amount } kontant i en hvilken som helst PayNearMe-butik med betalingskoden { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Denne aftale har en samlet værdi på over { $limit } og kan derfor ikke fornyes online. Kontakt din partner eller vores salgsteam.
reason-oem = Denne aftale er solgt via en OEM-partner. Forny den hos denne partner.
reason-country-not-live = Onlinefornyelse er endnu ikke tilgængelig i dit land. Den bliver tilgængelig den { $date }.
reason-currency-retired = Aftalens valuta, { $currency }, bruges ikke længere. Kontakt os for at få et nyt tilbud.
reason-already-renewed-online = Denne aftale er allerede fornyet. Tak!
reason-already-renewed-partner = Denne aftale er allerede fornyet via en partner. Du behøver ikke at gøre mere.
reason-contract-not-found = Vi kunne ikke finde denne aftale. Kontrollér linket i din e-mail.
reason-link-expired = Dette fornyelseslink er udløbet. Brug linket i din seneste påmindelsesmail.

## Help
help-heading = Brug for hjælp?
help-send-email = Send e-mail
help-phone = Ring til { $phone }, og vælg derefter menupunkt 3 og så menupunkt 1.
help-details = Hav dit aftalenummer, referencenummeret (hvis du har et) og den e-mailadresse, der blev brugt til bestillingen (hvis relevant), klar.
help-changed-quote = Har du brug for et andet tilbud? Opret en supportanmodning i din kontoportal, eller ring og vælg menupunkt 3 og derefter menupunkt 2 for at tale med en salgsrepræsentant.
partner-note = Du kan også når som helst forny via din autoriserede partner.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Denne anmodning har ikke feltet "{ $name }". Fjern det, og send anmodningen igen.
api-field-invalid = Feltet "{ $name }" mangler eller har en værdi af forkert type. Ret det, og send anmodningen igen.
api-body-not-object = Anmodningens indhold skal være et JSON-objekt, for eksempel { $example }. Ret det, og send anmodningen igen.
