## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Effectuez un virement de { $amount } au profit de { $beneficiary } auprès de { $bank }, numéro de routage ABA { $routing }, numéro de compte { $account }. Indiquez la référence { $reference } afin que nous puissions identifier votre paiement.
offline-instructions-paypal-link = Payez { $amount } via PayPal à { $account }. La référence { $reference } est déjà renseignée ; conservez-la dans le message.
offline-instructions-paypal-link-label = Payer avec PayPal
offline-email-subject = Instructions de paiement pour le contrat { $contract }
offline-email-intro = Merci pour votre commande { $order }. Le contrat { $contract } sera renouvelé dès réception de votre paiement. Voici comment payer :
offline-email-due = Veuillez payer au plus tard le { $date }. D’ici là, le lien ci-dessous rouvre ces instructions.
offline-email-label-reference = Référence de paiement
offline-email-label-amount = Montant dû
offline-email-label-due = À payer avant le
offline-email-link = Ouvrir votre commande
offline-expired-subject = La commande { $order } du contrat { $contract } a expiré
offline-expired-body = Nous n’avons pas reçu le paiement complet de la commande { $order } au plus tard le { $date } ; la commande a donc expiré.
offline-expired-unchanged = Le contrat { $contract } reste inchangé. Si vous avez déjà envoyé de l’argent pour cette commande, nous vous le rembourserons.
offline-expired-again = Vous pouvez passer une nouvelle commande à tout moment avec votre lien personnel

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = À payer avant le { $date }
offline-email-replaces = Ces instructions remplacent celles que nous vous avons envoyées auparavant pour cette commande.
offline-email-label-received = Reçu à ce jour
offline-email-label-remaining = Reste dû
offline-withdrawn-subject = Les instructions de paiement précédentes du contrat { $contract } ne sont plus valables
offline-withdrawn-body = Vous avez choisi un autre moyen de paiement pour la commande { $order } : les instructions de paiement envoyées pour la référence { $reference } ne sont donc plus valables. Veuillez ne pas envoyer d’argent avec cette référence.
offline-withdrawn-already = Si vous l’avez déjà envoyé, il n’est pas perdu : il sera imputé à votre commande, ou vous sera remboursé si la commande est payée autrement.
offline-underpaid-subject = Une partie de votre paiement pour le contrat { $contract } est arrivée
offline-underpaid-body = Nous avons reçu { $received } pour la commande { $order }. Reste dû : { $remaining }.
offline-underpaid-rest = Veuillez envoyer le solde au plus tard le { $date } avec la même référence { $reference }. Le contrat { $contract } sera renouvelé dès réception du montant total.
