## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Podstawowy

-service-level-production = Produkcyjny

-term = { $form ->
   *[label] Okres
    [inline] okres
}

-list-price = { $form ->
   *[label] Cena katalogowa
    [inline] cena katalogowa
}

-reinstatement-fee = { $form ->
   *[label] Opłata za przywrócenie
    [inline] opłata za przywrócenie
}

-fx-surcharge = { $form ->
   *[label] Dopłata za przewalutowanie
    [inline] dopłata za przewalutowanie
}

-subtotal = { $form ->
   *[label] Suma częściowa
    [inline] suma częściowa
}

-total = { $form ->
   *[label] Razem
    [inline] razem
}

-seller = { $form ->
   *[label] Sprzedawca
    [inline] sprzedawca
}

-quote = { $form ->
   *[label] Oferta
    [inline] oferta
}

-renewal = { $form ->
   *[label] Odnowienie
    [inline] odnowienie
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
