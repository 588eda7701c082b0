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
payment-method-wire_transfer = 銀行振込
payment-method-check = 小切手または郵便為替
offline-instructions-wire_transfer = { $amount }を{ $beneficiary }（IBAN：{ $iban }、BIC：{ $bic }）宛てにお振り込みください。お支払いを照合できるよう、参照番号 { $reference } を必ずご記入ください。
offline-instructions-check = { $payee }を受取人とする{ $amount }の小切手または郵便為替を、{ $address }までお送りください。参照番号 { $reference } をご記入ください。
offline-instructions-paypal = PayPalで{ $account }宛てに{ $amount }をお送りください。メモ欄に参照番号 { $reference } をご記入ください。
offline-instructions-paynearme = PayNearMe取扱店舗で、支払いコード { $reference } を提示して{ $amount }を現金でお支払いください。
