## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Uplatite { $amount } primatelju { $beneficiary } u banci { $bank }, ABA broj za usmjeravanje { $routing }, broj računa { $account }. Navedite poziv na broj { $reference } kako bismo mogli povezati vašu uplatu.
offline-instructions-paypal-link = Platite { $amount } putem PayPala na račun { $account }. Referenca { $reference } već je upisana; ostavite je u napomeni.
offline-instructions-paypal-link-label = Platite putem PayPala

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Za ovu narudžbu primili smo { $received }. Preostalo za platiti: { $remaining }. Ostatak pošaljite s istim pozivom na broj.
payment-not-completed-notice = Vaše posljednje plaćanje nije dovršeno i novac nije naplaćen. Ponovno odaberite način plaćanja.
