# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = 目前无法以{ $currency }付款：我们最新的汇率日期为{ $date }。请以合同货币付款，或稍后再试。
