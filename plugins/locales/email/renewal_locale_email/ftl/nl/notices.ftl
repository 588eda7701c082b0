## Verlengingsherinnering: overzicht, alternatieve link en e-mail met nieuwe link.

notice-label-contract = Contractnummer
notice-label-end-date = Einddatum
notice-label-days-left = Resterende dagen
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = Werkt de knop niet? Kopieer dan dit adres naar uw browser:
notice-fresh-subject = Uw nieuwe persoonlijke link voor contract { $contract }
notice-fresh-intro = Hierbij ontvangt u een nieuwe persoonlijke link waarmee u uw support- en abonnementscontract { $contract } online kunt verlengen. Eerdere links werken niet meer zodra het contract is verlengd.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
