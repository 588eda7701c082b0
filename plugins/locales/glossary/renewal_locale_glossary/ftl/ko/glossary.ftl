## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = 베이직

-service-level-production = 운영 환경

-term = 계약 기간

-list-price = 정가

-reinstatement-fee = 재개 수수료

-fx-surcharge = 통화 환산 추가 요금

-subtotal = 소계

-total = 합계

-seller = 판매자

-quote = 견적서

-renewal = 갱신

-partner = 파트너
