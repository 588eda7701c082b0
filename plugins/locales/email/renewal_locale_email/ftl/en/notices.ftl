## Renewal reminder: the facts block, the link fallback and the fresh-link email
## (core/notices). Amounts, dates and numbers arrive already formatted.

notice-label-contract = Contract number
notice-label-end-date = End date
notice-label-days-left = Days left
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = If the button does not work, copy this address into your browser:
notice-fresh-subject = Your new personal link for contract { $contract }
notice-fresh-intro = Here is a new personal link to renew your support and subscription contract { $contract } online. Earlier links stop working once the contract is renewed.
# A label and its value on one line (the plain-text email, the PDF's version line), and the line
# before the plain-text link: the colon and its spacing are the language's.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
