## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Przelej { $amount } na rzecz odbiorcy { $beneficiary } w banku { $bank }, numer rozliczeniowy ABA { $routing }, numer konta { $account }. W tytule przelewu podaj numer referencyjny { $reference }, abyśmy mogli przypisać Twoją płatność.
offline-instructions-paypal-link = Zapłać { $amount } przez PayPal na konto { $account }: { $link } Numer referencyjny { $reference } jest już wpisany; pozostaw go w notatce.
