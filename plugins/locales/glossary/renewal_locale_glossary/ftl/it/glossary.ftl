## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Base

-service-level-production = Produzione

-term = { $form ->
   *[label] Durata
    [inline] durata
}

-list-price = { $form ->
   *[label] Prezzo di listino
    [inline] prezzo di listino
}

-reinstatement-fee = { $form ->
   *[label] Commissione di riattivazione
    [inline] commissione di riattivazione
}

-fx-surcharge = { $form ->
   *[label] Maggiorazione per conversione valutaria
    [inline] maggiorazione per conversione valutaria
}

-subtotal = { $form ->
   *[label] Subtotale
    [inline] subtotale
}

-total = { $form ->
   *[label] Totale
    [inline] totale
}

-seller = { $form ->
   *[label] Venditore
    [inline] venditore
}

-quote = { $form ->
   *[label] Preventivo
    [inline] preventivo
}

-renewal = { $form ->
   *[label] Rinnovo
    [inline] rinnovo
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
