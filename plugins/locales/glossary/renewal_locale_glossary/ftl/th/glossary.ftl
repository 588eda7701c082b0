## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = พื้นฐาน

-service-level-production = ระบบใช้งานจริง

-term = ระยะเวลา

-list-price = ราคาตามรายการ

-reinstatement-fee = ค่าธรรมเนียมการคืนสถานะ

-fx-surcharge = ค่าธรรมเนียมเพิ่มเติมในการแปลงสกุลเงิน

-subtotal = ยอดรวมย่อย

-total = ยอดรวม

-seller = ผู้ขาย

-quote = ใบเสนอราคา

-renewal = การต่ออายุ

-partner = พาร์ทเนอร์
