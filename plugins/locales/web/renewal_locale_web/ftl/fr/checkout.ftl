## Online Renewal web checkout (French). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Renouvellement en ligne
page-title = Renouvelez votre contrat de support
language-label = Langue
skip-to-content = Aller au contenu principal

## Contract and quote
contract-heading = Contrat { $contract }
contract-number-label = Numéro de contrat
customer-label = Client
coverage-ends = Votre couverture actuelle prend fin le { $date }.
coverage-ended = Votre couverture a pris fin le { $date }.
renewal-period = Nouvelle couverture : du { $start } au { $end }
quote-heading = Votre devis de renouvellement
quote-column-item = Désignation
quote-column-amount = Montant
term-years = { $years ->
    [one] { $years } an
    [many] { $years } d’années
   *[other] { $years } ans
}
line-renewal = { -renewal } : { $sku }, { $level }, { $term }, quantité { $quantity }
line-upgrade = Mise à niveau : { $sku } vers { $level }, { $term }, quantité { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (couverture expirée)
line-fx-conversion = Converti à partir de { $from_amount } au taux de { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller } : { $seller }
list-price-note = Les prix indiqués sont les prix catalogue de votre liste de prix régionale.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Améliorez votre couverture
upgrade-level-label = Niveau de service
upgrade-term-label = { -term }
upgrade-apply = Mettre à jour le devis
currency-label = Devise de paiement
currency-other-note = Le paiement dans une autre devise entraîne une { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Mode de paiement
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = Virement bancaire
payment-method-check = Chèque ou mandat
card-number-label = Numéro de carte
card-expiry-label = Date d'expiration (MM/AA)
card-cvc-label = Code de sécurité
card-holder-label = Nom du titulaire de la carte
pay-button = Payer { $amount }
method-button-offline = Obtenir les instructions de paiement
method-button-card = Continuer vers le paiement
method-button-redirect = Continuer vers { $method }
place-order-button = Passer la commande
secure-payment-note = Vos données de carte sont transmises directement à notre prestataire de sécurité des paiements et ne sont jamais conservées par nos soins.

## Outcomes
confirmation-heading = Merci, votre contrat est renouvelé
confirmation-body = La commande { $order } est payée. Votre nouvelle couverture est valable jusqu'au { $end }.
declined-heading = Paiement refusé
declined-body = L'émetteur de votre carte a refusé le paiement. Aucun montant n'a été débité.
declined-body-bank = Le paiement n'a pas abouti. Aucun montant n'a été débité.
payment-cancelled-notice = Vous avez annulé le paiement sur la page { $method }. Aucun montant n’a été débité.
change-payment-option = Changer de mode de paiement
payment-error-heading = Nous n'avons pas pu joindre le service de paiement
payment-error-body = Aucun montant n'a été débité. Veuillez réessayer dans quelques minutes.
offline-heading = Votre commande est enregistrée
offline-body = Votre contrat sera renouvelé dès réception de votre paiement pour la commande { $order }. Veuillez effectuer le paiement au plus tard le { $due_date }.
offline-instructions-wire_transfer = Effectuez un virement de { $amount } au profit de { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indiquez la référence { $reference } afin que nous puissions identifier votre paiement.
offline-instructions-check = Envoyez un chèque ou un mandat de { $amount }, libellé à l'ordre de { $payee }, à l'adresse suivante : { $address }. Inscrivez-y la référence { $reference }.
offline-instructions-paypal = Envoyez { $amount } via PayPal à { $account }. Indiquez la référence { $reference } dans le message.
offline-instructions-paynearme = Payez { $amount } en espèces dans n'importe quel point de vente PayNearMe avec le code de paiement { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Le montant total de ce contrat dépasse { $limit } ; il ne peut donc pas être renouvelé en ligne. Veuillez contacter votre partenaire ou notre équipe commerciale.
reason-oem = Ce contrat a été vendu par l'intermédiaire d'un partenaire OEM. Veuillez le renouveler auprès de ce partenaire.
reason-country-not-live = Le renouvellement en ligne n'est pas encore disponible dans votre pays. Il le sera à partir du { $date }.
reason-currency-retired = La devise du contrat, { $currency }, n'est plus utilisée. Veuillez nous contacter pour obtenir un nouveau devis.
reason-already-renewed-online = Ce contrat est déjà renouvelé. Merci !
reason-already-renewed-partner = Ce contrat a déjà été renouvelé par l'intermédiaire d'un partenaire. Aucune autre action n'est nécessaire.
reason-contract-not-found = Nous n'avons pas trouvé ce contrat. Veuillez vérifier le lien figurant dans votre e-mail.
reason-link-expired = Ce lien de renouvellement a expiré. Veuillez utiliser le lien de votre e-mail de rappel le plus récent.

## Help
help-heading = Besoin d'aide ?
help-send-email = Envoyer un e-mail
help-phone = Appelez le { $phone }, puis choisissez l'option 3, puis l'option 1.
help-details = Veuillez vous munir de votre numéro de contrat, du numéro de référence (le cas échéant) et de l'adresse e-mail utilisée pour la commande (le cas échéant).
help-changed-quote = Besoin d'un autre devis ? Ouvrez une demande d'assistance dans votre portail client, ou appelez-nous et choisissez l'option 3, puis l'option 2 pour joindre un commercial.
partner-note = Vous pouvez aussi renouveler à tout moment auprès de votre partenaire agréé.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Cette requête n’a pas de champ « { $name } ». Supprimez-le et envoyez à nouveau la requête.
api-field-invalid = Le champ « { $name } » est absent ou sa valeur n’est pas du bon type. Corrigez-le et envoyez à nouveau la requête.
api-body-not-object = Le corps de la requête doit être un objet JSON, par exemple { $example }. Corrigez-le et envoyez à nouveau la requête.
