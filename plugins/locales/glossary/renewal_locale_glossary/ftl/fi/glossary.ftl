## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Perus

-service-level-production = Tuotanto

-term = { $form ->
   *[label] Kesto
    [inline] kesto
}

-list-price = { $form ->
   *[label] Listahinta
    [inline] listahinta
}

-reinstatement-fee = { $form ->
   *[label] Uudelleenaktivointimaksu
    [inline] uudelleenaktivointimaksu
}

-fx-surcharge = { $form ->
   *[label] Valuuttamuunnoslisä
    [inline] valuuttamuunnoslisä
}

-subtotal = { $form ->
   *[label] Välisumma
    [inline] välisumma
}

-total = { $form ->
   *[label] Yhteensä
    [inline] yhteensä
}

-seller = { $form ->
   *[label] Myyjä
    [inline] myyjä
}

-quote = { $form ->
   *[label] Tarjous
    [inline] tarjous
}

-renewal = { $form ->
   *[label] Uusiminen
    [inline] uusiminen
}

-partner = { $form ->
   *[label] Kumppani
    [inline] kumppani
}
