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
payment-method-wire_transfer = 은행 송금
payment-method-check = 수표 또는 우편환
offline-instructions-wire_transfer = 수취인 { $beneficiary }(IBAN { $iban }, BIC { $bic }) 계좌로 { $amount } 송금해 주세요. 입금 내역을 확인할 수 있도록 참조 번호({ $reference })를 반드시 기재해 주세요.
offline-instructions-check = { $amount } 금액의 수표 또는 우편환을 수취인 { $payee } 앞으로 발행하여 다음 주소로 보내 주세요: { $address }. 수표 또는 우편환에 참조 번호({ $reference })를 적어 주세요.
offline-instructions-paypal = PayPal을 통해 { $account } 계정으로 { $amount } 송금해 주세요. 메모란에 참조 번호({ $reference })를 입력해 주세요.
offline-instructions-paynearme = 가까운 PayNearMe 제휴 매장에서 결제 코드({ $reference })를 제시하고 금액({ $amount })을 현금으로 결제해 주세요.
