## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Przelej { $amount } na rzecz odbiorcy { $beneficiary } w banku { $bank }, numer rozliczeniowy ABA { $routing }, numer konta { $account }. W tytule przelewu podaj numer referencyjny { $reference }, abyśmy mogli przypisać Twoją płatność.
offline-instructions-paypal-link = Zapłać { $amount } przez PayPal na konto { $account }. Numer referencyjny { $reference } jest już wpisany; pozostaw go w notatce.
offline-instructions-paypal-link-label = Zapłać przez PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Otrzymaliśmy { $received } za to zamówienie. Pozostało do zapłaty: { $remaining }. Resztę prosimy przesłać z tym samym numerem referencyjnym.
payment-not-completed-notice = Twoja ostatnia płatność nie została zrealizowana i nie pobrano żadnych środków. Wybierz ponownie metodę płatności.
