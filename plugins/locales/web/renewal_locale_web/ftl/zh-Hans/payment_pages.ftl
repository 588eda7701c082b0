## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = 测试模式：不会转移真实资金。
payment-error-summary = 出现问题
card-form-heading = 银行卡信息
card-continue-button = 继续
card-error-number = 请输入有效的卡号。
card-error-brand = 此卡号与所选卡类型不符。请检查卡号或更改付款方式。
card-error-expiry = 请按月/年输入有效期，例如 08/29。
card-error-expired = 此卡已过期。请使用其他卡。
card-error-cvc = 请输入卡的安全码（3 位数字，American Express 为 4 位）。
card-error-holder = 请按卡面所示输入持卡人姓名。
payment-attempt-closed-heading = 此付款页面已关闭
payment-attempt-closed-body = 付款已完成，或已选择其他付款方式。请返回结账页面查看您的订单状态。
payment-attempt-unknown-body = 此付款页面不存在。请重新打开续订提醒邮件中的链接。
payment-back-to-checkout = 返回结账页面
bank-page-heading = { $method }：确认付款
bank-page-body = 向{ $seller }支付{ $amount }？
bank-approve-button = 批准付款
bank-cancel-button = 取消并返回
card-too-many-tries = 此页面尝试的卡号过多。为保障您的安全，该页面已关闭：请返回结账页面并重新选择付款方式。
