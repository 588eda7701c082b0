## The checkout's pages (core/checkout). Amounts, dates and rates arrive formatted.

## Layout
language-apply = Change language
continue-button = Continue
back-link = Back
error-summary-title = There is a problem
error-summary-prefix = Error:

## Steps
step-review-title = Check your renewal
step-options-title = Choose your coverage
step-currency-title = Choose the currency you pay in
step-method-title = Choose how to pay
step-pay-title = Confirm your payment
options-intro = You can move to a higher service level or a longer term. Update the price to see what your choice costs.
current-choice = (your current coverage)
currency-rate = Exchange rate: { $rate }
quote-valid-until = This price is held until { $date }.
quote-version = { -quote } { $reference }
quote-updated-notice = Your earlier price was no longer valid, so we calculated it again. Please check the new amount.
price-hold-ended-notice = The price was updated because the time it was held for you ended. Please check the new total before you pay.
method-explain-card = Pay now with your card on our payment provider's secure page.
method-explain-redirect = You approve the payment on the { $method } page, then come back here.
method-explain-offline = Place your order now and pay later. The next page shows you how and by when.
pay-card-summary = { $method } card ending in { $last4 }
confirmation-paid = Amount paid: { $amount }

## Validation
error-choose-level = Choose a service level.
error-choose-term = Choose how long the new coverage runs.
error-choose-currency = Choose a currency from the list.
error-choose-method = Choose how you want to pay.

## States
processing-title = Your payment is being processed
processing-body = We are waiting for an answer from the payment service. Please do not pay again.
processing-auto-check = This page updates by itself.
processing-refresh-link = Check again now
renewed-title = This contract is already renewed
renewed-body = No further action is needed. Thank you!
not-eligible-title = This contract cannot be renewed online
not-eligible-partner = You can renew it through your authorized reseller or our sales team. Contact details are below.

## Links and sessions
link-unknown-title = This link does not work
link-unknown-body = Please check that you opened the whole link from your renewal email, or use the link in your most recent reminder.
link-expired-title = This renewal link has expired
link-expired-body = We can send a new link to the email addresses we have on file for this contract.
new-link-button = Send me a new link
new-link-sent-title = Please check your email
new-link-sent-body = If this link belongs to a contract that can be renewed online, we have sent a new link to the email addresses on file. It can take a few minutes to arrive.
link-closed-body = This contract can no longer be renewed online. The time to renew it after its end date is over. You can renew it through your authorized reseller or our sales team. Contact details are below.
new-link-failed-body = We could not send a new link just now. Please try again in a few minutes, or contact us (details below).
new-link-recent-body = A new link was already sent to the email addresses on file for this contract less than an hour ago. Please check your inbox and spam folder, or try again later.
session-expired-title = Your session has ended
session-expired-body = For your security, a session ends after a while without activity. Please open the link in your renewal email again.

## Other pages
home-title = Use the link in your email
home-body = To renew your support contract online, open the personal link in your renewal reminder email. It takes you straight to your contract.
page-not-found-title = Page not found
page-not-found-body = Please use the link in your renewal email.
too-many-title = Too many attempts
too-many-body = Please wait one minute, then try again.
form-expired-title = This form has expired
form-expired-body = For your security, please go back, reload the page and try again.
bad-request-title = We could not read that request
bad-request-body = Please go back and try again.
method-not-allowed-title = This address does not take that request
method-not-allowed-body = This page cannot be used that way. Go back to the previous page, or open the link in your renewal email again.
error-page-title = Sorry, something went wrong
error-page-body = Please try again in a few minutes. If the problem continues, contact us and give this reference.
error-reference = Reference: { $reference }
help-email-subject = Contract { $contract }: renewal
