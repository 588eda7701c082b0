## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Basis

-service-level-production = Produktion

-term = Laufzeit

-list-price = Listenpreis

-reinstatement-fee = Reaktivierungsgebühr

-fx-surcharge = Zuschlag für Währungsumrechnung

-subtotal = Zwischensumme

-total = Gesamtbetrag

-seller = Verkäufer

-quote = Angebot

-renewal = Verlängerung

-partner = Partner
