## 線上續約網頁結帳。金額與日期已預先格式化（babel），
## 因此訊息本身不會格式化數字。計數（$years、$count、$days）為數字。
## 中文沒有複數變化，因此不需要選擇器。

site-name = 線上續約
page-title = 續約您的支援合約
language-label = 語言
skip-to-content = 跳至主要內容

## 合約與報價
contract-heading = 合約{ $contract }
contract-number-label = 合約編號
customer-label = 客戶
coverage-ends = 您目前的支援服務將於{ $date }到期。
coverage-ended = 您的支援服務已於{ $date }到期。
renewal-period = 新的支援期間：{ $start }至{ $end }
quote-heading = 您的續約報價
quote-column-item = 項目
quote-column-amount = 金額
term-years = { $years }年
line-renewal = { -renewal }：{ $sku }，{ $level }，{ $term }，數量{ $quantity }
line-upgrade = 升級：{ $sku }至{ $level }，{ $term }，數量{ $quantity }
line-reinstatement-fee = { -reinstatement-fee }（支援服務已中斷）
line-fx-conversion = 由{ $from_amount }依匯率{ $rate }換算
line-fx-surcharge = { -fx-surcharge }（{ $percent }）
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }：{ $seller }
list-price-note = 價格為您所在地區價目表中的定價。

## 服務等級
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## 升級與貨幣
upgrade-heading = 升級您的支援服務
upgrade-level-label = 服務等級
upgrade-term-label = { -term }
upgrade-apply = 更新報價
currency-label = 付款貨幣
currency-other-note = 以其他貨幣付款需加收{ -fx-surcharge }。

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
payment-method-alipay = 支付寶
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = 銀行轉帳
payment-method-check = 支票或匯票
card-number-label = 卡號
card-expiry-label = 有效期限（月/年）
card-cvc-label = 安全碼
card-holder-label = 持卡人姓名
pay-button = 付款{ $amount }
method-button-offline = 取得付款說明
method-button-card = 繼續付款
method-button-redirect = 前往{ $method }
place-order-button = 提交訂單
secure-payment-note = 您的卡片資料會直接傳送給我們的付款安全服務供應商，我們絕不會儲存這些資料。

## 結果
confirmation-heading = 感謝您，您的合約已完成續約
confirmation-body = 訂單{ $order }已付款。您的新支援服務有效期至{ $end }。
declined-heading = 付款遭拒
declined-body = 您的發卡機構拒絕了這筆付款。我們並未向您收取任何款項。
declined-body-bank = 付款未完成。我們並未向您收取任何款項。
payment-cancelled-notice = 您已在{ $method }頁面上取消付款，未扣除任何款項。
change-payment-option = 變更付款方式
payment-error-heading = 無法連線至付款服務
payment-error-body = 我們並未向您收取任何款項。請於幾分鐘後再試一次。
offline-heading = 您的訂單已成立
offline-body = 我們收到訂單{ $order }的款項後，將立即為您續約。請於{ $due_date }前完成付款。
offline-instructions-wire_transfer = 請將{ $amount }匯至{ $beneficiary }，IBAN { $iban }，BIC { $bic }。請註明參考編號{ $reference }，以便我們核對您的款項。
offline-instructions-check = 請將金額為{ $amount }、受款人為{ $payee }的支票或匯票寄至{ $address }，並在上面註明參考編號{ $reference }。
offline-instructions-paypal = 請透過 PayPal 將{ $amount }付款至{ $account }，並在備註中填寫參考編號{ $reference }。
offline-instructions-paynearme = 請持付款代碼{ $reference }至任一 PayNearMe 合作門市以現金支付{ $amount }。

## 資格：合約無法線上續約的原因
reason-over-limit = 此合約總額超過{ $limit }，因此無法線上續約。請聯絡您的合作夥伴或我們的業務團隊。
reason-oem = 此合約是透過 OEM 合作夥伴銷售，請向該合作夥伴辦理續約。
reason-country-not-live = 您所在的國家/地區尚未提供線上續約服務，預計將於{ $date }開放。
reason-currency-retired = 此合約使用的貨幣（{ $currency }）已停止使用。請與我們聯絡以取得新報價。
reason-already-renewed-online = 此合約已完成續約。感謝您！
reason-already-renewed-partner = 此合約已透過合作夥伴完成續約，您無須再採取任何行動。
reason-contract-not-found = 找不到此合約。請檢查電子郵件中的連結。
reason-link-expired = 此續約連結已過期。請使用最近一封提醒電子郵件中的連結。

## 說明
help-heading = 需要協助嗎？
help-send-email = 傳送電子郵件
help-phone = 請撥打{ $phone }，然後依序選擇選項 3 和選項 1。
help-details = 請準備好您的合約編號、參考編號（如有）以及訂購時使用的電子郵件地址（如有）。
help-changed-quote = 需要其他報價嗎？請在您的帳戶入口網站中提交支援請求，或來電並依序選擇選項 3 和選項 2，由業務代表為您服務。
partner-note = 您也可以隨時透過您的授權合作夥伴辦理續約。

## the JSON API (/api): a request body it cannot read
api-field-unknown = 此要求沒有「{ $name }」欄位。請移除該欄位後重新傳送要求。
api-field-invalid = 「{ $name }」欄位缺少或其值類型不正確。請更正後重新傳送要求。
api-body-not-object = 要求本文必須是 JSON 物件，例如{ $example }。請更正後重新傳送要求。
