## 更新のご案内：概要、リンクの代替手段、新しいリンクのお知らせ。

notice-label-contract = 契約番号
notice-label-end-date = 終了日
notice-label-days-left = 残り日数
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = ボタンが機能しない場合は、次のアドレスをブラウザーに貼り付けてください：
notice-fresh-subject = 契約 { $contract } の新しい専用リンク
notice-fresh-intro = サポートおよびサブスクリプション契約 { $contract } をオンラインで更新するための新しい専用リンクをお送りします。契約の更新後は、以前のリンクはご利用いただけません。
notice-fact = { $label }：{ $value }
notice-link-lead = { $cta }：
