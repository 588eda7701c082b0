## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Básico

-service-level-production = Producción

-term = { $form ->
   *[label] Plazo
    [inline] plazo
}

-list-price = { $form ->
   *[label] Precio de lista
    [inline] precio de lista
}

-reinstatement-fee = { $form ->
   *[label] Cargo por reactivación
    [inline] cargo por reactivación
}

-fx-surcharge = { $form ->
   *[label] Recargo por conversión de moneda
    [inline] recargo por conversión de moneda
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
   *[label] Vendedor
    [inline] vendedor
}

-quote = { $form ->
   *[label] Cotización
    [inline] cotización
}

-renewal = { $form ->
   *[label] Renovación
    [inline] renovación
}

-partner = { $form ->
   *[label] Distribuidor
    [inline] distribuidor
}
