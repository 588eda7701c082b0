## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = 請將{ $amount }匯至{ $bank }的{ $beneficiary }，ABA 路由號碼{ $routing }，帳號{ $account }。請註明參考編號{ $reference }，以便我們核對您的款項。
offline-instructions-paypal-link = 請透過 PayPal 向{ $account }付款{ $amount }。參考編號{ $reference }已預先填寫，請保留在備註中。
offline-instructions-paypal-link-label = 使用 PayPal 付款

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = 我們已收到此訂單的{ $received }。尚欠金額：{ $remaining }。請使用相同的參考編號支付餘款。
payment-not-completed-notice = 您上次的付款未完成，未扣取任何款項。請重新選擇付款方式。
