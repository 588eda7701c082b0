## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Basic

-service-level-production = Production

-term = { $form ->
   *[label] Term
    [inline] term
}

-list-price = { $form ->
   *[label] List price
    [inline] list price
}

-reinstatement-fee = { $form ->
   *[label] Reinstatement fee
    [inline] reinstatement fee
}

-fx-surcharge = { $form ->
   *[label] Currency conversion surcharge
    [inline] currency conversion surcharge
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
   *[label] Seller
    [inline] seller
}

-quote = { $form ->
   *[label] Quote
    [inline] quote
}

-renewal = { $form ->
   *[label] Renewal
    [inline] renewal
}

-partner = { $form ->
   *[label] Partner
    [inline] partner
}
