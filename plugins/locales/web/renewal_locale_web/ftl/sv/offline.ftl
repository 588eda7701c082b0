## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = För över { $amount } till { $beneficiary } i { $bank }, ABA-routingnummer { $routing }, kontonummer { $account }. Ange referensen { $reference } så att vi kan koppla din betalning.
offline-instructions-paypal-link = Betala { $amount } med PayPal till { $account }. Referensen { $reference } är redan ifylld; låt den stå kvar i meddelandet.
offline-instructions-paypal-link-label = Betala med PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Vi har tagit emot { $received } för den här beställningen. Kvar att betala: { $remaining }. Skicka resten med samma referens.
payment-not-completed-notice = Din senaste betalning slutfördes inte och inga pengar drogs. Välj en betalningsmetod igen.
