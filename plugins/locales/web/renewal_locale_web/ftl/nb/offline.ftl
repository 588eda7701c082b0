## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Overfør { $amount } til { $beneficiary } i { $bank }, ABA-rutingnummer { $routing }, kontonummer { $account }. Oppgi referansen { $reference } slik at vi kan knytte betalingen til bestillingen.
offline-instructions-paypal-link = Betal { $amount } med PayPal til { $account }. Referansen { $reference } er allerede fylt ut; la den stå i meldingsfeltet.
offline-instructions-paypal-link-label = Betal med PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Vi har mottatt { $received } for denne bestillingen. Gjenstår å betale: { $remaining }. Send resten med samme referanse.
payment-not-completed-notice = Den siste betalingen din ble ikke fullført, og ingen penger ble trukket. Velg en betalingsmåte på nytt.
