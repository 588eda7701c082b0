## 在线续订网页结账。金额和日期已预先格式化（babel），
## 因此消息本身不会格式化数字。计数（$years、$count、$days）为数字。
## 中文没有复数变化，因此不需要选择器。

site-name = 在线续订
page-title = 续订您的支持合同
language-label = 语言
skip-to-content = 跳转到主要内容

## 合同和报价
contract-heading = 合同{ $contract }
contract-number-label = 合同编号
customer-label = 客户
coverage-ends = 您当前的支持服务将于{ $date }到期。
coverage-ended = 您的支持服务已于{ $date }到期。
renewal-period = 新的支持期限：{ $start }至{ $end }
quote-heading = 您的续订报价
quote-column-item = 项目
quote-column-amount = 金额
term-years = { $years }年
line-renewal = { -renewal }：{ $sku }，{ $level }，{ $term }，数量{ $quantity }
line-upgrade = 升级：{ $sku }至{ $level }，{ $term }，数量{ $quantity }
line-reinstatement-fee = { -reinstatement-fee }（支持服务已中断）
line-fx-conversion = 由{ $from_amount }按汇率{ $rate }换算
line-fx-surcharge = { -fx-surcharge }（{ $percent }）
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }：{ $seller }
list-price-note = 价格为您所在地区价目表中的标价。

## 服务级别
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## 升级和货币
upgrade-heading = 升级您的支持服务
upgrade-level-label = 服务级别
upgrade-term-label = { -term }
upgrade-apply = 更新报价
currency-label = 付款货币
currency-other-note = 使用其他货币付款需加收{ -fx-surcharge }。

## 付款
payment-heading = 付款方式
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = 支付宝
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = 银行转账
payment-method-check = 支票或汇票
card-number-label = 卡号
card-expiry-label = 有效期（MM/YY）
card-cvc-label = 安全码
card-holder-label = 持卡人姓名
pay-button = 支付{ $amount }
method-button-offline = 获取付款说明
method-button-card = 继续付款
method-button-redirect = 前往{ $method }
place-order-button = 提交订单
secure-payment-note = 您的银行卡信息将直接发送给我们的支付安全服务提供商，我们绝不会存储这些信息。

## 结果
confirmation-heading = 感谢您，您的合同已续订
confirmation-body = 订单{ $order }已付款。您的新支持服务有效期至{ $end }。
declined-heading = 付款被拒绝
declined-body = 您的发卡机构拒绝了这笔付款。我们未向您收取任何费用。
declined-body-bank = 付款未完成。我们未向您收取任何费用。
payment-cancelled-notice = 您已在{ $method }页面上取消付款，未扣除任何款项。
change-payment-option = 更改付款方式
payment-error-heading = 无法连接到支付服务
payment-error-body = 我们未向您收取任何费用。请过几分钟再试。
offline-heading = 您的订单已提交
offline-body = 我们收到订单{ $order }的付款后，将立即为您续订合同。请在{ $due_date }之前完成付款。
offline-instructions-wire_transfer = 请将{ $amount }转账至{ $beneficiary }，IBAN { $iban }，BIC { $bic }。请注明参考编号{ $reference }，以便我们核对您的付款。
offline-instructions-check = 请将金额为{ $amount }、收款人为{ $payee }的支票或汇票寄至{ $address }，并在上面注明参考编号{ $reference }。
offline-instructions-paypal = 请通过 PayPal 将{ $amount }支付至{ $account }，并在备注中填写参考编号{ $reference }。
offline-instructions-paynearme = 请凭付款代码{ $reference }在任意 PayNearMe 合作网点以现金支付{ $amount }。

## 资格：合同无法在线续订的原因
reason-over-limit = 此合同总额超过{ $limit }，因此无法在线续订。请联系您的合作伙伴或我们的销售团队。
reason-oem = 此合同是通过 OEM 合作伙伴销售的，请通过该合作伙伴续订。
reason-country-not-live = 您所在的国家/地区尚未开通在线续订服务，预计将于{ $date }开通。
reason-currency-retired = 此合同使用的货币（{ $currency }）已停止使用。请联系我们获取新的报价。
reason-already-renewed-online = 此合同已续订。感谢您！
reason-already-renewed-partner = 此合同已通过合作伙伴续订，您无需再执行任何操作。
reason-contract-not-found = 找不到此合同。请检查电子邮件中的链接。
reason-link-expired = 此续订链接已过期。请使用最近一封提醒邮件中的链接。

## 帮助
help-heading = 需要帮助？
help-send-email = 发送电子邮件
help-phone = 请拨打{ $phone }，然后依次选择选项 3 和选项 1。
help-details = 请准备好您的合同编号、参考编号（如有）以及下单时使用的电子邮件地址（如有）。
help-changed-quote = 需要其他报价？请在您的账户门户中提交支持请求，或致电并依次选择选项 3 和选项 2，由销售代表为您服务。
partner-note = 您也可以随时通过您的授权合作伙伴进行续订。

## the JSON API (/api): a request body it cannot read
api-field-unknown = 此请求没有“{ $name }”字段。请删除该字段后重新发送请求。
api-field-invalid = “{ $name }”字段缺失或其值类型不正确。请更正后重新发送请求。
api-body-not-object = 请求正文必须是 JSON 对象，例如{ $example }。请更正后重新发送请求。
