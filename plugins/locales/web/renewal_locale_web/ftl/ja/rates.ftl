# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = 現在、{ $currency }でのお支払いはできません。当社の最新の為替レートが{ $date }のものであるためです。契約通貨でお支払いいただくか、後ほど再度お試しください。
