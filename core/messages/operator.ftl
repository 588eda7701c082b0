# Operator-facing text of the platform core (CLI, start-up checks).

error-unexpected = Unexpected error.
error-plugin-load = Plugin "{ $name }" (distribution { $distribution }) failed to load: { $detail }. Reinstall it or uninstall it with: pip uninstall { $distribution }
error-config = { $file }: at { $key }: { $problem }. What to do: { $fix }.
error-catalog = The plugin catalog has { $count ->
        [one] one error
       *[other] { $count } errors
    }:
    { $details }
error-unknown-country = Unknown country "{ $country }": no installed region plugin provides it. Run `renewals catalog countries` to list them.
error-unknown-currency = Unknown currency "{ $currency }": it is not one of the supported currencies.

## renewals catalog explain
explain-offered = { $method } is offered in { $country } for { $currency }.
explain-not-installed = No installed plugin provides the payment method "{ $method }" (pip install its plugin package).
explain-country-unknown = No installed region plugin provides the country { $country }.
explain-country-embargoed = { $country } is under trade embargo and is off; switching it on needs "enabled: true" and "embargo_acknowledged: true" under countries.{ $country } in config/regions.yaml.
explain-country-not-enabled = { $country } is not switched on in config/regions.yaml (enable its region or countries.{ $country }.enabled).
explain-country-not-live = { $country } goes live on { $live_from }, after { $on }.
explain-currency-unsupported = The currency { $currency } is not one of the supported currencies.
explain-currency-retired = The currency { $currency } is not valid on { $on } (replaced by { $replaced_by }).
explain-method-not-in-country = The { $method } plugin does not offer it in { $country }.
explain-method-currency = The { $method } plugin does not take { $currency } (it takes { $currencies }).
explain-restricted-by-config = Config restricts { $method } here, at { $key } in config/regions.yaml.

## catalog problems
problem-wrong-type = Plugin "{ $plugin }" registered a { $got } where a { $expected } was expected.
problem-duplicate-currency = The currency { $id } is registered differently by plugins "{ $first }" and "{ $second }"; make the validity windows agree.
problem-duplicate-region = The region "{ $id }" is provided by both "{ $first }" and "{ $second }"; uninstall one of them.
problem-duplicate-method = The payment method "{ $id }" is provided by both "{ $first }" and "{ $second }"; uninstall one of them.
problem-duplicate-price-list = The price list "{ $id }" is provided by both "{ $first }" and "{ $second }"; uninstall one of them.
problem-duplicate-country = The country { $country } is provided by both "{ $first }" and "{ $second }"; uninstall one of them.
problem-country-currency-unsupported = Plugin "{ $plugin }" gives { $country } the currency { $currency }, which no plugin registers as supported.
problem-config-unknown-region = { $file }: at regions.{ $region }: no installed plugin provides the region "{ $region }" (installed: { $known }). Install its plugin or remove the key.
problem-config-unknown-country = { $file }: at countries.{ $country }: no installed region plugin provides the country { $country }{ $suggestion ->
        [none] {""}
       *[other] {" "}({ $suggestion }?)
    }. Correct the code (ISO 3166 alpha-2, e.g. GB), install its region plugin or remove the key.
problem-embargo-not-acknowledged = { $file }: at countries.{ $country }: { $country } is under trade embargo; add "embargo_acknowledged: true" to switch it on, or remove "enabled: true".
problem-config-unknown-method = { $file }: at { $key }: no installed plugin provides the payment method "{ $method }"; the rule has no effect.
problem-price-list-currency = The price list "{ $price_list }" is in { $currency }, which is not a supported currency.
problem-price-list-level = The price list "{ $price_list }" prices { $sku } at the service level "{ $level }", which it does not list in service_levels.
problem-price-list-country = The price list "{ $price_list }" names { $country }, which no region plugin provides.
problem-price-list-overlap = { $country } has two { $currency } price lists: "{ $first }" and "{ $second }".
problem-country-without-price-list = { $country } is switched on but has no price list in { $currency }.
problem-country-without-methods = { $country } is switched on but no payment method is offered there, so its customers could never pay. Check the methods rules (exclude/only) that apply to { $country } in config/regions.yaml, or switch the country off.
problem-method-currency-unsupported = The payment method "{ $method }" names the currency { $currency }, which is not supported; it is ignored.
problem-ftl-junk = { $source }: line { $line }: Fluent syntax error ({ $detail }); the message is unusable until fixed.
problem-duplicate-message = The message "{ $id }" ({ $locale }, { $channel }) is defined in both { $first } and { $second }.
problem-locale-missing-messages = The { $channel } locale { $locale } lacks { $count } messages that English has: { $ids }.
problem-country-locale-missing = { $country } uses the { $channel } locale { $locale }, which no locale plugin provides; English is used instead.

