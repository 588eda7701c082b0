## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Überweisen Sie { $amount } an { $beneficiary } bei { $bank }, ABA-Routingnummer { $routing }, Kontonummer { $account }. Geben Sie als Verwendungszweck { $reference } an, damit wir Ihre Zahlung zuordnen können.
offline-instructions-paypal-link = Zahlen Sie { $amount } per PayPal an { $account }: { $link } Die Referenz { $reference } ist bereits eingetragen; bitte lassen Sie sie in der Mitteilung stehen.
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
