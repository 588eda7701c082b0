## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testmodus: Es wird kein echtes Geld bewegt.
payment-error-summary = Es ist ein Problem aufgetreten
card-form-heading = Kartendaten
card-continue-button = Weiter
card-error-number = Bitte geben Sie eine gültige Kartennummer ein.
card-error-brand = Diese Nummer passt nicht zur gewählten Kartenart. Bitte prüfen Sie die Nummer oder ändern Sie die Zahlungsart.
card-error-expiry = Bitte geben Sie das Ablaufdatum als Monat und Jahr ein, zum Beispiel 08/29.
card-error-expired = Diese Karte ist abgelaufen. Bitte verwenden Sie eine andere Karte.
card-error-cvc = Bitte geben Sie die Kartenprüfnummer ein (3 Ziffern, bei American Express 4).
card-error-holder = Bitte geben Sie den Namen so ein, wie er auf der Karte steht.
payment-attempt-closed-heading = Diese Zahlungsseite ist nicht mehr geöffnet
payment-attempt-closed-body = Die Zahlung wurde abgeschlossen oder eine andere Zahlungsart gewählt. Kehren Sie zur Kasse zurück, um den Stand Ihrer Bestellung zu sehen.
payment-attempt-unknown-body = Diese Zahlungsseite existiert nicht. Bitte öffnen Sie den Link in Ihrer Erinnerungs-E-Mail erneut.
payment-back-to-checkout = Zurück zur Kasse
bank-page-heading = { $method }: Zahlung bestätigen
bank-page-body = { $amount } an { $seller } zahlen?
bank-approve-button = Zahlung freigeben
bank-cancel-button = Abbrechen und zurückkehren
card-too-many-tries = Auf dieser Seite wurden zu viele Kartennummern versucht. Zu Ihrer Sicherheit ist sie geschlossen: Kehren Sie zur Kasse zurück und wählen Sie die Zahlungsart erneut.
