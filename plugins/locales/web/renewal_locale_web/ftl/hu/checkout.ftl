## Online Renewal web checkout (Hungarian). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Online megújítás
page-title = Újítsa meg támogatási szerződését
language-label = Nyelv
skip-to-content = Ugrás a fő tartalomhoz

## Contract and quote
contract-heading = Szerződés: { $contract }
contract-number-label = Szerződésszám
customer-label = Ügyfél
coverage-ends = Jelenlegi támogatása { $date } napján jár le.
coverage-ended = Támogatása { $date } napján lejárt.
renewal-period = Új támogatási időszak: { $start } – { $end }
quote-heading = Az Ön megújítási ajánlata
quote-column-item = Tétel
quote-column-amount = Összeg
# Hungarian nouns stay singular after a numeral, so no selector is needed.
term-years = { $years } év
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, mennyiség: { $quantity }
line-upgrade = Szintemelés: { $sku }, új szint: { $level }, { $term }, mennyiség: { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (a támogatás lejárt)
line-fx-conversion = Átváltva, eredeti összeg: { $from_amount }, árfolyam: { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Az árak az Ön regionális árlistájának listaárai.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Támogatás bővítése
upgrade-level-label = Szolgáltatási szint
upgrade-term-label = { -term }
upgrade-apply = Ajánlat frissítése
currency-label = Fizetési pénznem
currency-other-note = Más pénznemben történő fizetés esetén { -fx-surcharge(form: "inline") } kerül felszámításra.

## Payment
payment-heading = Fizetési mód
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
payment-method-wire_transfer = Banki átutalás
payment-method-check = Csekk vagy postai utalvány
card-number-label = Kártyaszám
card-expiry-label = Lejárati dátum (HH/ÉÉ)
card-cvc-label = Biztonsági kód
card-holder-label = Kártyán szereplő név
pay-button = Fizetés: { $amount }
method-button-offline = Fizetési útmutató megjelenítése
method-button-card = Tovább a fizetéshez
method-button-redirect = Tovább a(z) { $method } oldalára
place-order-button = Megrendelés elküldése
secure-payment-note = A kártyaadatok közvetlenül fizetésbiztonsági szolgáltatónkhoz kerülnek, mi soha nem tároljuk őket.

## Outcomes
confirmation-heading = Köszönjük, szerződését megújítottuk
confirmation-body = A(z) { $order } számú rendelés kifizetése megtörtént. Új támogatása { $end } napjáig érvényes.
declined-heading = Elutasított fizetés
declined-body = Kártyája kibocsátója elutasította a fizetést. Semmilyen összeget nem vontunk le.
declined-body-bank = A fizetés nem fejeződött be. Semmilyen összeget nem vontunk le.
payment-cancelled-notice = A fizetést megszakította a(z) { $method } oldalán. Nem történt terhelés.
change-payment-option = Fizetési mód módosítása
payment-error-heading = Nem sikerült elérni a fizetési szolgáltatást
payment-error-body = Semmilyen összeget nem vontunk le. Kérjük, néhány perc múlva próbálkozzon újra.
offline-heading = Megrendelését rögzítettük
offline-body = Szerződését megújítjuk, amint megérkezik a(z) { $order } számú rendelés ellenértéke. Kérjük, fizessen { $due_date } napjáig.
offline-instructions-wire_transfer = Utaljon { $amount } összeget a következő kedvezményezettnek: { $beneficiary }, IBAN: { $iban }, BIC: { $bic }. A közleményben tüntesse fel a(z) { $reference } hivatkozási számot, hogy be tudjuk azonosítani a befizetését.
offline-instructions-check = Küldjön { $amount } összegű csekket vagy postai utalványt a következő címre: { $address }. Kedvezményezett: { $payee }. Tüntesse fel rajta a(z) { $reference } hivatkozási számot.
offline-instructions-paypal = Küldjön { $amount } összeget PayPalon a következő fiókba: { $account }. A megjegyzésben adja meg a(z) { $reference } hivatkozási számot.
offline-instructions-paynearme = Fizessen { $amount } összeget készpénzben bármely PayNearMe elfogadóhelyen a(z) { $reference } fizetési kóddal.

## Eligibility: why a contract cannot renew online
reason-over-limit = A szerződés teljes értéke meghaladja a(z) { $limit } összeget, ezért online nem újítható meg. Kérjük, forduljon partneréhez vagy értékesítési csapatunkhoz.
reason-oem = Ezt a szerződést OEM-partner értékesítette. Kérjük, ennél a partnernél újítsa meg.
reason-country-not-live = Az online megújítás az Ön országában még nem érhető el. A szolgáltatás indulásának napja: { $date }
reason-currency-retired = A szerződés pénzneme ({ $currency }) már nincs használatban. Új ajánlatért kérjük, lépjen kapcsolatba velünk.
reason-already-renewed-online = Ez a szerződés már meg van újítva. Köszönjük!
reason-already-renewed-partner = Ezt a szerződést már megújították egy partneren keresztül. Nincs további teendője.
reason-contract-not-found = Nem találjuk ezt a szerződést. Kérjük, ellenőrizze az e-mailben kapott hivatkozást.
reason-link-expired = Ez a megújítási hivatkozás lejárt. Kérjük, a legutóbbi emlékeztető e-mailben kapott hivatkozást használja.

## Help
help-heading = Segítségre van szüksége?
help-send-email = E-mail küldése
help-phone = Hívja a(z) { $phone } telefonszámot, majd válassza a 3-as, azután az 1-es menüpontot.
help-details = Kérjük, tartsa kéznél szerződésszámát, a hivatkozási számot (ha van), valamint a rendeléshez használt e-mail-címet (ha van).
help-changed-quote = Másik ajánlatra van szüksége? Nyisson támogatási kérelmet az ügyfélportálon, vagy hívjon minket, és válassza a 3-as, majd a 2-es menüpontot, hogy értékesítési munkatársunkkal beszélhessen.
partner-note = Szerződését bármikor megújíthatja hivatalos partnerén keresztül is.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Ebben a kérésben nincs „{ $name }” mező. Távolítsa el, és küldje el újra a kérést.
api-field-invalid = A(z) „{ $name }” mező hiányzik, vagy az értéke nem megfelelő típusú. Javítsa ki, és küldje el újra a kérést.
api-body-not-object = A kérés törzsének JSON-objektumnak kell lennie, például { $example }. Javítsa ki, és küldje el újra a kérést.
