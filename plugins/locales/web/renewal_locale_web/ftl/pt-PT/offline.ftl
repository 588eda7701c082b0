## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfira { $amount } para { $beneficiary } no { $bank }, número de encaminhamento ABA { $routing }, número de conta { $account }. Indique a referência { $reference } para podermos identificar o seu pagamento.
offline-instructions-paypal-link = Pague { $amount } através do PayPal para { $account }: { $link } A referência { $reference } já está preenchida; mantenha-a na nota.
