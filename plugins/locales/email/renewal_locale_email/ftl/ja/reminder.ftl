## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.
## Japanese has no plural forms, so $days and $years need no selector.

email-subject = { $days ->
    [0] サポート契約 { $contract } の有効期限は本日です
    [1] サポート契約 { $contract } の有効期限は明日です
   *[other] サポート契約 { $contract } の有効期限まであと{ $days }日です
}
email-subject-expired = サポート契約 { $contract } の有効期限が切れました
email-greeting = { $name } 様
email-greeting-generic = お客様
email-intro = { $when ->
    [today] お客様のサポートおよびサブスクリプション契約 { $contract } は本日（{ $date }）終了します。更新手続きはオンラインで数分で完了します。
    [tomorrow] お客様のサポートおよびサブスクリプション契約 { $contract } は明日（{ $date }）終了します。更新手続きはオンラインで数分で完了します。
   *[later] お客様のサポートおよびサブスクリプション契約 { $contract } は { $date } に終了します。更新手続きはオンラインで数分で完了します。
}
email-intro-expired = お客様のサポートおよびサブスクリプション契約 { $contract } は { $date } に終了しました。現在もオンラインで更新いただけますが、{ -reinstatement-fee }が発生します。
email-total = 更新合計金額：{ $amount }
email-cta = オンラインで更新する
email-link-note = このリンクはお客様の契約専用で、{ $date } まで有効です。第三者への転送はご遠慮ください。
email-quote-attached = 見積書を PDF ファイルにて添付しております。
email-partner-note = 認定パートナーを通じて更新いただくことも可能です。すでにお手続き済みの場合は、本メールは破棄してください。
email-help = ご不明な点がございましたら、{ $phone } までお電話いただき、オプション 3、続いてオプション 1 を選択のうえ、契約番号をお伝えください。
email-signoff = 今後ともよろしくお願いいたします。
email-team = 契約更新チーム
email-seller = { -seller }：{ $seller }

## PDF quote
quote-title = 更新見積書
quote-contract = 契約番号：{ $contract }
quote-date = 見積日：{ $date }
quote-valid-until = 有効期限：{ $date }
quote-customer = お客様名：{ $customer }
quote-column-item = 品目
quote-column-amount = 金額
quote-term-years = { $years }年
quote-line-renewal = { -renewal }：{ $sku }、{ $level }、{ $term }、数量 { $quantity }
quote-line-upgrade = アップグレード：{ $sku }（{ $level } へ）、{ $term }、数量 { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee }（サポート期間の失効による）
quote-line-fx-conversion = { $from_amount } から換算（為替レート：{ $rate }）
quote-line-fx-surcharge = { -fx-surcharge }（{ $percent }）
quote-total = { -total }
quote-list-price-note = 価格は地域別価格表に基づく定価です。別途税金がかかる場合があります。
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