## money
error-currency-mismatch = Cannot add { $left } and { $right } amounts; convert one of them first.
error-not-money = { $value } is not an amount of money; write it as a decimal number such as 1234.50.

## contracts
error-contract-not-found = No contract numbered "{ $number }". Run `renewals contracts list` to see the contracts.
error-unknown-channel = Unknown renewal channel "{ $channel }"; use one of: { $channels }.
error-invalid-upgrade = Cannot change { $current } to { $requested }: an upgrade must be a higher service level or a longer term offered by the price list ({ $allowed }).
error-no-exchange-rate = No exchange rate from { $base } to { $quote } on or before { $day }. Load one with `renewals rates import FILE`.
problem-hook-failed = Plugin "{ $plugin }" failed in { $hook }: { $detail }. Fix or uninstall the plugin.

## renewals contracts import
error-import-file = { $file }: { $problem }
import-bad-row = { $file }: { $where }: { $field } "{ $value }": { $problem }
import-line = line { $line }
import-item = item { $item }
import-json-line = line { $line }
import-unknown-format = the file must end in .csv or .json
import-missing-columns = missing columns { $columns }; the header must name every required column
import-json-not-list = the JSON must be a list of contracts, each with a "lines" list
import-no-lines = the contract has no "lines" list; give at least one line
import-required = required; fill it in
import-too-long = too long
import-unknown-country = not a country any installed region plugin provides (use an ISO code such as DE)
import-not-bool = write true or false
import-not-positive-int = must be a whole number from 1 to { $highest }
import-not-date = must be a date like 2026-12-31
import-date-range = must be a date from { $first } to { $last }
import-not-text = must be text
import-control-characters = contains control characters; remove them
import-extra-cells-field = cells beyond the header
import-extra-cells = the row has { $count ->
        [one] one filled cell
       *[other] { $count } filled cells
    } more than the header's { $columns } columns, so its values may be shifted; put a value that contains the separator in double quotes ("Acme, Inc", "0,95") or remove the extra cells
import-line-not-object = a line must be an object with sku, quantity, service_level and term_years
import-json-syntax = line { $line }: not valid JSON ({ $detail })
import-json-too-deep = the JSON is nested too deeply to be a contract list
import-end-before-start = the end date must be after the start date
import-no-contacts = give at least one contact email from the initial license order, separated by ";"
import-bad-email = "{ $email }" is not an email address
import-differs = differs from the same contract's { $where }; contract fields must agree on every line
import-unknown-level = not a service level of price list { $price_list } ({ $levels })
import-unknown-sku = not a SKU of price list { $price_list }
import-unknown-term = price list { $price_list } has this SKU for { $terms } years only
import-summary = { $created } created, { $updated } updated, { $unchanged } unchanged, { $rejected } rejected
import-atomic-refused = Nothing was imported: the file has { $count ->
        [one] one bad row
       *[other] { $count } bad rows
    } and --atomic was given.
