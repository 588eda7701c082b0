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
payment-method-wire_transfer = Virement bancaire
payment-method-check = Chèque ou mandat
offline-instructions-wire_transfer = Effectuez un virement de { $amount } au profit de { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indiquez la référence { $reference } afin que nous puissions identifier votre paiement.
offline-instructions-check = Envoyez un chèque ou un mandat de { $amount }, libellé à l'ordre de { $payee }, à l'adresse suivante : { $address }. Inscrivez-y la référence { $reference }.
offline-instructions-paypal = Envoyez { $amount } via PayPal à { $account }. Indiquez la référence { $reference } dans le message.
offline-instructions-paynearme = Payez { $amount } en espèces dans n'importe quel point de vente PayNearMe avec le code de paiement { $reference }.
