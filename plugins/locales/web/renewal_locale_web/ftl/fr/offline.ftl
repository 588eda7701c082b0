## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Effectuez un virement de { $amount } au profit de { $beneficiary } auprès de { $bank }, numéro de routage ABA { $routing }, numéro de compte { $account }. Indiquez la référence { $reference } afin que nous puissions identifier votre paiement.
offline-instructions-paypal-link = Payez { $amount } via PayPal à { $account }. La référence { $reference } est déjà renseignée ; conservez-la dans le message.
offline-instructions-paypal-link-label = Payer avec PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Nous avons reçu { $received } pour cette commande. Reste dû : { $remaining }. Veuillez envoyer le solde avec la même référence.
payment-not-completed-notice = Votre dernier paiement n’a pas abouti et aucun montant n’a été prélevé. Veuillez choisir à nouveau un moyen de paiement.
