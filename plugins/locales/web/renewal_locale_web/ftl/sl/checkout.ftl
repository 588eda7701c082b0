## Spletna blagajna za spletno podaljšanje. Zneski in datumi so že oblikovani (babel),
## zato sporočila nikoli sama ne oblikujejo števil. Števila ($years, $count, $days) so števila.

site-name = Spletno podaljšanje
page-title = Podaljšajte pogodbo o podpori
language-label = Jezik
skip-to-content = Preskoči na glavno vsebino

## Pogodba in ponudba
contract-heading = Pogodba { $contract }
contract-number-label = Številka pogodbe
customer-label = Stranka
coverage-ends = Vaša trenutna podpora velja do { $date }.
coverage-ended = Vaša podpora je potekla { $date }.
renewal-period = Nova podpora: od { $start } do { $end }
quote-heading = Vaša ponudba za podaljšanje
quote-column-item = Postavka
quote-column-amount = Znesek
term-years = { $years ->
    [one] { $years } leto
    [two] { $years } leti
    [few] { $years } leta
   *[other] { $years } let
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, količina { $quantity }
line-upgrade = Nadgradnja: { $sku } na raven { $level }, { $term }, količina { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (podpora je potekla)
line-fx-conversion = Preračunano iz { $from_amount } po tečaju { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Navedene cene so cenikovne cene iz cenika za vašo regijo.

## Ravni storitev
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Nadgradnje in valuta
upgrade-heading = Nadgradite svojo podporo
upgrade-level-label = Raven storitve
upgrade-term-label = { -term }
upgrade-apply = Posodobi ponudbo
currency-label = Plačilo v valuti
currency-other-note = Pri plačilu v drugi valuti se zaračuna { -fx-surcharge(form: "inline") }.

## Plačilo
payment-heading = Način plačila
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
payment-method-wire_transfer = Bančno nakazilo
payment-method-check = Ček ali poštna nakaznica
card-number-label = Številka kartice
card-expiry-label = Datum veljavnosti (MM/LL)
card-cvc-label = Varnostna koda
card-holder-label = Ime na kartici
pay-button = Plačaj { $amount }
method-button-offline = Prikaži navodila za plačilo
method-button-card = Nadaljuj na plačilo
method-button-redirect = Nadaljuj na stran { $method }
place-order-button = Oddaj naročilo
secure-payment-note = Podatki o kartici se pošljejo neposredno našemu ponudniku varnosti plačil in jih nikoli ne shranjujemo.

## Izidi
confirmation-heading = Hvala, vaša pogodba je podaljšana
confirmation-body = Naročilo { $order } je plačano. Vaša nova podpora velja do { $end }.
declined-heading = Zavrnjeno
declined-body = Izdajatelj vaše kartice je zavrnil plačilo. Bremenitve ni bilo.
declined-body-bank = Plačilo ni bilo izvedeno. Bremenitve ni bilo.
payment-cancelled-notice = Plačilo ste preklicali na strani { $method }. Noben znesek ni bil bremenjen.
change-payment-option = Spremeni način plačila
payment-error-heading = Plačilne storitve ni bilo mogoče doseči
payment-error-body = Bremenitve ni bilo. Poskusite znova čez nekaj minut.
offline-heading = Vaše naročilo je oddano
offline-body = Pogodbo bomo podaljšali takoj, ko prejmemo plačilo za naročilo { $order }. Plačajte najpozneje do { $due_date }.
offline-instructions-wire_transfer = Nakažite { $amount } prejemniku { $beneficiary }, IBAN { $iban }, BIC { $bic }. Navedite sklic { $reference }, da bomo lahko vaše plačilo povezali z naročilom.
offline-instructions-check = Pošljite ček ali poštno nakaznico v znesku { $amount }, izdano v korist prejemnika { $payee }, na naslov { $address }. Nanjo napišite sklic { $reference }.
offline-instructions-paypal = Pošljite { $amount } prek storitve PayPal na račun { $account }. V opombo vpišite sklic { $reference }.
offline-instructions-paynearme = Plačajte { $amount } z gotovino na katerem koli prodajnem mestu PayNearMe s plačilno kodo { $reference }.

## Upravičenost: zakaj pogodbe ni mogoče podaljšati prek spleta
reason-over-limit = Skupna vrednost te pogodbe presega { $limit }, zato je ni mogoče podaljšati prek spleta. Obrnite se na svojega partnerja ali našo prodajno ekipo.
reason-oem = Ta pogodba je bila prodana prek partnerja OEM. Podaljšajte jo pri tem partnerju.
reason-country-not-live = Spletno podaljšanje v vaši državi še ni na voljo. Na voljo bo od { $date }.
reason-currency-retired = Valuta pogodbe ({ $currency }) ni več v uporabi. Za novo ponudbo se obrnite na nas.
reason-already-renewed-online = Ta pogodba je že podaljšana. Hvala!
reason-already-renewed-partner = Ta pogodba je bila že podaljšana prek partnerja. Ničesar več vam ni treba storiti.
reason-contract-not-found = Te pogodbe nismo našli. Preverite povezavo v e-poštnem sporočilu.
reason-link-expired = Ta povezava za podaljšanje je potekla. Uporabite povezavo iz zadnjega opomnika, ki ste ga prejeli po e-pošti.

## Pomoč
help-heading = Potrebujete pomoč?
help-send-email = Pošlji e-pošto
help-phone = Pokličite { $phone } in izberite možnost 3, nato pa možnost 1.
help-details = Pripravite številko pogodbe, referenčno številko (če jo imate) in e-poštni naslov, uporabljen pri naročilu (če obstaja).
help-changed-quote = Potrebujete drugačno ponudbo? Odprite zahtevo za podporo na portalu svojega računa ali pokličite in izberite možnost 3, nato pa možnost 2, da vas povežemo s prodajnim predstavnikom.
partner-note = Podaljšate lahko tudi kadar koli prek svojega pooblaščenega partnerja.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Ta zahteva nima polja »{ $name }«. Odstranite ga in znova pošljite zahtevo.
api-field-invalid = Polje »{ $name }« manjka ali ima vrednost napačne vrste. Popravite ga in znova pošljite zahtevo.
api-body-not-object = Telo zahteve mora biti objekt JSON, na primer { $example }. Popravite ga in znova pošljite zahtevo.
