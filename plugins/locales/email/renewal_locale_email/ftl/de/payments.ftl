## Payment methods in emails (order confirmations, offline payment instructions).
## Same wording as the checkout's web messages, so the email and the page agree.
## Arguments arrive already formatted: $amount, $reference, $due_date and the method's own.

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
offline-instructions-wire_transfer = Überweisen Sie { $amount } an { $beneficiary }, IBAN { $iban }, BIC { $bic }. Geben Sie als Verwendungszweck { $reference } an, damit wir Ihre Zahlung zuordnen können.
offline-instructions-check = Senden Sie einen Scheck oder eine Zahlungsanweisung über { $amount }, ausgestellt auf { $payee }, an { $address }. Vermerken Sie darauf die Referenz { $reference }.
offline-instructions-paypal = Senden Sie { $amount } per PayPal an { $account }. Geben Sie in der Mitteilung die Referenz { $reference } an.
offline-instructions-paynearme = Zahlen Sie { $amount } bar in einer beliebigen PayNearMe-Verkaufsstelle mit dem Zahlungscode { $reference }.
