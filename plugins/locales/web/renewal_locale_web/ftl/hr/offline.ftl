## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Uplatite { $amount } primatelju { $beneficiary } u banci { $bank }, ABA broj za usmjeravanje { $routing }, broj računa { $account }. Navedite poziv na broj { $reference } kako bismo mogli povezati vašu uplatu.
offline-instructions-paypal-link = Platite { $amount } putem PayPala na račun { $account }: { $link } Referenca { $reference } već je upisana; ostavite je u napomeni.
