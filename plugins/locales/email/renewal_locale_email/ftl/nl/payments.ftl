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
payment-method-wire_transfer = Bankoverschrijving
payment-method-check = Cheque of postwissel
offline-instructions-wire_transfer = Maak { $amount } over naar { $beneficiary }, IBAN { $iban }, BIC { $bic }. Vermeld het referentienummer { $reference }, zodat we uw betaling kunnen koppelen.
offline-instructions-check = Stuur een cheque of postwissel van { $amount }, ten gunste van { $payee }, naar { $address }. Vermeld daarop het referentienummer { $reference }.
offline-instructions-paypal = Stuur { $amount } via PayPal naar { $account }. Vermeld het referentienummer { $reference } in het notitieveld.
offline-instructions-paynearme = Betaal { $amount } contant bij een verkooppunt van PayNearMe met de betaalcode { $reference }.
