## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Basis

-service-level-production = Produktion

-term = { $form ->
   *[label] Løbetid
    [inline] løbetid
}

-list-price = { $form ->
   *[label] Listepris
    [inline] listepris
}

-reinstatement-fee = { $form ->
   *[label] Genaktiveringsgebyr
    [inline] genaktiveringsgebyr
}

-fx-surcharge = { $form ->
   *[label] Tillæg for valutaomregning
    [inline] tillæg for valutaomregning
}

-subtotal = { $form ->
   *[label] Subtotal
    [inline] subtotal
}

-total = { $form ->
   *[label] I alt
    [inline] i alt
}

-seller = { $form ->
   *[label] Sælger
    [inline] sælger
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