error-rates-file = { $file }: { $where }: { $problem }
rates-json-not-list = the JSON must be a list of objects with base, quote, rate and valid_on
rates-unknown-currency = "{ $currency }" is not a supported currency
rates-bad-rate = "{ $value }" is not a decimal rate from 0.00001 to 100000
error-rates-rejected = { $file }: { $count ->
        [one] one bad row, nothing was loaded (rates load all or nothing); correct it and import the file again:
       *[other] { $count } bad rows, nothing was loaded (rates load all or nothing); correct them and import the file again:
    }
    { $rows }
rates-summary = { $written } rates written, { $unchanged } unchanged
error-no-list-price = Contract { $contract } cannot be priced: no list price for { $items }. Check the region plugin's price list or the contract's lines.

## database
cli-config-needs-file = --config needs a file: renewals --config FILE COMMAND …, or COMMAND … --config FILE
error-coverage-unknown-plugin = No installed plugin named "{ $name }" has messages to translate. Give one of: { $names } (names as `renewals plugins` lists them).
error-database-missing = There is no database at { $path }: nothing was read or written. If RENEWALS_DATABASE_URL is mistyped, correct it (sqlite:///PATH); for a new database run `renewals db migrate` (and `renewals demo seed` for demo data) first.
error-database = The database could not be used: { $detail }. Check RENEWALS_DATABASE_URL (unset means SQLite in data/renewals.sqlite).
db-migrated = The database schema is up to date.
contract-marked-renewed = Contract { $number } is recorded as renewed ({ $channel }); it gets no more reminders.
error-offline-refused = The { $method } plugin cannot take this order ({ $problem ->
        [amount-limit] the amount is outside the method's limits
       *[other] it has no account set up for the seller { $seller }
    }).
explain-amount-limit = The { $method } plugin does not take payments of { $amount } { $currency } (outside its limits).
problem-method-country-unknown = The payment method "{ $method }" names the country { $country }, which no region plugin provides.
problem-method-offline-no-expiry = The offline payment method "{ $method }" sets no offline_expiry_days; its pending orders would wait forever.
error-already-renewed = Contract { $number } is already renewed for its current term ({ $channel }); nothing was changed.

## config/regions.yaml
config-whole-file = (whole file)
config-line = line { $line }, column { $column }
config-not-mapping = expected a mapping with "regions" and "countries"
config-duplicate-key = the key appears twice (keys are not case-sensitive)
config-out-of-range = { $field } must be a number from { $low } to { $high }
config-fix-missing = create the file or set RENEWALS_REGIONS_CONFIG to its path
config-fix-yaml = correct the YAML syntax at that line
config-fix-value = correct the value (dates are YYYY-MM-DD and must exist)
config-fix-top = start the file with "regions:" or "countries:"
config-fix-key = correct that key (see the comments at the top of the file)
config-fix-duplicate = keep one of the two entries
problem-policy-currency-unsupported = The policy of region "{ $region }" names the currency { $currency }, which is not supported; fix regions.{ $region }.policy in config/regions.yaml or the region plugin.

## CLI
cli-bad-date = "{ $value }" is not a date like 2013-02-08
cli-date-range = { $value } is outside the years { $first } to { $last }
cli-bad-code = "{ $value }" is not a { $length }-letter { $kind } code
cli-yes = yes
cli-no = no
error-database-url = RENEWALS_DATABASE_URL "{ $url }" is not a database this platform uses: write sqlite:///PATH (relative), sqlite:////PATH (absolute) or postgresql://USER@HOST:PORT/DATABASE, or unset it for data/renewals.sqlite.
error-pay-currency = Cannot pay in { $currency } on { $on }: it is not a supported currency that day (replaced by: { $replaced_by }). Choose another currency.
error-no-live-country = No country is live on { $on }, so there is nothing to seed; pick a later --on date.
check-error = error: { $text }
check-warning = warning: { $text }
check-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; { $countries } countries, { $methods } payment methods, { $locales } locale catalogs
explain-verdict = { $method } in { $country } ({ $currency }, { $on }): { $offered ->
        [yes] offered
       *[no] not offered
    }
quote-heading = contract: { $contract }   eligible: { $eligible }   reasons: { $reasons }
    seller: { $seller }   quoted on: { $on }   price list: { $price_list }
quote-fx = quote currency: { $currency }   exchange rate: { $rate } (rate of { $rate_date })
quote-total = total: { $total } { $currency }
problem-country-without-currency = Plugin "{ $plugin }" gives { $country } no transaction currency; the country is left out.
error-setting = Setting { $name } is "{ $value }"; it must be { $expected }. Fix it in the environment, then run the command again (or restart the web app, if it is the one that reads it).
error-checkout-page = Checkout page failed (reference { $reference }): { $detail }

## translation coverage and processors (core/coverage.py)
problem-not-in-english = Plugin "{ $plugin }" defines the message "{ $id }" in { $locale } ({ $channel }, { $source }) but no plugin defines it in English; add it to the plugin's ftl/en/ file (English is every customer's fallback).
problem-method-message-english = The payment method "{ $method }" (plugin "{ $plugin }") needs the message "{ $id }" in English for the { $channel } channel and no plugin provides it; ship it in the plugin's ftl/en/*.ftl and register it with register_locales.
problem-method-message-missing = The payment method "{ $method }" is offered in { $countries }, whose { $channel } locale { $locale } lacks { $ids }; customers there would read English. Add the translation (or restrict the method in config/regions.yaml).
problem-locale-incomplete = The { $channel } locale { $locale } is used by a switched-on country but lacks { $count } messages that English has: { $ids }.
problem-method-no-processor = The { $flow } payment method "{ $method }" (plugin "{ $plugin }") cannot be paid: no installed plugin implements { $hook }. Install its processor plugin or uninstall "{ $plugin }".
problem-method-processor-elsewhere = The { $flow } payment method "{ $method }" is registered by plugin "{ $plugin }", which implements none of { $hooks }; make sure another installed plugin processes it (run the conformance kit: docs/plugins.md, "Testing your plugin").
coverage-summary = { $plugin } ({ $channel }, { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    }): complete in { $complete } of { $locales } locales; gaps: { $gaps }

