## Online Renewal web checkout. Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Online Renewal
page-title = Renew your support contract
language-label = Language
skip-to-content = Skip to main content

## Contract and quote
contract-heading = Contract { $contract }
contract-number-label = Contract number
customer-label = Customer
coverage-ends = Your current coverage ends on { $date }.
coverage-ended = Your coverage ended on { $date }.
renewal-period = New coverage: { $start } to { $end }
quote-heading = Your renewal quote
quote-column-item = Item
quote-column-amount = Amount
term-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantity { $quantity }
line-upgrade = Upgrade: { $sku } to { $level }, { $term }, quantity { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (coverage lapsed)
line-fx-conversion = Converted from { $from_amount } at { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Prices are list prices from your regional price list.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Upgrade your coverage
upgrade-level-label = Service level
upgrade-term-label = { -term }
upgrade-apply = Update quote
currency-label = Pay in
currency-other-note = Paying in another currency adds a { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Payment method
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
card-number-label = Card number
card-expiry-label = Expiry date (MM/YY)
card-cvc-label = Security code
card-holder-label = Name on card
pay-button = Pay { $amount }
method-button-offline = Get payment instructions
method-button-card = Continue to payment
method-button-redirect = Continue to { $method }
place-order-button = Place order
secure-payment-note = Card details go straight to our payment-security provider and are never stored by us.

## Outcomes
confirmation-heading = Thank you, your contract is renewed
confirmation-body = Order { $order } is paid. Your new coverage runs until { $end }.
declined-heading = Declined
declined-body = Your card issuer declined the payment. No money was taken.
declined-body-bank = The payment was not completed. No money was taken.
payment-cancelled-notice = You cancelled the payment on the { $method } page. No money was taken.
change-payment-option = Change payment option
payment-error-heading = We could not reach the payment service
payment-error-body = No money was taken. Please try again in a few minutes.
offline-heading = Your order is placed
offline-body = Your contract will be renewed as soon as your payment for order { $order } arrives. Please pay by { $due_date }.
offline-instructions-wire_transfer = Transfer { $amount } to { $beneficiary }, IBAN { $iban }, BIC { $bic }. Quote the reference { $reference } so we can match your payment.
offline-instructions-check = Send a check or money order for { $amount }, payable to { $payee }, to { $address }. Write the reference { $reference } on it.
offline-instructions-paypal = Send { $amount } with PayPal to { $account }. Add the reference { $reference } in the note.
offline-instructions-paynearme = Pay { $amount } in cash at any PayNearMe retail location with the pay code { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = This contract totals more than { $limit }, so it cannot be renewed online. Please contact your partner or our sales team.
reason-oem = This contract was sold through an OEM partner. Please renew it with that partner.
reason-country-not-live = Online renewal is not yet available in your country. It starts on { $date }.
reason-currency-retired = The contract's currency { $currency } is no longer in use. Please contact us for a new quote.
reason-already-renewed-online = This contract is already renewed. Thank you!
reason-already-renewed-partner = This contract was already renewed through a partner. No further action is needed.
reason-contract-not-found = We could not find this contract. Please check the link in your email.
reason-link-expired = This renewal link has expired. Please use the link in your most recent reminder email.

## Help
help-heading = Need help?
help-send-email = Send email
help-phone = Call { $phone }, then choose option 3 and then option 1.
help-details = Please have your contract number, the reference number (if any) and the email address used for the order (if any) ready.
help-changed-quote = Need a different quote? Open a support request in your account portal, or call and choose option 3 and then option 2 for a sales representative.
partner-note = You can also renew at any time through your authorized partner.

## the JSON API (/api): a request body it cannot read
api-field-unknown = This request has no field "{ $name }". Remove it and send the request again.
api-field-invalid = The field "{ $name }" is missing or has a value of the wrong kind. Correct it and send the request again.
api-body-not-object = The request body must be a JSON object, for example { $example }. Correct it and send the request again.
