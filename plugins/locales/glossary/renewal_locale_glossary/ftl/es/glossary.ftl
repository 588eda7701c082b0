## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Básico

-service-level-production = Producción

-term = { $form ->
   *[label] Duración
    [inline] duración
}

-list-price = { $form ->
   *[label] Precio de tarifa
    [inline] precio de tarifa
}

-reinstatement-fee = { $form ->
   *[label] Cargo por reactivación
    [inline] cargo por reactivación
}

-fx-surcharge = { $form ->
   *[label] Recargo por conversión de divisa
    [inline] recargo por conversión de divisa
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
   *[label] Presupuesto
    [inline] presupuesto
}

-renewal = { $form ->
   *[label] Renovación
    [inline] renovación
}

-partner = { $form ->
   *[label] Socio
    [inline] socio
}
