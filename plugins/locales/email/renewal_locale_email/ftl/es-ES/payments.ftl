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
payment-method-wire_transfer = Transferencia bancaria
payment-method-check = Cheque o giro postal
offline-instructions-wire_transfer = Transfiera { $amount } a { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indique la referencia { $reference } en el concepto para que podamos identificar su pago.
offline-instructions-check = Envíe un cheque o giro postal por { $amount }, a nombre de { $payee }, a la dirección { $address }. Escriba en él la referencia { $reference }.
offline-instructions-paypal = Envíe { $amount } por PayPal a { $account }. Añada la referencia { $reference } en la nota.
offline-instructions-paynearme = Pague { $amount } en efectivo en cualquier punto de venta de PayNearMe con el código de pago { $reference }.
