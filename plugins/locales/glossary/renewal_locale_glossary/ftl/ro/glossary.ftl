## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = De bază

-service-level-production = Producție

-term = { $form ->
   *[label] Durată
    [inline] durată
}

-list-price = { $form ->
   *[label] Preț de listă
    [inline] preț de listă
}

-reinstatement-fee = { $form ->
   *[label] Taxă de reactivare
    [inline] taxă de reactivare
}

-fx-surcharge = { $form ->
   *[label] Suprataxă de conversie valutară
    [inline] suprataxă de conversie valutară
}

-subtotal = { $form ->
   *[label] Subtotal
    [inline] subtotal
}

-total = { $form ->
   *[label] Total
    [inline] total
}

-seller = { $form ->
   *[label] Vânzător
    [inline] vânzător
}

-quote = { $form ->
   *[label] Ofertă
    [inline] ofertă
}

-renewal = { $form ->
   *[label] Reînnoire
    [inline] reînnoire
}

-partner = { $form ->
   *[label] Partener
    [inline] partener
}
