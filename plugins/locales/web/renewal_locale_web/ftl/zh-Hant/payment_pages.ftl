## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = 測試模式：不會移動真實款項。
payment-error-summary = 發生問題
card-form-heading = 信用卡資料
card-continue-button = 繼續
card-error-number = 請輸入有效的卡號。
card-error-brand = 此卡號與所選卡別不符。請檢查卡號或變更付款方式。
card-error-expiry = 請以月/年輸入有效期限，例如 08/29。
card-error-expired = 此卡已過期。請使用其他卡片。
card-error-cvc = 請輸入卡片安全碼（3 位數字，American Express 為 4 位）。
card-error-holder = 請依卡面所示輸入持卡人姓名。
payment-attempt-closed-heading = 此付款頁面已關閉
payment-attempt-closed-body = 付款已完成，或已選擇其他付款方式。請返回結帳頁面查看您的訂單狀態。
payment-attempt-unknown-body = 此付款頁面不存在。請重新開啟續約提醒電子郵件中的連結。
payment-back-to-checkout = 返回結帳頁面
bank-page-heading = { $method }：確認付款
bank-page-body = 向{ $seller }支付{ $amount }？
bank-approve-button = 核准付款
bank-cancel-button = 取消並返回
card-too-many-tries = 此頁面嘗試的卡號過多。為保障您的安全，此頁面已關閉：請返回結帳頁面並重新選擇付款方式。
