## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfer { $amount } to { $beneficiary } at { $bank }, ABA routing number { $routing }, account number { $account }. Quote the reference { $reference } so we can match your payment.
offline-instructions-paypal-link = Pay { $amount } with PayPal to { $account }. The reference { $reference } is filled in for you; please keep it in the note.
offline-instructions-paypal-link-label = Pay with PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = We have received { $received } for this order. Still due: { $remaining }. Please send the rest with the same reference.
payment-not-completed-notice = Your last payment was not completed and no money was taken. Please choose a payment method again.
