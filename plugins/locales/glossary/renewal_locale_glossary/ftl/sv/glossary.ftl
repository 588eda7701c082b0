## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Bas

-service-level-production = Produktion

-term = { $form ->
   *[label] Löptid
    [inline] löptid
}

-list-price = { $form ->
   *[label] Listpris
    [inline] listpris
}

-reinstatement-fee = { $form ->
   *[label] Återaktiveringsavgift
    [inline] återaktiveringsavgift
}

-fx-surcharge = { $form ->
   *[label] Tillägg för valutaomräkning
    [inline] tillägg för valutaomräkning
}

-subtotal = { $form ->
   *[label] Delsumma
    [inline] delsumma
}

-total = { $form ->
   *[label] Totalt
    [inline] totalt
}

-seller = { $form ->
   *[label] Säljare
    [inline] säljare
}

-quote = { $form ->
   *[label] Offert
    [inline] offert
}

-renewal = { $form ->
   *[label] Förnyelse
    [inline] förnyelse
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
