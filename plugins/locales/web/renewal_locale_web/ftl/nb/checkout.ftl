## Nettkassen for fornyelse på nett. Beløp og datoer kommer ferdig formatert (babel),
## så meldingene formaterer aldri tall selv. Antall ($years, $count, $days) er tall.
## «år» er likt i entall og flertall, så det trengs ingen velger.

site-name = Fornyelse på nett
page-title = Forny supportavtalen din
language-label = Språk
skip-to-content = Gå til hovedinnholdet

## Avtale og tilbud
contract-heading = Avtale { $contract }
contract-number-label = Avtalenummer
customer-label = Kunde
coverage-ends = Den nåværende dekningen din utløper { $date }.
coverage-ended = Dekningen din utløp { $date }.
renewal-period = Ny dekning: { $start } til { $end }
quote-heading = Tilbud på fornyelse
quote-column-item = Vare
quote-column-amount = Beløp
term-years = { $years } år
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, antall { $quantity }
line-upgrade = Oppgradering: { $sku } til { $level }, { $term }, antall { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (dekningen er utløpt)
line-fx-conversion = Omregnet fra { $from_amount } til kurs { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Prisene er listepriser fra prislisten for din region.

## Servicenivåer
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Oppgraderinger og valuta
upgrade-heading = Oppgrader dekningen din
upgrade-level-label = Servicenivå
upgrade-term-label = { -term }
upgrade-apply = Oppdater tilbudet
currency-label = Betal i
currency-other-note = Ved betaling i en annen valuta kommer et { -fx-surcharge(form: "inline") }.

## Betaling
payment-heading = Betalingsmåte
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
payment-method-wire_transfer = Bankoverføring
payment-method-check = Sjekk eller postanvisning
card-number-label = Kortnummer
card-expiry-label = Utløpsdato (MM/ÅÅ)
card-cvc-label = Sikkerhetskode
card-holder-label = Navn på kortet
pay-button = Betal { $amount }
method-button-offline = Få betalingsinstruksjoner
method-button-card = Fortsett til betaling
method-button-redirect = Fortsett til { $method }
place-order-button = Send bestilling
secure-payment-note = Kortopplysningene sendes direkte til vår leverandør av betalingssikkerhet og blir aldri lagret hos oss.

## Resultater
confirmation-heading = Takk, avtalen din er fornyet
confirmation-body = Bestilling { $order } er betalt. Den nye dekningen din varer til { $end }.
declined-heading = Avvist
declined-body = Kortutstederen avviste betalingen. Ingen penger er trukket.
declined-body-bank = Betalingen ble ikke fullført. Ingen penger er trukket.
payment-cancelled-notice = Du avbrøt betalingen på { $method }-siden. Ingen penger ble trukket.
change-payment-option = Endre betalingsmåte
payment-error-heading = Vi fikk ikke kontakt med betalingstjenesten
payment-error-body = Ingen penger er trukket. Prøv igjen om noen minutter.
offline-heading = Bestillingen din er registrert
offline-body = Avtalen fornyes så snart betalingen for bestilling { $order } er mottatt. Betal senest { $due_date }.
offline-instructions-wire_transfer = Overfør { $amount } til { $beneficiary }, IBAN { $iban }, BIC { $bic }. Oppgi referansen { $reference } slik at vi kan knytte betalingen til bestillingen.
offline-instructions-check = Send en sjekk eller postanvisning på { $amount }, utstedt til { $payee }, til { $address }. Skriv referansen { $reference } på den.
offline-instructions-paypal = Send { $amount } med PayPal til { $account }. Skriv referansen { $reference } i meldingsfeltet.
offline-instructions-paynearme = Betal { $amount } kontant hos et hvilket som helst PayNearMe-utsalgssted med betalingskoden { $reference }.

## Kvalifisering: hvorfor en avtale ikke kan fornyes på nett
reason-over-limit = Denne avtalen har en totalverdi på over { $limit } og kan derfor ikke fornyes på nett. Kontakt partneren din eller salgsteamet vårt.
reason-oem = Denne avtalen ble solgt via en OEM-partner. Forny den hos den partneren.
reason-country-not-live = Fornyelse på nett er ennå ikke tilgjengelig i landet ditt. Tjenesten åpner { $date }.
reason-currency-retired = Avtalens valuta, { $currency }, er ikke lenger i bruk. Kontakt oss for å få et nytt tilbud.
reason-already-renewed-online = Denne avtalen er allerede fornyet. Takk!
reason-already-renewed-partner = Denne avtalen er allerede fornyet via en partner. Du trenger ikke gjøre noe mer.
reason-contract-not-found = Vi finner ikke denne avtalen. Kontroller lenken i e-posten din.
reason-link-expired = Denne fornyelseslenken er utløpt. Bruk lenken i den siste påminnelsen du fikk på e-post.

## Hjelp
help-heading = Trenger du hjelp?
help-send-email = Send e-post
help-phone = Ring { $phone } og velg alternativ 3 og deretter alternativ 1.
help-details = Ha avtalenummeret, referansenummeret (hvis du har et) og e-postadressen som ble brukt ved bestillingen (hvis aktuelt), klart.
help-changed-quote = Trenger du et annet tilbud? Opprett en supportforespørsel i kontoportalen, eller ring og velg alternativ 3 og deretter alternativ 2 for å snakke med en selger.
partner-note = Du kan også når som helst fornye via din autoriserte partner.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Denne forespørselen har ikke feltet «{ $name }». Fjern det og send forespørselen på nytt.
api-field-invalid = Feltet «{ $name }» mangler eller har en verdi av feil type. Rett det og send forespørselen på nytt.
api-body-not-object = Innholdet i forespørselen må være et JSON-objekt, for eksempel { $example }. Rett det, og send forespørselen på nytt.
