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
payment-method-wire_transfer = Bonifico bancario
payment-method-check = Assegno o vaglia
offline-instructions-wire_transfer = Effettui un bonifico di { $amount } a favore di { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indichi il riferimento { $reference } nella causale, così potremo abbinare il pagamento.
offline-instructions-check = Invii un assegno o un vaglia di { $amount }, intestato a { $payee }, all'indirizzo { $address }. Vi indichi il riferimento { $reference }.
offline-instructions-paypal = Invii { $amount } tramite PayPal a { $account }. Aggiunga il riferimento { $reference } nella nota.
offline-instructions-paynearme = Paghi { $amount } in contanti presso qualsiasi punto vendita PayNearMe con il codice di pagamento { $reference }.
