## Verlängerungserinnerung: Übersicht, Link-Alternative und E-Mail mit neuem Link.

notice-label-contract = Vertragsnummer
notice-label-end-date = Enddatum
notice-label-days-left = Verbleibende Tage
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diese Adresse in Ihren Browser:
notice-fresh-subject = Ihr neuer persönlicher Link für Vertrag { $contract }
notice-fresh-intro = Hier ist Ihr neuer persönlicher Link, mit dem Sie Ihren Support- und Subscription-Vertrag { $contract } online verlängern können. Frühere Links sind nach der Verlängerung nicht mehr gültig.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
