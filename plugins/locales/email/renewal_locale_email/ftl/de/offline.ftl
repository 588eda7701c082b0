## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Überweisen Sie { $amount } an { $beneficiary } bei { $bank }, ABA-Routingnummer { $routing }, Kontonummer { $account }. Geben Sie als Verwendungszweck { $reference } an, damit wir Ihre Zahlung zuordnen können.
offline-instructions-paypal-link = Zahlen Sie { $amount } per PayPal an { $account }. Die Referenz { $reference } ist bereits eingetragen; bitte lassen Sie sie in der Mitteilung stehen.
offline-instructions-paypal-link-label = Mit PayPal bezahlen
offline-email-subject = Zahlungsanweisungen für Vertrag { $contract }
offline-email-intro = Vielen Dank für Ihre Bestellung { $order }. Vertrag { $contract } wird verlängert, sobald Ihre Zahlung eingeht. So zahlen Sie:
offline-email-due = Bitte zahlen Sie bis zum { $date }. Bis dahin öffnet der Link unten diese Anweisungen erneut.
offline-email-label-reference = Zahlungsreferenz
offline-email-label-amount = Fälliger Betrag
offline-email-label-due = Zahlbar bis
offline-email-link = Bestellung öffnen
offline-expired-subject = Bestellung { $order } für Vertrag { $contract } ist abgelaufen
offline-expired-body = Wir haben die vollständige Zahlung für Bestellung { $order } nicht bis zum { $date } erhalten; die Bestellung ist daher abgelaufen.
offline-expired-unchanged = Vertrag { $contract } bleibt unverändert. Falls Sie für diese Bestellung bereits Geld gesendet haben, erstatten wir es Ihnen.
offline-expired-again = Mit Ihrem persönlichen Link können Sie jederzeit eine neue Bestellung aufgeben

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = Zahlbar bis: { $date }
offline-email-replaces = Diese Anweisungen ersetzen die, die wir Ihnen zuvor für diese Bestellung gesendet haben.
offline-email-label-received = Bisher eingegangen
offline-email-label-remaining = Noch offen
offline-withdrawn-subject = Frühere Zahlungsanweisungen für Vertrag { $contract } gelten nicht mehr
offline-withdrawn-body = Sie haben für Bestellung { $order } eine andere Zahlungsart gewählt. Die Zahlungsanweisungen, die wir Ihnen für die Referenz { $reference } gesendet haben, gelten daher nicht mehr. Bitte senden Sie kein Geld mit dieser Referenz.
offline-withdrawn-already = Falls Sie es bereits gesendet haben, geht es nicht verloren: Es wird Ihrer Bestellung gutgeschrieben oder Ihnen erstattet, wenn die Bestellung auf andere Weise bezahlt wird.
offline-underpaid-subject = Ein Teil Ihrer Zahlung für Vertrag { $contract } ist eingegangen
offline-underpaid-body = Für Bestellung { $order } haben wir { $received } erhalten. Noch offen: { $remaining }.
offline-underpaid-rest = Bitte zahlen Sie den Rest bis zum { $date } mit derselben Referenz { $reference }. Vertrag { $contract } wird verlängert, sobald der volle Betrag eingegangen ist.
