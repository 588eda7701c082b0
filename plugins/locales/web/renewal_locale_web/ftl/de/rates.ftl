# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Eine Zahlung in { $currency } ist derzeit nicht möglich: Unser neuester Wechselkurs stammt vom { $date }. Bitte zahlen Sie in der Vertragswährung oder versuchen Sie es später erneut.