## personal links and reminders (core/links.py, core/notices/)
cli-bad-base-url = "{ $value }" is not the checkout's address: give an http:// or https:// address with a host, for example https://renew.example.com
link-created = Link for contract { $contract }, valid until { $expires }. It is personal: send it only to the contract's contacts.
error-link-window-closed = Contract { $number } ended on { $end } and its window for renewing online closed on { $closed } ({ $setting }: { $days } days after the end date), so a link would already be expired; none was made. The customer can renew through a partner or a sales representative, or import the contract's new term first.
links-revoked = { $count ->
        [one] 1 open link of contract { $contract } revoked
       *[other] { $count } open links of contract { $contract } revoked
    }

## orders and payments (core/orders)
error-illegal-transition = A { $kind } in state "{ $current }" cannot become "{ $following }". This is a bug in the checkout: report it with the order reference.
error-order-not-found = No order with the reference "{ $reference }". Check the reference on the customer's confirmation.
error-attempt-not-found = No payment attempt with that id: the payment page was opened from an old or altered link. Start again from the renewal link.
error-web-routes = Plugin "{ $plugin }" registered unusable web routes ({ $problem }): a prefix must be lower-case letters, digits, "-" or "_", not "return" and not used by another plugin; each entry path must start with "/" and contain "{"{"}attempt{"}"}". Fix or uninstall the plugin.
error-quote-not-payable = Quote { $quote } of contract { $contract } cannot be paid ({ $problem }). Quote the contract again and open the order for the new quote.
error-method-not-offered = The payment method "{ $method }" cannot be used for this order ({ $reason }). Run `renewals catalog explain` to see why.
error-order-closed = Order { $reference } is { $state } and can no longer change.
error-plugin-state-missing = The database has no plugin_state table, where payment sandboxes keep their tokens and answers. Run `renewals db migrate` and try again.

