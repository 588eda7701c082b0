## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = { $bank }의 수취인 { $beneficiary }(ABA 라우팅 번호 { $routing }, 계좌 번호 { $account }) 계좌로 { $amount } 송금해 주세요. 입금 내역을 확인할 수 있도록 참조 번호({ $reference })를 반드시 기재해 주세요.
offline-instructions-paypal-link = PayPal을 통해 { $account } 계정으로 { $amount } 결제해 주세요. 참조 번호({ $reference })는 이미 입력되어 있으니 메모란에 그대로 두세요.
offline-instructions-paypal-link-label = PayPal로 결제하기
offline-email-subject = 계약 { $contract } 결제 안내
offline-email-intro = 주문 { $order }에 감사드립니다. 결제가 확인되는 대로 계약 { $contract }이(가) 갱신됩니다. 결제 방법은 다음과 같습니다.
offline-email-due = { $date }까지 결제해 주세요. 그때까지 아래 링크에서 이 안내를 다시 보실 수 있습니다.
offline-email-label-reference = 결제 참조 번호
offline-email-label-amount = 결제 금액
offline-email-label-due = 결제 기한
offline-email-link = 주문 열기
offline-expired-subject = 계약 { $contract }의 주문 { $order }이(가) 만료되었습니다
offline-expired-body = { $date }까지 주문 { $order }의 결제 금액 전액이 확인되지 않아 주문이 만료되었습니다.
offline-expired-unchanged = 계약 { $contract }은(는) 변경되지 않았습니다. 이 주문에 대해 이미 송금하신 금액은 환불해 드립니다.
offline-expired-again = 개인 링크를 통해 언제든지 새로 주문하실 수 있습니다

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = 결제 기한: { $date }
offline-email-replaces = 이 안내는 이 주문에 대해 이전에 보내 드린 안내를 대체합니다.
offline-email-label-received = 지금까지 받은 금액
offline-email-label-remaining = 남은 금액
offline-withdrawn-subject = 계약 { $contract }의 이전 결제 안내는 더 이상 유효하지 않습니다
offline-withdrawn-body = 주문 { $order }에 다른 결제 방법을 선택하셨으므로, 참조 번호 { $reference }에 대해 보내 드린 결제 안내는 더 이상 유효하지 않습니다. 이 참조 번호로 송금하지 마세요.
offline-withdrawn-already = 이미 송금하셨더라도 돈은 사라지지 않습니다. 주문에 적용되거나, 주문이 다른 방법으로 결제되면 환불해 드립니다.
offline-underpaid-subject = 계약 { $contract }의 결제 금액 중 일부가 입금되었습니다
offline-underpaid-body = 주문 { $order }에 대해 { $received }을(를) 받았습니다. 남은 금액: { $remaining }
offline-underpaid-rest = 나머지 금액을 { $date }까지 같은 참조 번호 { $reference }로 보내 주세요. 전액이 입금되는 즉시 계약 { $contract }이(가) 갱신됩니다.
