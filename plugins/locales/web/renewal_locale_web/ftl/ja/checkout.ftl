## Online Renewal web checkout (Japanese). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = オンライン更新
page-title = サポート契約の更新
language-label = 言語
skip-to-content = メインコンテンツへスキップ

## Contract and quote
contract-heading = 契約{ $contract }
contract-number-label = 契約番号
customer-label = お客様名
coverage-ends = 現在のサポート期間は{ $date }に終了します。
coverage-ended = サポート期間は{ $date }に終了しました。
renewal-period = 新しいサポート期間：{ $start }～{ $end }
quote-heading = 更新のお見積もり
quote-column-item = 品目
quote-column-amount = 金額
# Japanese has only the "other" plural category, so no selector is needed.
term-years = { $years }年
line-renewal = { -renewal }：{ $sku }、{ $level }、{ $term }、数量{ $quantity }
line-upgrade = アップグレード：{ $sku }（{ $level }へ）、{ $term }、数量{ $quantity }
line-reinstatement-fee = { -reinstatement-fee }（サポート期間失効のため）
line-fx-conversion = { $from_amount }から換算（為替レート：{ $rate }）
line-fx-surcharge = { -fx-surcharge }（{ $percent }）
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }：{ $seller }
list-price-note = 価格は、お客様の地域の価格表に基づく定価です。

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = サポートのアップグレード
upgrade-level-label = サービスレベル
upgrade-term-label = { -term }
upgrade-apply = 見積もりを更新
currency-label = 支払通貨
currency-other-note = 別の通貨でお支払いの場合は、{ -fx-surcharge }が加算されます。

## Payment
payment-heading = お支払い方法
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = 銀行振込
payment-method-check = 小切手または郵便為替
card-number-label = カード番号
card-expiry-label = 有効期限（月/年）
card-cvc-label = セキュリティコード
card-holder-label = カード名義人
pay-button = { $amount }をお支払い
method-button-offline = お支払い手順を表示する
method-button-card = お支払いへ進む
method-button-redirect = { $method }へ進む
place-order-button = 注文を確定する
secure-payment-note = カード情報は決済セキュリティ事業者に直接送信され、当社で保存されることはありません。

## Outcomes
confirmation-heading = ありがとうございます。契約が更新されました
confirmation-body = ご注文{ $order }のお支払いが完了しました。新しいサポート期間は{ $end }までです。
declined-heading = お支払いが承認されませんでした
declined-body = カード発行会社によりお支払いが承認されませんでした。料金は請求されていません。
declined-body-bank = お支払いは完了しませんでした。料金は請求されていません。
payment-cancelled-notice = { $method }のページでお支払いをキャンセルされました。代金は引き落とされていません。
change-payment-option = お支払い方法を変更
payment-error-heading = 決済サービスに接続できませんでした
payment-error-body = 料金は請求されていません。数分後にもう一度お試しください。
offline-heading = ご注文を承りました
offline-body = ご注文{ $order }のお支払いを確認しだい、契約を更新いたします。{ $due_date }までにお支払いください。
offline-instructions-wire_transfer = { $amount }を{ $beneficiary }（IBAN：{ $iban }、BIC：{ $bic }）宛てにお振り込みください。お支払いを照合できるよう、参照番号{ $reference }を必ずご記入ください。
offline-instructions-check = { $payee }を受取人とする{ $amount }の小切手または郵便為替を、{ $address }までお送りください。参照番号{ $reference }をご記入ください。
offline-instructions-paypal = PayPalで{ $account }宛てに{ $amount }をお送りください。メモ欄に参照番号{ $reference }をご記入ください。
offline-instructions-paynearme = PayNearMe取扱店舗で、支払いコード{ $reference }を提示して{ $amount }を現金でお支払いください。

## Eligibility: why a contract cannot renew online
reason-over-limit = この契約の合計金額は{ $limit }を超えているため、オンラインで更新できません。パートナーまたは当社の営業担当までお問い合わせください。
reason-oem = この契約はOEMパートナーを通じて販売されました。該当のパートナーを通じて更新してください。
reason-country-not-live = お客様の国では、オンライン更新はまだご利用いただけません。{ $date }に開始予定です。
reason-currency-retired = この契約の通貨（{ $currency }）は現在使用されていません。新しいお見積もりについては、当社までお問い合わせください。
reason-already-renewed-online = この契約はすでに更新されています。ありがとうございます。
reason-already-renewed-partner = この契約はパートナーを通じてすでに更新されています。これ以上の手続きは不要です。
reason-contract-not-found = この契約が見つかりませんでした。メールに記載されているリンクをご確認ください。
reason-link-expired = この更新リンクは有効期限が切れています。最新のリマインダーメールに記載されたリンクをご利用ください。

## Help
help-heading = お困りですか？
help-send-email = メールを送信
help-phone = { $phone }にお電話いただき、3番、続いて1番を選択してください。
help-details = 契約番号、参照番号（お持ちの場合）、ご注文時のメールアドレス（該当する場合）をお手元にご用意ください。
help-changed-quote = 別のお見積もりが必要ですか？アカウントポータルでサポートリクエストを作成するか、お電話で3番、続いて2番を選択して営業担当者にご相談ください。
partner-note = 認定パートナー経由でも、いつでも更新いただけます。

## the JSON API (/api): a request body it cannot read
api-field-unknown = このリクエストには「{ $name }」というフィールドはありません。削除してから、もう一度リクエストを送信してください。
api-field-invalid = フィールド「{ $name }」がないか、値の種類が正しくありません。修正してから、もう一度リクエストを送信してください。
api-body-not-object = リクエスト本文は JSON オブジェクトである必要があります（例：{ $example }）。修正して、もう一度リクエストを送信してください。
