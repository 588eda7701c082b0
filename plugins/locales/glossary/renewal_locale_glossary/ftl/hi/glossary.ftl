## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = बेसिक

-service-level-production = प्रोडक्शन

-term = अवधि

-list-price = सूची मूल्य

-reinstatement-fee = पुनः सक्रियण शुल्क

-fx-surcharge = मुद्रा रूपांतरण अधिभार

-subtotal = उप-योग

-total = कुल

-seller = विक्रेता

-quote = कोटेशन

-renewal = नवीनीकरण

-partner = पार्टनर