## config/regions.yaml: what to write (issue 10)
config-duplicate-key-lines = the key "{ $key }" is written twice at the same level, on lines { $first } and { $second } (YAML would silently keep only the second)
config-not-utf8 = the byte { $byte } is not UTF-8 text (the file was probably saved as Windows-1252 or Latin-1)
config-fix-utf8 = save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)
config-window-inverted = valid_until { $valid_until } is before valid_from { $valid_from }, so the window holds no day; swap or correct the dates
config-too-deep = the file nests brackets or keys too deeply to be a regions config
config-fix-too-deep = write regions, countries and methods as the comments at the top of config/regions.yaml show
config-not-bool = { $value } is not a yes/no value this file accepts
config-fix-bool = write true or false, without quotes (1, 0, yes, no, on, off and quoted "true" are refused so that every spelling means the same)
config-not-date = { $value } is not a date written YYYY-MM-DD, or that day does not exist
config-fix-date = write the date as YYYY-MM-DD, for example 2013-02-08
config-not-currency = { $value } is not a currency code
config-fix-currency = write the ISO 4217 code in capital letters, for example EUR
config-kind = { $kind ->
        [int] a whole number
        [decimal] a number
        [float] a number
        [str] text
        [array] a list
        [object] a group of keys
        [bool] true or false
        [date] a date
        [null] empty
       *[other] { $kind }
    }
config-wrong-kind = { $value } is { $found }, where this key takes { $expected }
config-int-bound = { $value } is out of range: the number must be { $bound ->
        [lowest] at least
       *[highest] at most
    } { $limit }
config-not-number = { $value } is not a number
config-unknown-key = "{ $key }" is not a key this section takes (it takes: { $accepted })
config-fix-unknown-key = did you mean { $suggestion }? Correct the spelling (keys are lower case)
config-fix-int = write a whole number without quotes, for example 90
config-fix-number = write a number without quotes or currency, for example 3000 or 2.5
config-fix-list = write a list in brackets, for example [visa, mastercard]
config-fix-mapping = write its keys indented below it, as the comments at the top of config/regions.yaml show
config-fix-text = write it as text, as the comments at the top of config/regions.yaml show (a method id such as visa, a currency code such as EUR)
problem-nothing-switched-on = { $file } switches no country on, so no customer can renew online. Enable a region (regions.<id>.enabled: true) or a country (countries.<CC>.enabled: true).
config-suggest-country = did you mean { $code }, { $name }
explain-no-method = Every payment method is restricted away in { $country } for { $currency }: run `renewals catalog explain --country { $country } --method ID` for one method's reasons.

## renewals plugins new (core/scaffold)
error-scaffold = { $problem ->
        [kind] Cannot create a plugin of kind "{ $value }": choose one of { $expected }.
        [flow] Unknown flow "{ $value }": choose one of { $expected }.
        [name] "{ $value }" cannot name a plugin: use { $expected } (it becomes the method or region id and part of the package name).
        [locale] "{ $value }" is not a locale: use { $expected }.
        [exists] { $value } already exists and is not empty; nothing was written. Choose another --dir or remove the folder.
        [write] Cannot write the plugin to { $value }: { $expected }; nothing was left behind. Give --dir a folder you can write to.
        [taken] "{ $value }" is already the id of an installed { $expected } (see renewals plugins); nothing was written. Choose another name: the catalog refuses two plugins with one id.
       *[other] Cannot create the plugin: { $value }.
    }
scaffold-written = Wrote the { $kind } plugin "{ $name }" ({ $distribution }) to { $folder }:
scaffold-next = Next: pip install { $folder } && renewals plugins; run its tests with: cd { $folder } && pytest

