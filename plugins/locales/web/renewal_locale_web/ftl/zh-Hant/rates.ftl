# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = 目前無法以{ $currency }付款：我們最新的匯率日期為{ $date }。請以合約貨幣付款，或稍後再試。
