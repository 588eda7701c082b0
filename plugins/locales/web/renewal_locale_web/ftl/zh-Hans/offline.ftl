## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = 请将{ $amount }转账至{ $bank }的{ $beneficiary }，ABA 路由号{ $routing }，账号{ $account }。请注明参考编号{ $reference }，以便我们核对您的付款。
offline-instructions-paypal-link = 请通过 PayPal 向{ $account }支付{ $amount }。参考编号{ $reference }已预先填写，请保留在备注中。
offline-instructions-paypal-link-label = 使用 PayPal 付款

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = 我们已收到此订单的{ $received }。尚欠金额：{ $remaining }。请使用相同的参考编号支付余款。
payment-not-completed-notice = 您上次的付款未完成，未扣取任何款项。请重新选择付款方式。
