## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfer { $amount } to { $beneficiary } at { $bank }, ABA routing number { $routing }, account number { $account }. Quote the reference { $reference } so we can match your payment.
offline-instructions-paypal-link = Pay { $amount } with PayPal to { $account }: { $link } The reference { $reference } is filled in for you; please keep it in the note.
