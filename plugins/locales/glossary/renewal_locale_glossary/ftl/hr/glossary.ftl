## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Osnovna

-service-level-production = Produkcijska

-term = { $form ->
   *[label] Trajanje
    [inline] trajanje
}

-list-price = { $form ->
   *[label] Cijena iz cjenika
    [inline] cijena iz cjenika
}

-reinstatement-fee = { $form ->
   *[label] Naknada za ponovnu aktivaciju
    [inline] naknada za ponovnu aktivaciju
}

-fx-surcharge = { $form ->
   *[label] Naknada za konverziju valute
    [inline] naknada za konverziju valute
}

-subtotal = { $form ->
   *[label] Međuzbroj
    [inline] međuzbroj
}

-total = { $form ->
   *[label] Ukupno
    [inline] ukupno
}

-seller = { $form ->
   *[label] Prodavatelj
    [inline] prodavatelj
}

-quote = { $form ->
   *[label] Ponuda
    [inline] ponuda
}

-renewal = { $form ->
   *[label] Obnova
    [inline] obnova
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
