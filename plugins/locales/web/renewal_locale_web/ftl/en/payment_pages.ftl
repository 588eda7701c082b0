## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Test mode: no real money is moved.
payment-error-summary = There is a problem
card-form-heading = Card details
card-continue-button = Continue
card-error-number = Enter a valid card number.
card-error-brand = This number does not match the chosen card type. Check the number or change the payment option.
card-error-expiry = Enter the expiry date as month and year, for example 08/29.
card-error-expired = This card has expired. Please use another card.
card-error-cvc = Enter the card's security code (3 digits, or 4 for American Express).
card-error-holder = Enter the name as it appears on the card.
payment-attempt-closed-heading = This payment page is no longer open
payment-attempt-closed-body = The payment was completed or another payment option was chosen. Return to the checkout to see the state of your order.
payment-attempt-unknown-body = This payment page does not exist. Please open the link in your renewal reminder email again.
payment-back-to-checkout = Return to the checkout
bank-page-heading = { $method }: confirm your payment
bank-page-body = Pay { $amount } to { $seller }?
bank-approve-button = Approve payment
bank-cancel-button = Cancel and return
card-too-many-tries = Too many card numbers were tried on this page. For your security it is closed: return to the checkout and choose the payment option again.
