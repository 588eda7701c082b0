## Formularz płatności odnowienia online. Kwoty i daty są już sformatowane (babel),
## więc komunikaty nigdy same nie formatują liczb. Liczebności ($years, $count, $days) są liczbami.

site-name = Odnowienie online
page-title = Odnów umowę wsparcia technicznego
language-label = Język
skip-to-content = Przejdź do treści głównej

## Umowa i oferta
contract-heading = Umowa { $contract }
contract-number-label = Numer umowy
customer-label = Klient
coverage-ends = Obecny okres wsparcia kończy się { $date }.
coverage-ended = Okres wsparcia zakończył się { $date }.
renewal-period = Nowy okres wsparcia: od { $start } do { $end }
quote-heading = Twoja oferta odnowienia
quote-column-item = Pozycja
quote-column-amount = Kwota
term-years = { $years ->
    [one] { $years } rok
    [few] { $years } lata
    [many] { $years } lat
   *[other] { $years } roku
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, ilość: { $quantity }
line-upgrade = Podniesienie poziomu: { $sku } do poziomu { $level }, { $term }, ilość: { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (wsparcie wygasło)
line-fx-conversion = Przeliczono z { $from_amount } po kursie { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Podane ceny są cenami katalogowymi z cennika dla Twojego regionu.

## Poziomy usług
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Zmiana poziomu i waluta
upgrade-heading = Podnieś poziom wsparcia
upgrade-level-label = Poziom usługi
upgrade-term-label = { -term }
upgrade-apply = Zaktualizuj ofertę
currency-label = Waluta płatności
currency-other-note = Przy płatności w innej walucie naliczana jest { -fx-surcharge(form: "inline") }.

## Płatność
payment-heading = Metoda płatności
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
payment-method-wire_transfer = Przelew bankowy
payment-method-check = Czek lub przekaz pocztowy
card-number-label = Numer karty
card-expiry-label = Data ważności (MM/RR)
card-cvc-label = Kod zabezpieczający
card-holder-label = Imię i nazwisko na karcie
pay-button = Zapłać { $amount }
method-button-offline = Pokaż instrukcje płatności
method-button-card = Przejdź do płatności
method-button-redirect = Przejdź do serwisu { $method }
place-order-button = Złóż zamówienie
secure-payment-note = Dane karty trafiają bezpośrednio do naszego dostawcy zabezpieczeń płatności i nigdy nie są przez nas przechowywane.

## Wyniki
confirmation-heading = Dziękujemy, Twoja umowa została odnowiona
confirmation-body = Zamówienie { $order } zostało opłacone. Nowy okres wsparcia trwa do { $end }.
declined-heading = Odrzucono
declined-body = Wystawca Twojej karty odrzucił płatność. Żadne środki nie zostały pobrane.
declined-body-bank = Płatność nie została zrealizowana. Żadne środki nie zostały pobrane.
payment-cancelled-notice = Płatność została anulowana na stronie { $method }. Nie pobrano żadnych środków.
change-payment-option = Zmień metodę płatności
payment-error-heading = Nie udało się połączyć z serwisem płatności
payment-error-body = Żadne środki nie zostały pobrane. Spróbuj ponownie za kilka minut.
offline-heading = Zamówienie zostało złożone
offline-body = Umowa zostanie odnowiona, gdy tylko otrzymamy płatność za zamówienie { $order }. Dokonaj płatności do { $due_date }.
offline-instructions-wire_transfer = Przelej { $amount } na rzecz odbiorcy { $beneficiary }, IBAN { $iban }, BIC { $bic }. W tytule przelewu podaj numer referencyjny { $reference }, abyśmy mogli przypisać Twoją płatność.
offline-instructions-check = Wyślij czek lub przekaz pocztowy na kwotę { $amount }, wystawiony na odbiorcę { $payee }, na adres: { $address }. Wpisz na nim numer referencyjny { $reference }.
offline-instructions-paypal = Wyślij { $amount } przez PayPal na konto { $account }. W notatce podaj numer referencyjny { $reference }.
offline-instructions-paynearme = Zapłać { $amount } gotówką w dowolnym punkcie PayNearMe, podając kod płatności { $reference }.

## Kwalifikacja: dlaczego umowy nie można odnowić online
reason-over-limit = Łączna wartość tej umowy przekracza { $limit }, dlatego nie można jej odnowić online. Skontaktuj się ze swoim partnerem lub z naszym działem sprzedaży.
reason-oem = Ta umowa została sprzedana za pośrednictwem partnera OEM. Odnów ją u tego partnera.
reason-country-not-live = Odnowienie online nie jest jeszcze dostępne w Twoim kraju. Usługa zostanie uruchomiona { $date }.
reason-currency-retired = Waluta umowy ({ $currency }) nie jest już w użyciu. Skontaktuj się z nami, aby otrzymać nową ofertę.
reason-already-renewed-online = Ta umowa została już odnowiona. Dziękujemy!
reason-already-renewed-partner = Ta umowa została już odnowiona za pośrednictwem partnera. Nie musisz nic więcej robić.
reason-contract-not-found = Nie udało się znaleźć tej umowy. Sprawdź link w wiadomości e-mail.
reason-link-expired = Ten link do odnowienia wygasł. Użyj linku z najnowszej wiadomości z przypomnieniem.

## Pomoc
help-heading = Potrzebujesz pomocy?
help-send-email = Wyślij e-mail
help-phone = Zadzwoń pod numer { $phone }, a następnie wybierz opcję 3, a potem opcję 1.
help-details = Przygotuj numer umowy, numer referencyjny (jeśli go masz) oraz adres e-mail użyty przy zamówieniu (jeśli dotyczy).
help-changed-quote = Potrzebujesz innej oferty? Zgłoś prośbę o pomoc w portalu swojego konta lub zadzwoń i wybierz opcję 3, a potem opcję 2, aby połączyć się z przedstawicielem handlowym.
partner-note = W każdej chwili możesz też odnowić umowę za pośrednictwem autoryzowanego partnera.

## the JSON API (/api): a request body it cannot read
api-field-unknown = To żądanie nie ma pola „{ $name }”. Usuń je i wyślij żądanie ponownie.
api-field-invalid = Brakuje pola „{ $name }” lub jego wartość ma niewłaściwy typ. Popraw je i wyślij żądanie ponownie.
api-body-not-object = Treść żądania musi być obiektem JSON, na przykład { $example }. Popraw ją i wyślij żądanie ponownie.
