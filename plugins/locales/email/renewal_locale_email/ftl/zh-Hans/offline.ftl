## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = 请将 { $amount } 转账至 { $bank } 的 { $beneficiary }，ABA 路由号 { $routing }，账号 { $account }。请注明参考编号 { $reference }，以便我们核对您的付款。
offline-instructions-paypal-link = 请通过 PayPal 向 { $account } 支付 { $amount }。参考编号 { $reference } 已预先填写，请保留在备注中。
offline-instructions-paypal-link-label = 使用 PayPal 付款
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

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = 付款截止日期：{ $date }
offline-email-replaces = 本说明取代我们此前就此订单发送给您的说明。
offline-email-label-received = 目前已收到
offline-email-label-remaining = 尚欠金额
offline-withdrawn-subject = 合同 { $contract } 之前的付款说明已不再适用
offline-withdrawn-body = 您已为订单 { $order } 选择了其他付款方式，因此我们就参考编号 { $reference } 发送的付款说明已不再适用。请勿再使用该参考编号汇款。
offline-withdrawn-already = 如果您已经汇款，款项不会丢失：我们会将其用于您的订单；如果订单已通过其他方式付款，我们会将其退还给您。
offline-underpaid-subject = 合同 { $contract } 的部分付款已到账
offline-underpaid-body = 我们已收到订单 { $order } 的 { $received }。尚欠金额：{ $remaining }。
offline-underpaid-rest = 请在 { $date } 之前使用相同的参考编号 { $reference } 支付余款。全额到账后，合同 { $contract } 将立即续订。
