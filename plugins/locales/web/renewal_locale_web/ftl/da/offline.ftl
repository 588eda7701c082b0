## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Overfør { $amount } til { $beneficiary } i { $bank }, ABA-routingnummer { $routing }, kontonummer { $account }. Angiv referencen { $reference }, så vi kan matche din betaling.
offline-instructions-paypal-link = Betal { $amount } med PayPal til { $account }. Referencen { $reference } er allerede udfyldt; lad den stå i beskeden.
offline-instructions-paypal-link-label = Betal med PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Vi har modtaget { $received } for denne ordre. Mangler stadig: { $remaining }. Send venligst resten med samme reference.
payment-not-completed-notice = Din seneste betaling blev ikke gennemført, og der er ikke trukket nogen penge. Vælg venligst en betalingsmetode igen.
