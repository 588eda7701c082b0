## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Utaljon { $amount } összeget a következő kedvezményezettnek: { $beneficiary }, bank: { $bank }, ABA-azonosító: { $routing }, számlaszám: { $account }. A közleményben tüntesse fel a(z) { $reference } hivatkozási számot, hogy be tudjuk azonosítani a befizetését.
offline-instructions-paypal-link = Fizessen { $amount } összeget PayPalon a következő fiókba: { $account }. A(z) { $reference } hivatkozási szám már ki van töltve; kérjük, hagyja a megjegyzésben.
offline-instructions-paypal-link-label = Fizetés PayPallal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Ehhez a rendeléshez { $received } összeget kaptunk meg. Még fizetendő: { $remaining }. A fennmaradó összeget ugyanazzal a hivatkozási számmal küldje.
payment-not-completed-notice = Legutóbbi fizetése nem fejeződött be, és semmilyen összeget nem terheltünk meg. Kérjük, válasszon újra fizetési módot.
