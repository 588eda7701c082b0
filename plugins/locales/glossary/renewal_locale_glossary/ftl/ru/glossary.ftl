## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Базовый

-service-level-production = Для продуктивной среды

-term = { $form ->
   *[label] Срок
    [inline] срок
}

-list-price = { $form ->
   *[label] Цена по прайс-листу
    [inline] цена по прайс-листу
}

-reinstatement-fee = { $form ->
   *[label] Плата за восстановление
    [inline] плата за восстановление
}

-fx-surcharge = { $form ->
   *[label] Надбавка за конвертацию валюты
    [inline] надбавка за конвертацию валюты
}

-subtotal = { $form ->
   *[label] Промежуточный итог
    [inline] промежуточный итог
}

-total = { $form ->
   *[label] Итого
    [inline] итого
}

-seller = { $form ->
   *[label] Продавец
    [inline] продавец
}

-quote = { $form ->
   *[label] Коммерческое предложение
    [inline] коммерческое предложение
}

-renewal = { $form ->
   *[label] Продление
    [inline] продление
}

-partner = { $form ->
   *[label] Партнёр
    [inline] партнёр
}
