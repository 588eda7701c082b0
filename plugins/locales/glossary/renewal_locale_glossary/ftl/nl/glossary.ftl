## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Basis

-service-level-production = Productie

-term = { $form ->
   *[label] Looptijd
    [inline] looptijd
}

-list-price = { $form ->
   *[label] Catalogusprijs
    [inline] catalogusprijs
}

-reinstatement-fee = { $form ->
   *[label] Heractiveringskosten
    [inline] heractiveringskosten
}

-fx-surcharge = { $form ->
   *[label] Toeslag voor valutaconversie
    [inline] toeslag voor valutaconversie
}

-subtotal = { $form ->
   *[label] Subtotaal
    [inline] subtotaal
}

-total = { $form ->
   *[label] Totaal
    [inline] totaal
}

-seller = { $form ->
   *[label] Verkoper
    [inline] verkoper
}

-quote = { $form ->
   *[label] Offerte
    [inline] offerte
}

-renewal = { $form ->
   *[label] Verlenging
    [inline] verlenging
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