## spreadsheets and rate files (issue 10)
table-read-as = read as { $encoding }, separated by { $delimiter }
table-bad-delimiter = --delimiter "{ $delimiter }" is not a column separator: give one character (a symbol, not a letter, digit or quote) or comma, semicolon, tab or pipe
table-unknown-encoding = "{ $encoding }" is not an encoding Python knows; use for example utf-8, cp1252 or utf-16
table-not-text = line { $line }: the byte { $byte } is not text in { $tried }; export the file again as "CSV UTF-8" or give --encoding
table-missing-columns = missing columns { $columns } (header found: { $found }; read as { $encoding }, separated by { $delimiter }). The first line must name the columns, for example: { $expected }. Give --delimiter or --encoding if the file uses another separator or encoding
rates-same-currency = a rate from { $currency } to itself is always 1; remove the row
rates-duplicate = { $base }→{ $quote } on { $day } is already given at { $first }; keep one row per pair and day
rates-inverse-disagrees = { $base }→{ $quote } { $rate } contradicts { $quote }→{ $base } { $inverse } at { $first } (their product is { $product }, more than { $tolerance } away from 1); correct the wrong one or remove one of the two rows
error-notices-busy = Another "renewals notices run" is already running on this SQLite database (lock file { $lock }). Wait for it to finish and run again; on PostgreSQL several runs can share the work.
error-notice-preview-ineligible = Contract { $number } cannot be previewed: the quote engine gives no total ({ $reasons }). Fix the contract or the price list first.
error-notice-preview-out = The preview cannot be written to { $folder }: { $problem }. Give --out a folder you can write to (it is created if missing).
error-notice-preview-day = No reminder of contract { $number } goes out on { $day }: it ends on { $end }, and reminders go out from { $first } to that day (a preview on another day would show a quote no reminder carries). Give --today a day from { $first } to { $end }, or --reminder 60, 30 or 15 (due on { $days }).
notices-preview-day = { $why ->
        [today] Previewing the reminder as sent today, { $day }: { $days } days before the end date ({ $end }).
        [first] Previewing the first reminder, as sent on { $day } ({ $days } days before the end date, { $end }): today ({ $today }) is outside the reminder window. Give --today or --reminder to preview another day.
       *[given] Previewing the reminder as sent on { $day }: { $days } days before the end date ({ $end }).
    }
error-notice-locale = "{ $locale }" is not an email locale; use one of: { $locales }.
notices-progress = Sending reminders
notices-dry-run = Due on { $day }, and earlier deliveries the run would try again ("retry") (dry run: nothing claimed or sent)
notices-summary = Reminders for { $day } via { $transport }
notices-outcome = outcome
notices-count = count
notices-claimed = newly due (claimed)
notices-sent = sent
notices-failed = failed (retried next run)
notices-bounced = bounced (permanent refusal)
notices-superseded = superseded (newer reminder or new term)
notices-skipped = skipped: { $reason }
notices-links-to = Links in these emails open { $url }
error-notices-no-base-url = Reminders go out over SMTP ({ $host }) to real customers, but no public address is set for their links (they would open { $default }). Set { $name } to the checkout's public address (for example https://renew.example.com), or give --base-url; nothing was claimed or sent.
notices-list-cut = Showing { $shown } of { $total } ledger rows: give --limit { $total } to see them all, or narrow the list with --contract or --status.
notices-outbox = Outbox (open the .eml files with a mail program): { $path }
notices-preview-ineligible = Note: this contract is not eligible today ({ $reasons }); the job would not send this email.
notices-without-contacts = { $count ->
        [one] 1 contract in the reminder window has
       *[other] { $count } contracts in the reminder window have
    } no contact on record, so nobody gets its reminder: { $contracts }. Add contacts with "renewals contracts import".

## renewals contracts import: the report (issue 10)
import-term-mismatch = term_years does not match the dates: { $start } to { $end } spans { $years } years; check the line's term or the contract's dates (imported as given)
import-warning = warning: { $text }
import-country-changed = { $contract }: country changed from { $before } to { $after } (its price list, currency and seller follow the new country)
import-lines-replaced = { $count ->
        [one] 1 contract had its lines replaced
       *[other] { $count } contracts had their lines replaced
    }: { $contracts }
import-read-as = { $file }: { $how }
import-progress = Importing contracts

