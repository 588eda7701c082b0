## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfira { $amount } para { $beneficiary } no { $bank }, número de roteamento ABA { $routing }, número da conta { $account }. Informe a referência { $reference } para que possamos identificar seu pagamento.
offline-instructions-paypal-link = Pague { $amount } pelo PayPal para { $account }: { $link } A referência { $reference } já está preenchida; mantenha-a na observação.
