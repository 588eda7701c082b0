## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Základní

-service-level-production = Produkční

-term = { $form ->
   *[label] Doba trvání
    [inline] doba trvání
}

-list-price = { $form ->
   *[label] Ceníková cena
    [inline] ceníková cena
}

-reinstatement-fee = { $form ->
   *[label] Poplatek za reaktivaci
    [inline] poplatek za reaktivaci
}

-fx-surcharge = { $form ->
   *[label] Příplatek za převod měny
    [inline] příplatek za převod měny
}

-subtotal = { $form ->
   *[label] Mezisoučet
    [inline] mezisoučet
}

-total = { $form ->
   *[label] Celkem
    [inline] celkem
}

-seller = { $form ->
   *[label] Prodávající
    [inline] prodávající
}

-quote = { $form ->
   *[label] Nabídka
    [inline] nabídka
}

-renewal = { $form ->
   *[label] Obnovení
    [inline] obnovení
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
