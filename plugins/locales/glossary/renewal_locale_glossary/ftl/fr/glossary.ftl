## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Basique

-service-level-production = Production

-term = { $form ->
   *[label] Durée
    [inline] durée
}

-list-price = { $form ->
   *[label] Prix catalogue
    [inline] prix catalogue
}

-reinstatement-fee = { $form ->
   *[label] Frais de réactivation
    [inline] frais de réactivation
}

-fx-surcharge = { $form ->
   *[label] Majoration pour conversion de devise
    [inline] majoration pour conversion de devise
}

-subtotal = { $form ->
   *[label] Sous-total
    [inline] sous-total
}

-total = { $form ->
   *[label] Total
    [inline] total
}

-seller = { $form ->
   *[label] Vendeur
    [inline] vendeur
}

-quote = { $form ->
   *[label] Devis
    [inline] devis
}

-renewal = { $form ->
   *[label] Renouvellement
    [inline] renouvellement
}

-partner = { $form ->
   *[label] Partenaire
    [inline] partenaire
}
