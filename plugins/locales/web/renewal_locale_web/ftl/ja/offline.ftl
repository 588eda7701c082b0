## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = { $amount }を{ $bank }の{ $beneficiary }（ABAルーティング番号：{ $routing }、口座番号：{ $account }）宛てにお振り込みください。お支払いを照合できるよう、参照番号{ $reference }を必ずご記入ください。
offline-instructions-paypal-link = PayPalで{ $account }宛てに{ $amount }をお支払いください。参照番号{ $reference }は入力済みです。メモ欄から削除しないでください。
offline-instructions-paypal-link-label = PayPalで支払う

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = このご注文について{ $received }を受領しました。未払い残額：{ $remaining }。残額は同じ参照番号でお支払いください。
payment-not-completed-notice = 前回のお支払いは完了しておらず、代金は請求されていません。もう一度お支払い方法を選択してください。
