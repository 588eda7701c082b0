## Glossary: the payment and contract terms, shared by the web and email channels.
## One word per concept; every message naming a concept uses the term, never its own
## spelling (tests/test_glossary.py). The value is the label form, as at the start of a
## line; { -term(form: "inline") } gives the form used inside a sentence.

-service-level-basic = Βασικό

-service-level-production = Παραγωγικό περιβάλλον

-term = { $form ->
   *[label] Διάρκεια
    [inline] διάρκεια
}

-list-price = { $form ->
   *[label] Τιμή καταλόγου
    [inline] τιμή καταλόγου
}

-reinstatement-fee = { $form ->
   *[label] Τέλος επανενεργοποίησης
    [inline] τέλος επανενεργοποίησης
}

-fx-surcharge = { $form ->
   *[label] Επιβάρυνση μετατροπής νομίσματος
    [inline] επιβάρυνση μετατροπής νομίσματος
}

-subtotal = { $form ->
   *[label] Μερικό σύνολο
    [inline] μερικό σύνολο
}

-total = { $form ->
   *[label] Σύνολο
    [inline] σύνολο
}

-seller = { $form ->
   *[label] Πωλητής
    [inline] πωλητής
}

-quote = { $form ->
   *[label] Προσφορά
    [inline] προσφορά
}

-renewal = { $form ->
   *[label] Ανανέωση
    [inline] ανανέωση
}

-partner = { $form ->
   *[label] Συνεργάτης
    [inline] συνεργάτης
}
