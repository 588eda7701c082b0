## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transferați { $amount } către { $beneficiary } la { $bank }, număr de rutare ABA { $routing }, număr de cont { $account }. Menționați referința { $reference }, ca să putem identifica plata dumneavoastră.
offline-instructions-paypal-link = Plătiți { $amount } prin PayPal către { $account }: { $link } Referința { $reference } este deja completată; păstrați-o în notă.
