## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Transfer { $amount } to { $beneficiary } at { $bank }, ABA routing number { $routing }, account number { $account }. Quote the reference { $reference } so we can match your payment.
offline-instructions-paypal-link = Pay { $amount } with PayPal to { $account }. The reference { $reference } is filled in for you; please keep it in the note.
offline-instructions-paypal-link-label = Pay with PayPal
offline-email-subject = Payment instructions for contract { $contract }
offline-email-intro = Thank you for your order { $order }. Contract { $contract } will be renewed as soon as your payment arrives. Here is how to pay:
offline-email-due = Please pay by { $date }. Until then, the link below opens these instructions again.
offline-email-label-reference = Payment reference
offline-email-label-amount = Amount due
offline-email-label-due = Pay by
offline-email-link = Open your order
offline-expired-subject = Order { $order } for contract { $contract } has expired
offline-expired-body = We did not receive the full payment for order { $order } by { $date }, so the order has expired.
offline-expired-unchanged = Contract { $contract } is unchanged. If you have already sent money for this order, we will return it to you.
offline-expired-again = You can place a new order at any time with your personal link

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = Pay by: { $date }
offline-email-replaces = These instructions replace the ones we sent you earlier for this order.
offline-email-label-received = Received so far
offline-email-label-remaining = Still due
offline-withdrawn-subject = Earlier payment instructions for contract { $contract } no longer apply
offline-withdrawn-body = You chose another way to pay for order { $order }, so the payment instructions we sent you for the reference { $reference } no longer apply. Please do not send money with that reference.
offline-withdrawn-already = If you have already sent it, it is not lost: it will be applied to your order, or returned to you if the order is paid another way.
offline-underpaid-subject = Part of your payment for contract { $contract } has arrived
offline-underpaid-body = We have received { $received } for order { $order }. Still due: { $remaining }.
offline-underpaid-rest = Please send the rest by { $date } with the same reference { $reference }. Contract { $contract } will be renewed as soon as the full amount has arrived.
