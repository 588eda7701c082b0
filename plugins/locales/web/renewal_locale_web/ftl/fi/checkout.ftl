## Online Renewal web checkout (Finnish). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Uusiminen verkossa
page-title = Uusi tukisopimuksesi
language-label = Kieli
skip-to-content = Siirry pääsisältöön

## Contract and quote
contract-heading = Sopimus { $contract }
contract-number-label = Sopimusnumero
customer-label = Asiakas
coverage-ends = Nykyinen tukikautesi päättyy { $date }.
coverage-ended = Tukikautesi päättyi { $date }.
renewal-period = Uusi tukikausi: { $start }–{ $end }
quote-heading = Uusimistarjouksesi
quote-column-item = Nimike
quote-column-amount = Summa
term-years = { $years ->
    [one] { $years } vuosi
   *[other] { $years } vuotta
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, määrä { $quantity }
line-upgrade = Päivitys: { $sku }, uusi taso { $level }, { $term }, määrä { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (tukikausi päättynyt)
line-fx-conversion = Muunnettu summasta { $from_amount } kurssilla { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Hinnat ovat alueesi hinnaston listahintoja.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Laajenna tukeasi
upgrade-level-label = Palvelutaso
upgrade-term-label = { -term }
upgrade-apply = Päivitä tarjous
currency-label = Maksuvaluutta
currency-other-note = Muussa valuutassa maksamisesta peritään { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Maksutapa
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
payment-method-wire_transfer = Pankkisiirto
payment-method-check = Shekki tai maksuosoitus
card-number-label = Kortin numero
card-expiry-label = Voimassa (KK/VV)
card-cvc-label = Turvakoodi
card-holder-label = Kortinhaltijan nimi
pay-button = Maksa { $amount }
method-button-offline = Näytä maksuohjeet
method-button-card = Jatka maksamaan
method-button-redirect = Jatka { $method } -sivulle
place-order-button = Tee tilaus
secure-payment-note = Korttitietosi välitetään suoraan maksuturvallisuuspalvelumme tarjoajalle, emmekä koskaan tallenna niitä.

## Outcomes
confirmation-heading = Kiitos, sopimuksesi on uusittu
confirmation-body = Tilaus { $order } on maksettu. Uusi tukikautesi on voimassa { $end } asti.
declined-heading = Maksu hylätty
declined-body = Kortin myöntäjä hylkäsi maksun. Rahaa ei veloitettu.
declined-body-bank = Maksua ei suoritettu loppuun. Rahaa ei veloitettu.
payment-cancelled-notice = Peruutit maksun { $method } -sivulla. Rahaa ei veloitettu.
change-payment-option = Vaihda maksutapaa
payment-error-heading = Maksupalveluun ei saatu yhteyttä
payment-error-body = Rahaa ei veloitettu. Yritä uudelleen muutaman minuutin kuluttua.
offline-heading = Tilauksesi on vastaanotettu
offline-body = Sopimuksesi uusitaan heti, kun tilauksen { $order } maksu on saapunut. Maksa viimeistään { $due_date }.
offline-instructions-wire_transfer = Siirrä { $amount } saajalle { $beneficiary }, IBAN { $iban }, BIC { $bic }. Käytä viitettä { $reference }, jotta voimme kohdistaa maksusi.
offline-instructions-check = Lähetä shekki tai maksuosoitus osoitteeseen { $address }. Summa: { $amount }, saaja: { $payee }. Merkitse siihen viite { $reference }.
offline-instructions-paypal = Lähetä { $amount } PayPalilla tilille { $account }. Lisää viestiin viite { $reference }.
offline-instructions-paynearme = Maksa { $amount } käteisellä missä tahansa PayNearMe-myyntipisteessä maksukoodilla { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Tämän sopimuksen kokonaisarvo ylittää { $limit }, joten sitä ei voi uusia verkossa. Ota yhteyttä kumppaniisi tai myyntitiimiimme.
reason-oem = Tämä sopimus on myyty OEM-kumppanin kautta. Uusi se kyseisen kumppanin kautta.
reason-country-not-live = Uusiminen verkossa ei ole vielä käytettävissä maassasi. Palvelu avautuu { $date }.
reason-currency-retired = Sopimuksen valuutta { $currency } ei ole enää käytössä. Ota meihin yhteyttä saadaksesi uuden tarjouksen.
reason-already-renewed-online = Tämä sopimus on jo uusittu. Kiitos!
reason-already-renewed-partner = Tämä sopimus on jo uusittu kumppanin kautta. Sinun ei tarvitse tehdä mitään.
reason-contract-not-found = Emme löytäneet tätä sopimusta. Tarkista sähköpostissasi oleva linkki.
reason-link-expired = Tämä uusimislinkki on vanhentunut. Käytä uusimmassa muistutusviestissä olevaa linkkiä.

## Help
help-heading = Tarvitsetko apua?
help-send-email = Lähetä sähköpostia
help-phone = Soita numeroon { $phone } ja valitse ensin vaihtoehto 3 ja sitten vaihtoehto 1.
help-details = Pidä valmiina sopimusnumerosi, mahdollinen viitenumero ja tilauksessa käytetty sähköpostiosoite, jos sellainen on.
help-changed-quote = Tarvitsetko toisenlaisen tarjouksen? Tee tukipyyntö tilisi asiakasportaalissa tai soita ja valitse ensin vaihtoehto 3 ja sitten vaihtoehto 2, niin pääset puhumaan myyntiedustajan kanssa.
partner-note = Voit myös uusia sopimuksen milloin tahansa valtuutetun kumppanisi kautta.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Tässä pyynnössä ei ole kenttää ”{ $name }”. Poista se ja lähetä pyyntö uudelleen.
api-field-invalid = Kenttä ”{ $name }” puuttuu tai sen arvo on väärää tyyppiä. Korjaa se ja lähetä pyyntö uudelleen.
api-body-not-object = Pyynnön sisällön on oltava JSON-objekti, esimerkiksi { $example }. Korjaa se ja lähetä pyyntö uudelleen.
