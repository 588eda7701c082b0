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
   *[label] Cenikovna cena
    [inline] cenikovna cena
}

-reinstatement-fee = { $form ->
   *[label] Pristojbina za ponovno vzpostavitev
    [inline] pristojbina za ponovno vzpostavitev
}

-fx-surcharge = { $form ->
   *[label] Doplačilo za pretvorbo valute
    [inline] doplačilo za pretvorbo valute
}

-subtotal = { $form ->
   *[label] Vmesni seštevek
    [inline] vmesni seštevek
}

-total = { $form ->
   *[label] Skupaj
    [inline] skupaj
}

-seller = { $form ->
   *[label] Prodajalec
    [inline] prodajalec
}

-quote = { $form ->
   *[label] Ponudba
    [inline] ponudba
}

-renewal = { $form ->
   *[label] Podaljšanje
    [inline] podaljšanje
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
