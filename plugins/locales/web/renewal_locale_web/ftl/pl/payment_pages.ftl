## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Tryb testowy: nie są przesyłane prawdziwe pieniądze.
payment-error-summary = Wystąpił problem
card-form-heading = Dane karty
card-continue-button = Dalej
card-error-number = Proszę podać prawidłowy numer karty.
card-error-brand = Ten numer nie pasuje do wybranego rodzaju karty. Proszę sprawdzić numer lub zmienić formę płatności.
card-error-expiry = Proszę podać datę ważności jako miesiąc i rok, na przykład 08/29.
card-error-expired = Ta karta straciła ważność. Proszę użyć innej karty.
card-error-cvc = Proszę podać kod bezpieczeństwa karty (3 cyfry lub 4 w przypadku American Express).
card-error-holder = Proszę podać imię i nazwisko tak, jak na karcie.
payment-attempt-closed-heading = Ta strona płatności nie jest już otwarta
payment-attempt-closed-body = Płatność została zakończona lub wybrano inną formę płatności. Proszę wrócić do płatności, aby zobaczyć stan zamówienia.
payment-attempt-unknown-body = Ta strona płatności nie istnieje. Proszę ponownie otworzyć link z e-maila z przypomnieniem o odnowieniu.
payment-back-to-checkout = Wróć do płatności
bank-page-heading = { $method }: potwierdzenie płatności
bank-page-body = Zapłacić { $amount } na rzecz { $seller }?
bank-approve-button = Zatwierdź płatność
bank-cancel-button = Anuluj i wróć
card-too-many-tries = Na tej stronie wypróbowano zbyt wiele numerów kart. Ze względów bezpieczeństwa została zamknięta: proszę wrócić do płatności i ponownie wybrać formę płatności.
