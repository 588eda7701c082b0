## Online Renewal web checkout (Czech). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Obnovení online
page-title = Obnovte si smlouvu o podpoře
language-label = Jazyk
skip-to-content = Přeskočit na hlavní obsah

## Contract and quote
contract-heading = Smlouva { $contract }
contract-number-label = Číslo smlouvy
customer-label = Zákazník
coverage-ends = Vaše stávající podpora končí dne { $date }.
coverage-ended = Vaše podpora skončila dne { $date }.
renewal-period = Nové období podpory: { $start } – { $end }
quote-heading = Vaše nabídka na obnovení
quote-column-item = Položka
quote-column-amount = Částka
# "many" is used by Czech only for decimal numbers.
term-years = { $years ->
    [one] { $years } rok
    [few] { $years } roky
    [many] { $years } roku
   *[other] { $years } let
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, množství { $quantity }
line-upgrade = Upgrade: { $sku } na úroveň { $level }, { $term }, množství { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (platnost podpory vypršela)
line-fx-conversion = Přepočteno z { $from_amount } kurzem { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Ceny jsou ceníkové ceny podle vašeho regionálního ceníku.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Rozšiřte svou podporu
upgrade-level-label = Úroveň služeb
upgrade-term-label = { -term }
upgrade-apply = Aktualizovat nabídku
currency-label = Měna platby
currency-other-note = Při platbě v jiné měně se účtuje { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Způsob platby
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
payment-method-wire_transfer = Bankovní převod
payment-method-check = Šek nebo poštovní poukázka
card-number-label = Číslo karty
card-expiry-label = Platnost do (MM/RR)
card-cvc-label = Bezpečnostní kód
card-holder-label = Jméno na kartě
pay-button = Zaplatit { $amount }
method-button-offline = Zobrazit platební pokyny
method-button-card = Pokračovat k platbě
method-button-redirect = Pokračovat na stránku { $method }
place-order-button = Odeslat objednávku
secure-payment-note = Údaje o kartě se odesílají přímo našemu poskytovateli zabezpečení plateb a nikdy je neukládáme.

## Outcomes
confirmation-heading = Děkujeme, vaše smlouva je obnovena
confirmation-body = Objednávka { $order } je zaplacena. Vaše nová podpora platí do { $end }.
declined-heading = Platba zamítnuta
declined-body = Vydavatel vaší karty platbu zamítl. Nebyla stržena žádná částka.
declined-body-bank = Platba nebyla dokončena. Nebyla stržena žádná částka.
payment-cancelled-notice = Platbu jste zrušili na stránce { $method }. Nebyly strženy žádné peníze.
change-payment-option = Změnit způsob platby
payment-error-heading = Nepodařilo se spojit s platební službou
payment-error-body = Nebyla stržena žádná částka. Zkuste to prosím znovu za několik minut.
offline-heading = Vaše objednávka byla přijata
offline-body = Smlouva bude obnovena, jakmile obdržíme vaši platbu za objednávku { $order }. Zaplaťte prosím do { $due_date }.
offline-instructions-wire_transfer = Převeďte { $amount } příjemci { $beneficiary }, IBAN { $iban }, BIC { $bic }. Uveďte referenci { $reference }, abychom mohli vaši platbu přiřadit.
offline-instructions-check = Zašlete šek nebo poštovní poukázku na částku { $amount } vystavenou na { $payee } na adresu { $address }. Uveďte na ni referenci { $reference }.
offline-instructions-paypal = Pošlete { $amount } přes PayPal na účet { $account }. Do poznámky uveďte referenci { $reference }.
offline-instructions-paynearme = Zaplaťte { $amount } v hotovosti na kterémkoli prodejním místě PayNearMe s platebním kódem { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Celková hodnota této smlouvy přesahuje { $limit }, proto ji nelze obnovit online. Obraťte se prosím na svého partnera nebo na naše obchodní oddělení.
reason-oem = Tato smlouva byla prodána prostřednictvím OEM partnera. Obnovte ji prosím u tohoto partnera.
reason-country-not-live = Obnovení online zatím není ve vaší zemi k dispozici. Bude spuštěno dne { $date }.
reason-currency-retired = Měna smlouvy { $currency } se již nepoužívá. Kontaktujte nás prosím kvůli nové nabídce.
reason-already-renewed-online = Tato smlouva je již obnovena. Děkujeme!
reason-already-renewed-partner = Tato smlouva již byla obnovena prostřednictvím partnera. Není třeba nic dalšího dělat.
reason-contract-not-found = Tuto smlouvu se nám nepodařilo najít. Zkontrolujte prosím odkaz ve svém e-mailu.
reason-link-expired = Platnost tohoto odkazu na obnovení vypršela. Použijte prosím odkaz z nejnovějšího e-mailu s připomenutím.

## Help
help-heading = Potřebujete pomoc?
help-send-email = Odeslat e-mail
help-phone = Zavolejte na číslo { $phone } a zvolte možnost 3 a poté možnost 1.
help-details = Připravte si prosím číslo smlouvy, referenční číslo (pokud ho máte) a e-mailovou adresu použitou pro objednávku (pokud existuje).
help-changed-quote = Potřebujete jinou nabídku? Zadejte požadavek na podporu ve svém zákaznickém portálu nebo zavolejte a zvolte možnost 3 a poté možnost 2 pro spojení s obchodním zástupcem.
partner-note = Smlouvu můžete kdykoli obnovit také prostřednictvím svého autorizovaného partnera.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Tento požadavek nemá pole „{ $name }“. Odstraňte ho a odešlete požadavek znovu.
api-field-invalid = Pole „{ $name }“ chybí nebo má hodnotu nesprávného typu. Opravte ho a odešlete požadavek znovu.
api-body-not-object = Tělo požadavku musí být objekt JSON, například { $example }. Opravte jej a odešlete požadavek znovu.
