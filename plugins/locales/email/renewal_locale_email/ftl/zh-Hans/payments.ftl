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
payment-method-alipay = 支付宝
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = 银行转账
payment-method-check = 支票或汇票
offline-instructions-wire_transfer = 请将 { $amount } 转账至 { $beneficiary }，IBAN { $iban }，BIC { $bic }。请注明参考编号 { $reference }，以便我们核对您的付款。
offline-instructions-check = 请将金额为 { $amount }、收款人为 { $payee } 的支票或汇票寄至 { $address }，并在上面注明参考编号 { $reference }。
offline-instructions-paypal = 请通过 PayPal 将 { $amount } 支付至 { $account }，并在备注中填写参考编号 { $reference }。
offline-instructions-paynearme = 请凭付款代码 { $reference } 在任意 PayNearMe 合作网点以现金支付 { $amount }。
