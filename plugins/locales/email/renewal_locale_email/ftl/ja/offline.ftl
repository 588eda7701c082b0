## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = { $amount }を{ $bank }の{ $beneficiary }（ABAルーティング番号：{ $routing }、口座番号：{ $account }）宛てにお振り込みください。お支払いを照合できるよう、参照番号 { $reference } を必ずご記入ください。
offline-instructions-paypal-link = PayPalで{ $account }宛てに{ $amount }をお支払いください。参照番号{ $reference }は入力済みです。メモ欄から削除しないでください。
offline-instructions-paypal-link-label = PayPalで支払う
offline-email-subject = 契約 { $contract } のお支払い方法のご案内
offline-email-intro = ご注文 { $order } をいただき、ありがとうございます。お支払いを確認し次第、契約 { $contract } を更新いたします。お支払い方法は次のとおりです。
offline-email-due = { $date }までにお支払いください。それまでは、下のリンクからこのご案内を再度ご覧いただけます。
offline-email-label-reference = お支払い参照番号
offline-email-label-amount = お支払い金額
offline-email-label-due = お支払い期限
offline-email-link = ご注文を開く
offline-expired-subject = 契約 { $contract } のご注文 { $order } は期限切れとなりました
offline-expired-body = { $date }までにご注文 { $order } のお支払いを全額確認できなかったため、ご注文は期限切れとなりました。
offline-expired-unchanged = 契約 { $contract } に変更はありません。このご注文に対してすでにお支払いいただいた金額は返金いたします。
offline-expired-again = 個人用リンクから、いつでも新しいご注文をお申し込みいただけます

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = お支払い期限：{ $date }
offline-email-replaces = このご案内は、このご注文について以前お送りしたご案内に代わるものです。
offline-email-label-received = これまでの入金額
offline-email-label-remaining = 未払い残額
offline-withdrawn-subject = 契約 { $contract } の以前のお支払い方法のご案内は無効になりました
offline-withdrawn-body = ご注文 { $order } で別のお支払い方法を選択されたため、参照番号 { $reference } についてお送りしたお支払いのご案内は無効になりました。この参照番号での送金はお控えください。
offline-withdrawn-already = すでに送金された場合でも失われることはありません。ご注文に充当するか、別の方法でお支払いいただいた場合は返金いたします。
offline-underpaid-subject = 契約 { $contract } のお支払いの一部を受領しました
offline-underpaid-body = ご注文 { $order } について { $received } を受領しました。未払い残額：{ $remaining }
offline-underpaid-rest = 残額を { $date } までに、同じ参照番号 { $reference } でお支払いください。全額を受領しだい、契約 { $contract } を更新いたします。
