## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers; $when is today, tomorrow or later
## (the end date is today, tomorrow or further away).

email-subject = { $days ->
    [0] Your support contract { $contract } expires today
    [1] Your support contract { $contract } expires tomorrow
    [one] Your support contract { $contract } expires in { $days } day
   *[other] Your support contract { $contract } expires in { $days } days
}
email-subject-expired = Your support contract { $contract } has expired
email-greeting = Hello { $name },
email-greeting-generic = Hello,
email-intro = { $when ->
    [today] Your support and subscription contract { $contract } ends today, { $date }. You can renew it online in a few minutes.
    [tomorrow] Your support and subscription contract { $contract } ends tomorrow, { $date }. You can renew it online in a few minutes.
   *[later] Your support and subscription contract { $contract } ends on { $date }. You can renew it online in a few minutes.
}
email-intro-expired = Your support and subscription contract { $contract } ended on { $date }. You can still renew it online; a { -reinstatement-fee(form: "inline") } applies.
email-total = Renewal total: { $amount }
email-cta = Renew online
email-link-note = This link is personal to your contract and works until { $date }. Please do not forward it.
email-quote-attached = Your quote is attached as a PDF.
email-partner-note = You can also renew through your authorized partner. If you already have, please ignore this email.
email-help = Questions? Call { $phone } and choose option 3 and then option 1, quoting your contract number.
email-signoff = Kind regards,
email-team = The Renewals Team
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Renewal quote
quote-contract = Contract: { $contract }
quote-date = Quote date: { $date }
quote-valid-until = Valid until: { $date }
quote-customer = Customer: { $customer }
quote-column-item = Item
quote-column-amount = Amount
quote-term-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantity { $quantity }
quote-line-upgrade = Upgrade: { $sku } to { $level }, { $term }, quantity { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (coverage lapsed)
quote-line-fx-conversion = Converted from { $from_amount } at { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = List prices from your regional price list. Taxes may apply.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
