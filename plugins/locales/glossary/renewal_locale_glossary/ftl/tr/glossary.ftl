## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Temel

-service-level-production = Canlı ortam

-term = { $form ->
   *[label] Süre
    [inline] süre
}

-list-price = { $form ->
   *[label] Liste fiyatı
    [inline] liste fiyatı
}

-reinstatement-fee = { $form ->
   *[label] Yeniden etkinleştirme ücreti
    [inline] yeniden etkinleştirme ücreti
}

-fx-surcharge = { $form ->
   *[label] Döviz dönüştürme ek ücreti
    [inline] döviz dönüştürme ek ücreti
}

-subtotal = { $form ->
   *[label] Ara toplam
    [inline] ara toplam
}

-total = { $form ->
   *[label] Toplam
    [inline] toplam
}

-seller = { $form ->
   *[label] Satıcı
    [inline] satıcı
}

-quote = { $form ->
   *[label] Teklif
    [inline] teklif
}

-renewal = { $form ->
   *[label] Yenileme
    [inline] yenileme
}

-partner = { $form ->
   *[label] İş ortağı
    [inline] i̇ş ortağı
}
