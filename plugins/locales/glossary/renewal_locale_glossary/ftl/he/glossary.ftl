## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = בסיסי

-service-level-production = סביבה מבצעית

-term = תקופה

-list-price = מחיר מחירון

-reinstatement-fee = דמי הפעלה מחדש

-fx-surcharge = תוספת המרת מטבע

-subtotal = סכום ביניים

-total = סה״כ

-seller = מוכר

-quote = הצעת מחיר

-renewal = חידוש

-partner = שותף
