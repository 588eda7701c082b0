## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfira { $amount } para { $beneficiary } no { $bank }, número de encaminhamento ABA { $routing }, número de conta { $account }. Indique a referência { $reference } para podermos identificar o seu pagamento.
offline-instructions-paypal-link = Pague { $amount } através do PayPal para { $account }. A referência { $reference } já está preenchida; mantenha-a na nota.
offline-instructions-paypal-link-label = Pagar com PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Recebemos { $received } para esta encomenda. Valor em falta: { $remaining }. Envie o restante com a mesma referência.
payment-not-completed-notice = O seu último pagamento não foi concluído e não foi cobrado qualquer valor. Escolha novamente um método de pagamento.
