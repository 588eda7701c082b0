## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Základná

-service-level-production = Produkčná

-term = { $form ->
   *[label] Obdobie
    [inline] obdobie
}

-list-price = { $form ->
   *[label] Cenníková cena
    [inline] cenníková cena
}

-reinstatement-fee = { $form ->
   *[label] Poplatok za obnovenie platnosti
    [inline] poplatok za obnovenie platnosti
}

-fx-surcharge = { $form ->
   *[label] Príplatok za prepočet meny
    [inline] príplatok za prepočet meny
}

-subtotal = { $form ->
   *[label] Medzisúčet
    [inline] medzisúčet
}

-total = { $form ->
   *[label] Celkom
    [inline] celkom
}

-seller = { $form ->
   *[label] Predávajúci
    [inline] predávajúci
}

-quote = { $form ->
   *[label] Cenová ponuka
    [inline] cenová ponuka
}

-renewal = { $form ->
   *[label] Obnovenie
    [inline] obnovenie
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
