## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfira { $amount } para { $beneficiary } no { $bank }, número de roteamento ABA { $routing }, número da conta { $account }. Informe a referência { $reference } para que possamos identificar seu pagamento.
offline-instructions-paypal-link = Pague { $amount } pelo PayPal para { $account }. A referência { $reference } já está preenchida; mantenha-a na observação.
offline-instructions-paypal-link-label = Pagar com PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Recebemos { $received } para este pedido. Saldo devedor: { $remaining }. Envie o restante com a mesma referência.
payment-not-completed-notice = Seu último pagamento não foi concluído e nenhum valor foi cobrado. Escolha novamente uma forma de pagamento.
