## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = 请将 { $amount } 转账至 { $bank } 的 { $beneficiary }，ABA 路由号 { $routing }，账号 { $account }。请注明参考编号 { $reference }，以便我们核对您的付款。
offline-instructions-paypal-link = 请通过 PayPal 向 { $account } 支付 { $amount }：{ $link } 参考编号 { $reference } 已预先填写，请保留在备注中。
offline-email-subject = 合同 { $contract } 的付款说明
offline-email-intro = 感谢您的订单 { $order }。我们收到您的付款后将立即续订合同 { $contract }。付款方式如下：
offline-email-due = 请在 { $date } 之前付款。在此之前，您可以通过下方链接再次查看本说明。
offline-email-label-reference = 付款参考编号
offline-email-label-amount = 应付金额
offline-email-label-due = 付款截止日期
offline-email-link = 打开您的订单
offline-expired-subject = 合同 { $contract } 的订单 { $order } 已过期
offline-expired-body = 我们未在 { $date } 之前收到订单 { $order } 的全部款项，因此该订单已过期。
offline-expired-unchanged = 合同 { $contract } 保持不变。如果您已为此订单汇款，我们将退还给您。
offline-expired-again = 您可以随时通过个人链接重新下单
