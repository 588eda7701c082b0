## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Votre contrat de support { $contract } expire aujourd’hui
    [1] Votre contrat de support { $contract } expire demain
    [one] Votre contrat de support { $contract } expire dans { $days } jour
    [many] Votre contrat de support { $contract } expire dans { $days } de jours
   *[other] Votre contrat de support { $contract } expire dans { $days } jours
}
email-subject-expired = Votre contrat de support { $contract } a expiré
email-greeting = Bonjour { $name },
email-greeting-generic = Bonjour,
email-intro = { $when ->
    [today] Votre contrat de support et d’abonnement { $contract } prend fin aujourd’hui, le { $date }. Vous pouvez le renouveler en ligne en quelques minutes.
    [tomorrow] Votre contrat de support et d’abonnement { $contract } prend fin demain, le { $date }. Vous pouvez le renouveler en ligne en quelques minutes.
   *[later] Votre contrat de support et d’abonnement { $contract } prend fin le { $date }. Vous pouvez le renouveler en ligne en quelques minutes.
}
email-intro-expired = Votre contrat de support et d’abonnement { $contract } a pris fin le { $date }. Vous pouvez encore le renouveler en ligne, moyennant des { -reinstatement-fee(form: "inline") }.
email-total = Montant total du renouvellement : { $amount }
email-cta = Renouveler en ligne
email-link-note = Ce lien est propre à votre contrat et reste valable jusqu’au { $date }. Merci de ne pas le transférer.
email-quote-attached = Vous trouverez votre devis en pièce jointe, au format PDF.
email-partner-note = Vous pouvez également renouveler votre contrat auprès de votre partenaire agréé. Si c’est déjà fait, merci de ne pas tenir compte de cet e-mail.
email-help = Des questions ? Appelez le { $phone }, choisissez l’option 3 puis l’option 1, et indiquez votre numéro de contrat.
email-signoff = Cordialement,
email-team = L’équipe Renouvellements
email-seller = { -seller } : { $seller }

## PDF quote
quote-title = Devis de renouvellement
quote-contract = Contrat : { $contract }
quote-date = Date du devis : { $date }
quote-valid-until = Valable jusqu’au { $date }
quote-customer = Client : { $customer }
quote-column-item = Désignation
quote-column-amount = Montant
quote-term-years = { $years ->
    [one] { $years } an
    [many] { $years } d’années
   *[other] { $years } ans
}
quote-line-renewal = { -renewal } : { $sku }, { $level }, { $term }, quantité { $quantity }
quote-line-upgrade = Mise à niveau : { $sku } vers { $level }, { $term }, quantité { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (interruption de couverture)
quote-line-fx-conversion = Converti depuis { $from_amount } au taux de { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Prix catalogue selon votre liste de prix régionale. Des taxes peuvent s’appliquer.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
