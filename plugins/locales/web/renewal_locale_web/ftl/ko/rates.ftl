# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = 현재 { $currency }(으)로는 결제하실 수 없습니다. 당사의 최신 환율이 { $date } 기준이기 때문입니다. 계약 통화로 결제하시거나 나중에 다시 시도해 주세요.
