## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = ベーシック

-service-level-production = 本番環境

-term = 契約期間

-list-price = 定価

-reinstatement-fee = 再開手数料

-fx-surcharge = 通貨換算手数料

-subtotal = 小計

-total = 合計

-seller = 販売元

-quote = 見積書

-renewal = 更新

-partner = パートナー
