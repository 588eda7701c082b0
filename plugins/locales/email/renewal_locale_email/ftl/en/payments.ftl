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
payment-method-wire_transfer = Bank transfer
payment-method-check = Check or money order
offline-instructions-wire_transfer = Transfer { $amount } to { $beneficiary }, IBAN { $iban }, BIC { $bic }. Quote the reference { $reference } so we can match your payment.
offline-instructions-check = Send a check or money order for { $amount }, payable to { $payee }, to { $address }. Write the reference { $reference } on it.
offline-instructions-paypal = Send { $amount } with PayPal to { $account }. Add the reference { $reference } in the note.
offline-instructions-paynearme = Pay { $amount } in cash at any PayNearMe retail location with the pay code { $reference }.
