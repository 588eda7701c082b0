## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transferați { $amount } către { $beneficiary } la { $bank }, număr de rutare ABA { $routing }, număr de cont { $account }. Menționați referința { $reference }, ca să putem identifica plata dumneavoastră.
offline-instructions-paypal-link = Plătiți { $amount } prin PayPal către { $account }. Referința { $reference } este deja completată; păstrați-o în notă.
offline-instructions-paypal-link-label = Plătiți cu PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Am primit { $received } pentru această comandă. Rest de plată: { $remaining }. Vă rugăm să trimiteți restul cu aceeași referință.
payment-not-completed-notice = Ultima dvs. plată nu a fost finalizată și nu s-a încasat nicio sumă. Vă rugăm să alegeți din nou o metodă de plată.