## offline payments and the janitor (issue 9: core/offline, renewals payments)
error-payment-reference = "{ $reference }" is not a payment reference: it looks like RN-7K4-MQ2-XPH (letters and digits without 0, 1, I, L, O, U; the last character is a check character). Copy it from the bank statement line or the check again.
error-payment-reference-unknown = No order was placed with payment reference { $reference }. Check the reference on the bank statement, or find the order with: renewals payments list
error-settlement-amount = The amount "{ $amount } { $currency }" cannot be settled: give a positive amount with a dot for decimals (at most { $places }) and commas only between thousands, for example --amount 1234.50 --currency EUR.
error-settlement-amount-too-large = The amount "{ $amount } { $currency }" is too large to be money received for a renewal (more than { $digits } digits before the decimal point). Check the amount on the bank statement and give it again with --amount.
error-settlement-future = The money cannot have arrived on { $day }: that is after today ({ $today }). Give the day the bank statement or deposit shows with --received-on YYYY-MM-DD.
error-settlement-before-order = The money cannot have arrived on { $day }: order { $order } (payment { $reference }) was placed on { $placed }, and the reference did not exist before. Give the day the bank statement or deposit shows with --received-on YYYY-MM-DD (on or after { $placed }); nothing was recorded.
error-settlement-event-reused = { $event } already recorded money for order { $order }, not for { $reference }; nothing was recorded. Check the statement line or ask the processor why it reused the event id.
error-settlement-no-plugin = No installed plugin settles payments of method "{ $method }" (payment { $reference }). Install the method's plugin again (renewals plugins) and retry; nothing was recorded.
error-settlement-wrong-method = Payment { $reference } belongs to a { $method } order, but the notification came from { $source }; nothing was recorded. Check the processor's configuration.
error-payment-not-found = No offline order or payment in doubt has the reference "{ $reference }". List them with: renewals payments list
payments-settled = { $reference }: settled ({ $received } received for { $due }); contract { $contract } renewed until { $end }.
payments-overpaid = { $reference }: { $overpaid } more than due was received; return it to the customer.
payments-underpaid = { $reference }: { $received } of { $due } received so far; the order stays pending until the remaining { $remaining } arrive.
payments-rejected = { $reference }: not settled ({ $reason }); the money was recorded for finance to handle. The order stays pending.
payments-duplicate = { $reference }: this money was already recorded; nothing changed. If it is a second payment of the same amount on the same day, give its --statement-line.
payments-after-close = { $reference }: the order is { $reason }, so this money renews nothing; it was recorded for finance to return.
payments-expired = { $count ->
        [one] Expired 1 offline order past its payment window on { $day }.
       *[other] Expired { $count } offline orders past their payment window on { $day }.
    }
payments-emails = Emails: { $sent } sent, { $failed } failed (retried on the next run).
payments-reconciled = { $checked ->
        [one] Checked 1 payment in doubt
       *[other] Checked { $checked } payments in doubt
    } ({ $paid } paid, { $failed } failed, { $unknown } still unknown); { $waiting ->
        [one] 1 waits for its next check.
       *[other] { $waiting } wait for their next check.
    }
payments-reported = In doubt after { $checks } checks: order { $order } ({ $method }). Ask the processor's support about attempt { $attempt }.
payments-none = No payments match.

## plugin data and validity windows (issue 10)
problem-invalid-contribution = Plugin "{ $plugin }" registered the { $kind } "{ $id }" with an unusable { $field }: { $detail }. It is left out; fix the plugin's data (field types and allowed values: docs/plugins.md) or uninstall the plugin.
problem-not-positive = { $value } is not a positive amount
problem-min-above-max = the minimum { $low } is above the maximum { $high }
explain-invalid-plugin-data = The payment method "{ $method }" is left out because its plugin's data is unusable ({ $detail }).
explain-method-closed = { $method } does not exist on { $on } (it is valid { $window }; plugin data or methods.{ $method } in config/regions.yaml).
explain-method-suspended = { $method } is suspended in { $country } ({ $window }): { $note }.
rates-inverse-stored = { $base }→{ $quote } { $rate } contradicts the stored { $quote }→{ $base } { $inverse } of { $day }; correct the row, or give { $quote }→{ $base } for that day in the same file to replace it
