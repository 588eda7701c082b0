## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Basis

-service-level-production = Produksjon

-term = { $form ->
   *[label] Varighet
    [inline] varighet
}

-list-price = { $form ->
   *[label] Listepris
    [inline] listepris
}

-reinstatement-fee = { $form ->
   *[label] Gjenaktiveringsgebyr
    [inline] gjenaktiveringsgebyr
}

-fx-surcharge = { $form ->
   *[label] Tillegg for valutaomregning
    [inline] tillegg for valutaomregning
}

-subtotal = { $form ->
   *[label] Delsum
    [inline] delsum
}

-total = { $form ->
   *[label] Totalt
    [inline] totalt
}

-seller = { $form ->
   *[label] Selger
    [inline] selger
}

-quote = { $form ->
   *[label] Tilbud
    [inline] tilbud
}

-renewal = { $form ->
   *[label] Fornyelse
    [inline] fornyelse
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
