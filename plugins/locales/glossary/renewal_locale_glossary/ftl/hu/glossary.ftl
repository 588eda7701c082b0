## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Alap

-service-level-production = Éles üzemi

-term = { $form ->
   *[label] Időtartam
    [inline] időtartam
}

-list-price = { $form ->
   *[label] Listaár
    [inline] listaár
}

-reinstatement-fee = { $form ->
   *[label] Újraaktiválási díj
    [inline] újraaktiválási díj
}

-fx-surcharge = { $form ->
   *[label] Pénznem-átváltási felár
    [inline] pénznem-átváltási felár
}

-subtotal = { $form ->
   *[label] Részösszeg
    [inline] részösszeg
}

-total = { $form ->
   *[label] Végösszeg
    [inline] végösszeg
}

-seller = { $form ->
   *[label] Eladó
    [inline] eladó
}

-quote = { $form ->
   *[label] Árajánlat
    [inline] árajánlat
}

-renewal = { $form ->
   *[label] Megújítás
    [inline] megújítás
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
