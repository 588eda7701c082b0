# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Payment in { $currency } is not possible at the moment: our latest exchange rate dates from { $date }. Please pay in the contract's currency or try again later.
