## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = テストモード：実際のお金は動きません。
payment-error-summary = 入力内容に問題があります
card-form-heading = カード情報
card-continue-button = 次へ
card-error-number = 有効なカード番号を入力してください。
card-error-brand = この番号は選択されたカードの種類と一致しません。番号をご確認いただくか、お支払い方法を変更してください。
card-error-expiry = 有効期限を月/年で入力してください（例：08/29）。
card-error-expired = このカードは有効期限が切れています。別のカードをご利用ください。
card-error-cvc = カードのセキュリティコードを入力してください（3桁、American Express は4桁）。
card-error-holder = カードに記載されているとおりに名義を入力してください。
payment-attempt-closed-heading = この支払いページは終了しています
payment-attempt-closed-body = お支払いが完了したか、別のお支払い方法が選択されました。ご注文の状況はお手続きのページでご確認ください。
payment-attempt-unknown-body = この支払いページは存在しません。更新のご案内メールのリンクをもう一度開いてください。
payment-back-to-checkout = お手続きのページに戻る
bank-page-heading = { $method }：お支払いの確認
bank-page-body = { $seller }に{ $amount }を支払いますか？
bank-approve-button = 支払いを承認する
bank-cancel-button = キャンセルして戻る
card-too-many-tries = このページで試行されたカード番号が多すぎます。安全のためページを閉じました。お手続きのページに戻り、お支払い方法をもう一度お選びください。
