## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Básico

-service-level-production = Produção

-term = { $form ->
   *[label] Prazo
    [inline] prazo
}

-list-price = { $form ->
   *[label] Preço de tabela
    [inline] preço de tabela
}

-reinstatement-fee = { $form ->
   *[label] Taxa de reativação
    [inline] taxa de reativação
}

-fx-surcharge = { $form ->
   *[label] Sobretaxa de conversão de moeda
    [inline] sobretaxa de conversão de moeda
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
   *[label] Cotação
    [inline] cotação
}

-renewal = { $form ->
   *[label] Renovação
    [inline] renovação
}

-partner = { $form ->
   *[label] Parceiro
    [inline] parceiro
}
