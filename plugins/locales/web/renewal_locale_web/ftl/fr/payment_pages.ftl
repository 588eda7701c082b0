## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Mode test : aucun argent réel n’est débité.
payment-error-summary = Un problème est survenu
card-form-heading = Coordonnées de la carte
card-continue-button = Continuer
card-error-number = Veuillez saisir un numéro de carte valide.
card-error-brand = Ce numéro ne correspond pas au type de carte choisi. Vérifiez le numéro ou changez de moyen de paiement.
card-error-expiry = Veuillez saisir la date d’expiration (mois et année), par exemple 08/29.
card-error-expired = Cette carte a expiré. Veuillez utiliser une autre carte.
card-error-cvc = Veuillez saisir le cryptogramme de la carte (3 chiffres, ou 4 pour American Express).
card-error-holder = Veuillez saisir le nom tel qu’il figure sur la carte.
payment-attempt-closed-heading = Cette page de paiement n’est plus ouverte
payment-attempt-closed-body = Le paiement a été effectué ou un autre moyen de paiement a été choisi. Revenez au paiement pour voir l’état de votre commande.
payment-attempt-unknown-body = Cette page de paiement n’existe pas. Veuillez rouvrir le lien de votre e-mail de rappel de renouvellement.
payment-back-to-checkout = Revenir au paiement
bank-page-heading = { $method } : confirmez votre paiement
bank-page-body = Payer { $amount } à { $seller } ?
bank-approve-button = Approuver le paiement
bank-cancel-button = Annuler et revenir
card-too-many-tries = Trop de numéros de carte ont été essayés sur cette page. Pour votre sécurité, elle est fermée : revenez au paiement et choisissez à nouveau le moyen de paiement.
