## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = 基礎版

-service-level-production = 正式環境版

-term = 期限

-list-price = 定價

-reinstatement-fee = 恢復服務費

-fx-surcharge = 貨幣兌換附加費

-subtotal = 小計

-total = 總計

-seller = 銷售方

-quote = 報價單

-renewal = 續約

-partner = 合作夥伴
