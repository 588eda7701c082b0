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
payment-method-wire_transfer = Transferência bancária
payment-method-check = Cheque ou vale postal
offline-instructions-wire_transfer = Transfira { $amount } para { $beneficiary }, IBAN { $iban }, BIC { $bic }. Informe a referência { $reference } para que possamos identificar seu pagamento.
offline-instructions-check = Envie um cheque ou vale postal de { $amount }, nominal a { $payee }, para { $address }. Escreva nele a referência { $reference }.
offline-instructions-paypal = Envie { $amount } pelo PayPal para { $account }. Inclua a referência { $reference } na observação.
offline-instructions-paynearme = Pague { $amount } em dinheiro em qualquer ponto de venda PayNearMe usando o código de pagamento { $reference }.
