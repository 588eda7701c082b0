## Rappel de renouvellement : récapitulatif, lien de secours et e-mail de nouveau lien.

notice-label-contract = Numéro de contrat
notice-label-end-date = Date de fin
notice-label-days-left = Jours restants
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = Si le bouton ne fonctionne pas, veuillez copier cette adresse dans votre navigateur :
notice-fresh-subject = Votre nouveau lien personnel pour le contrat { $contract }
notice-fresh-intro = Voici un nouveau lien personnel pour renouveler en ligne votre contrat de support et d’abonnement { $contract }. Les liens précédents cessent de fonctionner une fois le contrat renouvelé.
notice-fact = { $label } : { $value }
notice-link-lead = { $cta } :
