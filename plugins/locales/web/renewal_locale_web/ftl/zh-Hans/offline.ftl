## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = 请将 { $amount } 转账至 { $bank } 的 { $beneficiary }，ABA 路由号 { $routing }，账号 { $account }。请注明参考编号 { $reference }，以便我们核对您的付款。
offline-instructions-paypal-link = 请通过 PayPal 向 { $account } 支付 { $amount }：{ $link } 参考编号 { $reference } 已预先填写，请保留在备注中。
