## Online Renewal web checkout (German). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Online-Verlängerung
page-title = Supportvertrag verlängern
language-label = Sprache
skip-to-content = Zum Hauptinhalt springen

## Contract and quote
contract-heading = Vertrag { $contract }
contract-number-label = Vertragsnummer
customer-label = Kunde
coverage-ends = Ihre aktuelle Supportlaufzeit endet am { $date }.
coverage-ended = Ihre Supportlaufzeit ist am { $date } abgelaufen.
renewal-period = Neue Laufzeit: { $start } bis { $end }
quote-heading = Ihr Verlängerungsangebot
quote-column-item = Position
quote-column-amount = Betrag
term-years = { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahre
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, Menge { $quantity }
line-upgrade = Upgrade: { $sku } auf { $level }, { $term }, Menge { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (Supportlaufzeit abgelaufen)
line-fx-conversion = Umgerechnet von { $from_amount } zum Kurs { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Die Preise sind Listenpreise aus Ihrer regionalen Preisliste.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Supportumfang erweitern
upgrade-level-label = Service-Level
upgrade-term-label = { -term }
upgrade-apply = Angebot aktualisieren
currency-label = Zahlungswährung
currency-other-note = Bei Zahlung in einer anderen Währung fällt ein { -fx-surcharge } an.

## Payment
payment-heading = Zahlungsart
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = Banküberweisung
payment-method-check = Scheck oder Zahlungsanweisung
card-number-label = Kartennummer
card-expiry-label = Ablaufdatum (MM/JJ)
card-cvc-label = Kartenprüfnummer
card-holder-label = Name auf der Karte
pay-button = { $amount } bezahlen
method-button-offline = Zahlungsanweisungen erhalten
method-button-card = Weiter zur Zahlung
method-button-redirect = Weiter zu { $method }
place-order-button = Zahlungspflichtig bestellen
secure-payment-note = Ihre Kartendaten werden direkt an unseren Dienstleister für Zahlungssicherheit übermittelt und niemals von uns gespeichert.

## Outcomes
confirmation-heading = Vielen Dank, Ihr Vertrag wurde verlängert
confirmation-body = Die Bestellung { $order } ist bezahlt. Ihre neue Supportlaufzeit gilt bis { $end }.
declined-heading = Zahlung abgelehnt
declined-body = Ihr Kartenherausgeber hat die Zahlung abgelehnt. Es wurde nichts abgebucht.
declined-body-bank = Die Zahlung wurde nicht abgeschlossen. Es wurde nichts abgebucht.
payment-cancelled-notice = Sie haben die Zahlung auf der Seite von { $method } abgebrochen. Es wurde kein Geld abgebucht.
change-payment-option = Zahlungsart ändern
payment-error-heading = Wir konnten den Zahlungsdienst nicht erreichen
payment-error-body = Es wurde nichts abgebucht. Bitte versuchen Sie es in einigen Minuten erneut.
offline-heading = Ihre Bestellung ist eingegangen
offline-body = Ihr Vertrag wird verlängert, sobald Ihre Zahlung für die Bestellung { $order } eingegangen ist. Bitte zahlen Sie bis { $due_date }.
offline-instructions-wire_transfer = Überweisen Sie { $amount } an { $beneficiary }, IBAN { $iban }, BIC { $bic }. Geben Sie als Verwendungszweck { $reference } an, damit wir Ihre Zahlung zuordnen können.
offline-instructions-check = Senden Sie einen Scheck oder eine Zahlungsanweisung über { $amount }, ausgestellt auf { $payee }, an { $address }. Vermerken Sie darauf die Referenz { $reference }.
offline-instructions-paypal = Senden Sie { $amount } per PayPal an { $account }. Geben Sie in der Mitteilung die Referenz { $reference } an.
offline-instructions-paynearme = Zahlen Sie { $amount } bar in einer beliebigen PayNearMe-Verkaufsstelle mit dem Zahlungscode { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Der Gesamtwert dieses Vertrags liegt über { $limit }, daher kann er nicht online verlängert werden. Bitte wenden Sie sich an Ihren Partner oder an unser Vertriebsteam.
reason-oem = Dieser Vertrag wurde über einen OEM-Partner verkauft. Bitte verlängern Sie ihn bei diesem Partner.
reason-country-not-live = Die Online-Verlängerung ist in Ihrem Land noch nicht verfügbar. Sie startet am { $date }.
reason-currency-retired = Die Vertragswährung { $currency } wird nicht mehr verwendet. Bitte kontaktieren Sie uns für ein neues Angebot.
reason-already-renewed-online = Dieser Vertrag wurde bereits verlängert. Vielen Dank!
reason-already-renewed-partner = Dieser Vertrag wurde bereits über einen Partner verlängert. Sie müssen nichts weiter tun.
reason-contract-not-found = Wir konnten diesen Vertrag nicht finden. Bitte prüfen Sie den Link in Ihrer E-Mail.
reason-link-expired = Dieser Verlängerungslink ist abgelaufen. Bitte verwenden Sie den Link aus Ihrer neuesten Erinnerungs-E-Mail.

## Help
help-heading = Brauchen Sie Hilfe?
help-send-email = E-Mail senden
help-phone = Rufen Sie { $phone } an und wählen Sie Option 3 und dann Option 1.
help-details = Bitte halten Sie Ihre Vertragsnummer, die Referenznummer (falls vorhanden) und die für die Bestellung verwendete E-Mail-Adresse (falls vorhanden) bereit.
help-changed-quote = Sie benötigen ein anderes Angebot? Stellen Sie eine Supportanfrage in Ihrem Kundenportal oder rufen Sie uns an und wählen Sie Option 3 und dann Option 2, um mit einem Vertriebsmitarbeiter zu sprechen.
partner-note = Sie können Ihren Vertrag auch jederzeit über Ihren autorisierten Partner verlängern.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Diese Anfrage hat kein Feld „{ $name }“. Entfernen Sie es und senden Sie die Anfrage erneut.
api-field-invalid = Das Feld „{ $name }“ fehlt oder hat einen Wert der falschen Art. Korrigieren Sie es und senden Sie die Anfrage erneut.
api-body-not-object = Der Inhalt der Anfrage muss ein JSON-Objekt sein, zum Beispiel { $example }. Korrigieren Sie ihn und senden Sie die Anfrage erneut.
