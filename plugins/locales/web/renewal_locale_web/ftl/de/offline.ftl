## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Überweisen Sie { $amount } an { $beneficiary } bei { $bank }, ABA-Routingnummer { $routing }, Kontonummer { $account }. Geben Sie als Verwendungszweck { $reference } an, damit wir Ihre Zahlung zuordnen können.
offline-instructions-paypal-link = Zahlen Sie { $amount } per PayPal an { $account }. Die Referenz { $reference } ist bereits eingetragen; bitte lassen Sie sie in der Mitteilung stehen.
offline-instructions-paypal-link-label = Mit PayPal bezahlen

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Für diese Bestellung haben wir { $received } erhalten. Noch offen: { $remaining }. Bitte zahlen Sie den Rest mit derselben Referenz.
payment-not-completed-notice = Ihre letzte Zahlung wurde nicht abgeschlossen, es wurde kein Geld abgebucht. Bitte wählen Sie erneut eine Zahlungsart.
