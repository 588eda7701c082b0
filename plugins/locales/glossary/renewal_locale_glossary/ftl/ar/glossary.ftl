## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = أساسي

-service-level-production = التشغيل الفعلي

-term = المدة

-list-price = سعر القائمة

-reinstatement-fee = رسوم إعادة التفعيل

-fx-surcharge = رسوم إضافية لتحويل العملة

-subtotal = المجموع الفرعي

-total = الإجمالي

-seller = البائع

-quote = عرض السعر

-renewal = التجديد

-partner = الشريك
