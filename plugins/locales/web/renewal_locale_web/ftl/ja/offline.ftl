## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = { $amount }を{ $bank }の{ $beneficiary }（ABAルーティング番号：{ $routing }、口座番号：{ $account }）宛てにお振り込みください。お支払いを照合できるよう、参照番号 { $reference } を必ずご記入ください。
offline-instructions-paypal-link = PayPalで{ $account }宛てに{ $amount }をお支払いください：{ $link } 参照番号 { $reference } は入力済みです。メモ欄から削除しないでください。
