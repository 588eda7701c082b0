## Plata web pentru reînnoirea online. Sumele și datele sosesc deja formatate (babel),
## deci mesajele nu formatează niciodată numere. Numărătorile ($years, $count, $days) sunt numere.

site-name = Reînnoire online
page-title = Reînnoiți contractul de suport
language-label = Limbă
skip-to-content = Salt la conținutul principal

## Contract și ofertă
contract-heading = Contractul { $contract }
contract-number-label = Număr contract
customer-label = Client
coverage-ends = Acoperirea actuală se încheie la data de { $date }.
coverage-ended = Acoperirea s-a încheiat la data de { $date }.
renewal-period = Acoperire nouă: { $start } – { $end }
quote-heading = Oferta dumneavoastră de reînnoire
quote-column-item = Articol
quote-column-amount = Sumă
term-years = { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, cantitate { $quantity }
line-upgrade = Upgrade: { $sku } la nivelul { $level }, { $term }, cantitate { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (acoperire expirată)
line-fx-conversion = Convertit din { $from_amount } la cursul de { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Prețurile sunt prețuri de listă din lista de prețuri pentru regiunea dumneavoastră.

## Niveluri de servicii
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrade-uri și monedă
upgrade-heading = Extindeți acoperirea
upgrade-level-label = Nivel de servicii
upgrade-term-label = { -term }
upgrade-apply = Actualizați oferta
currency-label = Plătiți în
currency-other-note = Plata într-o altă monedă implică o { -fx-surcharge(form: "inline") }.

## Plată
payment-heading = Metodă de plată
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
payment-method-wire_transfer = Transfer bancar
payment-method-check = Cec sau mandat poștal
card-number-label = Numărul cardului
card-expiry-label = Data expirării (LL/AA)
card-cvc-label = Cod de securitate
card-holder-label = Numele de pe card
pay-button = Plătiți { $amount }
method-button-offline = Primiți instrucțiunile de plată
method-button-card = Continuați către plată
method-button-redirect = Continuați pe pagina { $method }
place-order-button = Plasați comanda
secure-payment-note = Datele cardului ajung direct la furnizorul nostru de securitate a plăților și nu sunt niciodată stocate de noi.

## Rezultate
confirmation-heading = Vă mulțumim, contractul dumneavoastră a fost reînnoit
confirmation-body = Comanda { $order } a fost plătită. Noua acoperire este valabilă până la { $end }.
declined-heading = Plată refuzată
declined-body = Emitentul cardului dumneavoastră a refuzat plata. Nu a fost debitată nicio sumă.
declined-body-bank = Plata nu a fost finalizată. Nu a fost debitată nicio sumă.
payment-cancelled-notice = Ați anulat plata pe pagina { $method }. Nu a fost debitată nicio sumă.
change-payment-option = Schimbați metoda de plată
payment-error-heading = Nu am putut contacta serviciul de plată
payment-error-body = Nu a fost debitată nicio sumă. Încercați din nou peste câteva minute.
offline-heading = Comanda dumneavoastră a fost plasată
offline-body = Contractul va fi reînnoit imediat ce primim plata pentru comanda { $order }. Vă rugăm să plătiți până la { $due_date }.
offline-instructions-wire_transfer = Transferați { $amount } către { $beneficiary }, IBAN { $iban }, BIC { $bic }. Menționați referința { $reference }, ca să putem identifica plata dumneavoastră.
offline-instructions-check = Trimiteți un cec sau un mandat poștal în valoare de { $amount }, emis pe numele { $payee }, la adresa { $address }. Scrieți pe acesta referința { $reference }.
offline-instructions-paypal = Trimiteți { $amount } prin PayPal către { $account }. Adăugați referința { $reference } în notă.
offline-instructions-paynearme = Plătiți { $amount } în numerar în orice punct de vânzare PayNearMe, folosind codul de plată { $reference }.

## Eligibilitate: de ce un contract nu poate fi reînnoit online
reason-over-limit = Valoarea totală a acestui contract depășește { $limit }, așa că nu poate fi reînnoit online. Contactați partenerul dumneavoastră sau echipa noastră de vânzări.
reason-oem = Acest contract a fost vândut printr-un partener OEM. Reînnoiți-l prin partenerul respectiv.
reason-country-not-live = Reînnoirea online nu este încă disponibilă în țara dumneavoastră. Va fi disponibilă începând cu { $date }.
reason-currency-retired = Moneda contractului ({ $currency }) nu mai este în uz. Contactați-ne pentru o ofertă nouă.
reason-already-renewed-online = Acest contract a fost deja reînnoit. Vă mulțumim!
reason-already-renewed-partner = Acest contract a fost deja reînnoit printr-un partener. Nu mai trebuie să faceți nimic.
reason-contract-not-found = Nu am găsit acest contract. Verificați linkul din e-mailul primit.
reason-link-expired = Acest link de reînnoire a expirat. Folosiți linkul din cel mai recent e-mail de reamintire.

## Ajutor
help-heading = Aveți nevoie de ajutor?
help-send-email = Trimiteți un e-mail
help-phone = Sunați la { $phone }, apoi alegeți opțiunea 3 și apoi opțiunea 1.
help-details = Vă rugăm să aveți la îndemână numărul contractului, numărul de referință (dacă există) și adresa de e-mail folosită pentru comandă (dacă există).
help-changed-quote = Aveți nevoie de o altă ofertă? Deschideți o solicitare de asistență în portalul contului dumneavoastră sau sunați și alegeți opțiunea 3 și apoi opțiunea 2 pentru a vorbi cu un reprezentant de vânzări.
partner-note = Puteți reînnoi oricând și prin partenerul dumneavoastră autorizat.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Această cerere nu are câmpul „{ $name }”. Eliminați-l și trimiteți din nou cererea.
api-field-invalid = Câmpul „{ $name }” lipsește sau are o valoare de tip greșit. Corectați-l și trimiteți din nou cererea.
api-body-not-object = Corpul cererii trebuie să fie un obiect JSON, de exemplu { $example }. Corectați-l și trimiteți din nou cererea.
