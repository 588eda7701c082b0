## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Utaljon { $amount } összeget a következő kedvezményezettnek: { $beneficiary }, bank: { $bank }, ABA-azonosító: { $routing }, számlaszám: { $account }. A közleményben tüntesse fel a(z) { $reference } hivatkozási számot, hogy be tudjuk azonosítani a befizetését.
offline-instructions-paypal-link = Fizessen { $amount } összeget PayPalon a következő fiókba: { $account }: { $link } A(z) { $reference } hivatkozási szám már ki van töltve; kérjük, hagyja a megjegyzésben.
