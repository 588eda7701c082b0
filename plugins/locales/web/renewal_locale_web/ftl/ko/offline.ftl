## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = { $bank }의 수취인 { $beneficiary }(ABA 라우팅 번호 { $routing }, 계좌 번호 { $account }) 계좌로 { $amount } 송금해 주세요. 입금 내역을 확인할 수 있도록 참조 번호({ $reference })를 반드시 기재해 주세요.
offline-instructions-paypal-link = PayPal을 통해 { $account } 계정으로 { $amount } 결제해 주세요. 참조 번호({ $reference })는 이미 입력되어 있으니 메모란에 그대로 두세요.
offline-instructions-paypal-link-label = PayPal로 결제하기

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = 이 주문에 대해 { $received }을(를) 받았습니다. 남은 금액: { $remaining }. 나머지는 같은 참조 번호로 보내 주세요.
payment-not-completed-notice = 마지막 결제가 완료되지 않았으며 결제된 금액은 없습니다. 결제 방법을 다시 선택해 주세요.
