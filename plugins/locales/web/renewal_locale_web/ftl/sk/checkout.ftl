## Webová pokladnica online obnovenia. Sumy a dátumy prichádzajú už naformátované (babel),
## takže správy nikdy samy neformátujú čísla. Počty ($years, $count, $days) sú čísla.

site-name = Online obnovenie
page-title = Obnovte si zmluvu o podpore
language-label = Jazyk
skip-to-content = Prejsť na hlavný obsah

## Zmluva a cenová ponuka
contract-heading = Zmluva { $contract }
contract-number-label = Číslo zmluvy
customer-label = Zákazník
coverage-ends = Platnosť vašej aktuálnej podpory končí { $date }.
coverage-ended = Platnosť vašej podpory skončila { $date }.
renewal-period = Nová podpora: od { $start } do { $end }
quote-heading = Vaša cenová ponuka na obnovenie
quote-column-item = Položka
quote-column-amount = Suma
term-years = { $years ->
    [one] { $years } rok
    [few] { $years } roky
    [many] { $years } roka
   *[other] { $years } rokov
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, množstvo { $quantity }
line-upgrade = Rozšírenie podpory: { $sku } na úroveň { $level }, { $term }, množstvo { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (podpora vypršala)
line-fx-conversion = Prepočítané z { $from_amount } kurzom { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Uvedené ceny sú cenníkové ceny z cenníka pre váš región.

## Úrovne služieb
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Rozšírenie podpory a mena
upgrade-heading = Rozšírte si podporu
upgrade-level-label = Úroveň služby
upgrade-term-label = { -term }
upgrade-apply = Aktualizovať ponuku
currency-label = Mena platby
currency-other-note = Pri platbe v inej mene sa účtuje { -fx-surcharge(form: "inline") }.

## Platba
payment-heading = Spôsob platby
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
payment-method-wire_transfer = Bankový prevod
payment-method-check = Šek alebo poštová poukážka
card-number-label = Číslo karty
card-expiry-label = Dátum platnosti (MM/RR)
card-cvc-label = Bezpečnostný kód
card-holder-label = Meno na karte
pay-button = Zaplatiť { $amount }
method-button-offline = Zobraziť platobné pokyny
method-button-card = Pokračovať na platbu
method-button-redirect = Prejsť na stránku { $method }
place-order-button = Odoslať objednávku
secure-payment-note = Údaje o karte sa odosielajú priamo nášmu poskytovateľovi zabezpečenia platieb a my ich nikdy neuchovávame.

## Výsledky
confirmation-heading = Ďakujeme, vaša zmluva je obnovená
confirmation-body = Objednávka { $order } je zaplatená. Vaša nová podpora platí do { $end }.
declined-heading = Zamietnuté
declined-body = Vydavateľ vašej karty platbu zamietol. Neboli stiahnuté žiadne peniaze.
declined-body-bank = Platba nebola dokončená. Neboli stiahnuté žiadne peniaze.
payment-cancelled-notice = Platbu ste zrušili na stránke { $method }. Neboli stiahnuté žiadne peniaze.
change-payment-option = Zmeniť spôsob platby
payment-error-heading = Nepodarilo sa spojiť s platobnou službou
payment-error-body = Neboli stiahnuté žiadne peniaze. Skúste to znova o niekoľko minút.
offline-heading = Vaša objednávka bola prijatá
offline-body = Zmluvu obnovíme hneď, ako prijmeme platbu za objednávku { $order }. Zaplaťte, prosím, do { $due_date }.
offline-instructions-wire_transfer = Preveďte { $amount } príjemcovi { $beneficiary }, IBAN { $iban }, BIC { $bic }. Uveďte referenčné číslo { $reference }, aby sme mohli vašu platbu priradiť.
offline-instructions-check = Pošlite šek alebo poštovú poukážku na sumu { $amount } v prospech príjemcu { $payee } na adresu { $address }. Na doklad napíšte referenčné číslo { $reference }.
offline-instructions-paypal = Pošlite { $amount } cez PayPal na účet { $account }. Do poznámky uveďte referenčné číslo { $reference }.
offline-instructions-paynearme = Zaplaťte { $amount } v hotovosti na ktoromkoľvek predajnom mieste PayNearMe s platobným kódom { $reference }.

## Oprávnenosť: prečo zmluvu nemožno obnoviť online
reason-over-limit = Celková hodnota tejto zmluvy presahuje { $limit }, preto ju nemožno obnoviť online. Obráťte sa na svojho partnera alebo na náš obchodný tím.
reason-oem = Táto zmluva bola predaná prostredníctvom OEM partnera. Obnovte ju, prosím, u tohto partnera.
reason-country-not-live = Online obnovenie zatiaľ nie je vo vašej krajine k dispozícii. Spustí sa { $date }.
reason-currency-retired = Mena zmluvy ({ $currency }) sa už nepoužíva. Kontaktujte nás a pripravíme vám novú cenovú ponuku.
reason-already-renewed-online = Táto zmluva je už obnovená. Ďakujeme!
reason-already-renewed-partner = Táto zmluva už bola obnovená prostredníctvom partnera. Nemusíte robiť nič ďalšie.
reason-contract-not-found = Túto zmluvu sa nepodarilo nájsť. Skontrolujte odkaz vo svojom e-maile.
reason-link-expired = Platnosť tohto odkazu na obnovenie vypršala. Použite odkaz z najnovšieho e-mailu s pripomenutím.

## Pomoc
help-heading = Potrebujete pomoc?
help-send-email = Poslať e-mail
help-phone = Zavolajte na číslo { $phone } a zvoľte možnosť 3 a potom možnosť 1.
help-details = Pripravte si číslo zmluvy, referenčné číslo (ak ho máte) a e-mailovú adresu použitú pri objednávke (ak je k dispozícii).
help-changed-quote = Potrebujete inú cenovú ponuku? Otvorte žiadosť o podporu na portáli svojho konta alebo zavolajte a zvoľte možnosť 3 a potom možnosť 2, čím sa spojíte s obchodným zástupcom.
partner-note = Zmluvu môžete kedykoľvek obnoviť aj prostredníctvom svojho autorizovaného partnera.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Táto požiadavka nemá pole „{ $name }“. Odstráňte ho a odošlite požiadavku znova.
api-field-invalid = Pole „{ $name }“ chýba alebo má hodnotu nesprávneho typu. Opravte ho a odošlite požiadavku znova.
api-body-not-object = Telo požiadavky musí byť objekt JSON, napríklad { $example }. Opravte ho a odošlite požiadavku znova.
