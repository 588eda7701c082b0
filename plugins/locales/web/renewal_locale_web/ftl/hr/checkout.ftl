## Online Renewal web checkout (Croatian). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Online obnova
page-title = Obnovite ugovor o podršci
language-label = Jezik
skip-to-content = Prijeđi na glavni sadržaj

## Contract and quote
contract-heading = Ugovor { $contract }
contract-number-label = Broj ugovora
customer-label = Kupac
coverage-ends = Vaša trenutačna podrška istječe { $date }
coverage-ended = Vaša je podrška istekla { $date }
renewal-period = Novo razdoblje podrške: { $start } – { $end }
quote-heading = Vaša ponuda za obnovu
quote-column-item = Stavka
quote-column-amount = Iznos
term-years = { $years ->
    [one] { $years } godina
    [few] { $years } godine
   *[other] { $years } godina
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, količina { $quantity }
line-upgrade = Nadogradnja: { $sku }, nova razina: { $level }, { $term }, količina { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (podrška je istekla)
line-fx-conversion = Preračunato iz { $from_amount } po tečaju { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Navedene cijene su cijene iz vašeg regionalnog cjenika.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Nadogradite svoju podršku
upgrade-level-label = Razina usluge
upgrade-term-label = { -term }
upgrade-apply = Ažuriraj ponudu
currency-label = Valuta plaćanja
currency-other-note = Za plaćanje u drugoj valuti naplaćuje se { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Način plaćanja
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
payment-method-wire_transfer = Bankovni prijenos
payment-method-check = Ček ili poštanska uputnica
card-number-label = Broj kartice
card-expiry-label = Datum isteka (MM/GG)
card-cvc-label = Sigurnosni kod
card-holder-label = Ime na kartici
pay-button = Plati { $amount }
method-button-offline = Prikaži upute za plaćanje
method-button-card = Nastavi na plaćanje
method-button-redirect = Nastavi na stranicu { $method }
place-order-button = Pošalji narudžbu
secure-payment-note = Podaci o kartici šalju se izravno našem pružatelju usluge sigurnosti plaćanja i mi ih nikada ne pohranjujemo.

## Outcomes
confirmation-heading = Hvala, vaš je ugovor obnovljen
confirmation-body = Narudžba { $order } je plaćena. Vaša nova podrška vrijedi do { $end }
declined-heading = Plaćanje odbijeno
declined-body = Izdavatelj vaše kartice odbio je plaćanje. Ništa vam nije naplaćeno.
declined-body-bank = Plaćanje nije dovršeno. Ništa vam nije naplaćeno.
payment-cancelled-notice = Otkazali ste plaćanje na stranici { $method }. Novac nije naplaćen.
change-payment-option = Promijeni način plaćanja
payment-error-heading = Nismo se uspjeli povezati s uslugom plaćanja
payment-error-body = Ništa vam nije naplaćeno. Pokušajte ponovno za nekoliko minuta.
offline-heading = Vaša je narudžba zaprimljena
offline-body = Vaš će ugovor biti obnovljen čim primimo vašu uplatu za narudžbu { $order }. Platite najkasnije do { $due_date }
offline-instructions-wire_transfer = Uplatite { $amount } primatelju { $beneficiary }, IBAN { $iban }, BIC { $bic }. Navedite poziv na broj { $reference } kako bismo mogli povezati vašu uplatu.
offline-instructions-check = Pošaljite ček ili poštansku uputnicu na iznos od { $amount }, naslovljenu na { $payee }, na adresu { $address }. Na nju upišite referencu { $reference }.
offline-instructions-paypal = Pošaljite { $amount } putem PayPala na račun { $account }. U napomenu dodajte referencu { $reference }.
offline-instructions-paynearme = Platite { $amount } u gotovini na bilo kojem prodajnom mjestu PayNearMe s kodom za plaćanje { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Ukupna vrijednost ovog ugovora premašuje { $limit }, pa ga nije moguće obnoviti online. Obratite se svom partneru ili našem prodajnom timu.
reason-oem = Ovaj je ugovor prodan putem OEM partnera. Obnovite ga kod tog partnera.
reason-country-not-live = Online obnova još nije dostupna u vašoj zemlji. Bit će dostupna od { $date }
reason-currency-retired = Valuta ugovora { $currency } više nije u upotrebi. Obratite nam se za novu ponudu.
reason-already-renewed-online = Ovaj je ugovor već obnovljen. Hvala!
reason-already-renewed-partner = Ovaj je ugovor već obnovljen putem partnera. Nije potrebno ništa dalje poduzimati.
reason-contract-not-found = Nismo pronašli ovaj ugovor. Provjerite poveznicu u svojoj e-poruci.
reason-link-expired = Ova je poveznica za obnovu istekla. Upotrijebite poveznicu iz najnovije e-poruke s podsjetnikom.

## Help
help-heading = Trebate pomoć?
help-send-email = Pošalji e-poruku
help-phone = Nazovite { $phone }, zatim odaberite opciju 3, a potom opciju 1.
help-details = Pripremite broj ugovora, referentni broj (ako ga imate) i adresu e-pošte korištenu za narudžbu (ako postoji).
help-changed-quote = Trebate drugačiju ponudu? Otvorite zahtjev za podršku na portalu svog računa ili nazovite i odaberite opciju 3, a potom opciju 2 za razgovor s prodajnim predstavnikom.
partner-note = Ugovor možete u bilo kojem trenutku obnoviti i putem svog ovlaštenog partnera.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Ovaj zahtjev nema polje „{ $name }”. Uklonite ga i ponovno pošaljite zahtjev.
api-field-invalid = Polje „{ $name }” nedostaje ili ima vrijednost pogrešne vrste. Ispravite ga i ponovno pošaljite zahtjev.
api-body-not-object = Tijelo zahtjeva mora biti JSON objekt, na primjer { $example }. Ispravite ga i ponovno pošaljite zahtjev.
