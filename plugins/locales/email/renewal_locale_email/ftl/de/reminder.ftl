## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Ihr Supportvertrag { $contract } läuft heute ab
    [1] Ihr Supportvertrag { $contract } läuft morgen ab
    [one] Ihr Supportvertrag { $contract } läuft in { $days } Tag ab
   *[other] Ihr Supportvertrag { $contract } läuft in { $days } Tagen ab
}
email-subject-expired = Ihr Supportvertrag { $contract } ist abgelaufen
email-greeting = Guten Tag { $name },
email-greeting-generic = Guten Tag,
email-intro = { $when ->
    [today] Ihr Support- und Subscription-Vertrag { $contract } endet heute, am { $date }. Sie können ihn in wenigen Minuten online verlängern.
    [tomorrow] Ihr Support- und Subscription-Vertrag { $contract } endet morgen, am { $date }. Sie können ihn in wenigen Minuten online verlängern.
   *[later] Ihr Support- und Subscription-Vertrag { $contract } endet am { $date }. Sie können ihn in wenigen Minuten online verlängern.
}
email-intro-expired = Ihr Support- und Subscription-Vertrag { $contract } ist am { $date } abgelaufen. Sie können ihn weiterhin online verlängern; dafür fällt eine { -reinstatement-fee } an.
email-total = Gesamtbetrag der Verlängerung: { $amount }
email-cta = Jetzt online verlängern
email-link-note = Dieser Link gilt ausschließlich für Ihren Vertrag und ist bis zum { $date } gültig. Bitte leiten Sie ihn nicht weiter.
email-quote-attached = Ihr Angebot finden Sie als PDF im Anhang.
email-partner-note = Sie können Ihren Vertrag auch über Ihren autorisierten Partner verlängern. Sollten Sie dies bereits getan haben, betrachten Sie diese E-Mail bitte als gegenstandslos.
email-help = Haben Sie Fragen? Rufen Sie uns unter { $phone } an, wählen Sie Option 3 und anschließend Option 1 und nennen Sie Ihre Vertragsnummer.
email-signoff = Mit freundlichen Grüßen
email-team = Ihr Team für Vertragsverlängerungen
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Angebot zur Vertragsverlängerung
quote-contract = Vertrag: { $contract }
quote-date = Angebotsdatum: { $date }
quote-valid-until = Gültig bis: { $date }
quote-customer = Kunde: { $customer }
quote-column-item = Position
quote-column-amount = Betrag
quote-term-years = { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahre
}
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, Menge { $quantity }
quote-line-upgrade = Upgrade: { $sku } auf { $level }, { $term }, Menge { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (Supportlaufzeit unterbrochen)
quote-line-fx-conversion = Umgerechnet aus { $from_amount } zum Kurs von { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Listenpreise gemäß Ihrer regionalen Preisliste. Gegebenenfalls zuzüglich Steuern.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
