## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Effectuez un virement de { $amount } au profit de { $beneficiary } auprès de { $bank }, numéro de routage ABA { $routing }, numéro de compte { $account }. Indiquez la référence { $reference } afin que nous puissions identifier votre paiement.
offline-instructions-paypal-link = Payez { $amount } via PayPal à { $account } : { $link } La référence { $reference } est déjà renseignée ; conservez-la dans le message.
