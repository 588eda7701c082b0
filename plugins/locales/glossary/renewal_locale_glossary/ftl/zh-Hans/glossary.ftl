## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = 基础版

-service-level-production = 生产环境版

-term = 期限

-list-price = 标价

-reinstatement-fee = 恢复服务费

-fx-surcharge = 货币兑换附加费

-subtotal = 小计

-total = 总计

-seller = 销售方

-quote = 报价单

-renewal = 续订

-partner = 合作伙伴
