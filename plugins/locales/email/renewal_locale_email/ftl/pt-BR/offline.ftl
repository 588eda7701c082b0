## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Transfira { $amount } para { $beneficiary } no { $bank }, número de roteamento ABA { $routing }, número da conta { $account }. Informe a referência { $reference } para que possamos identificar seu pagamento.
offline-instructions-paypal-link = Pague { $amount } pelo PayPal para { $account }. A referência { $reference } já está preenchida; mantenha-a na observação.
offline-instructions-paypal-link-label = Pagar com PayPal
offline-email-subject = Instruções de pagamento do contrato { $contract }
offline-email-intro = Obrigado pelo seu pedido { $order }. O contrato { $contract } será renovado assim que seu pagamento for recebido. Veja como pagar:
offline-email-due = Pague até { $date }. Até lá, o link abaixo abre estas instruções novamente.
offline-email-label-reference = Referência de pagamento
offline-email-label-amount = Valor devido
offline-email-label-due = Pagar até
offline-email-link = Abrir seu pedido
offline-expired-subject = O pedido { $order } do contrato { $contract } expirou
offline-expired-body = Não recebemos o pagamento integral do pedido { $order } até { $date }; por isso, o pedido expirou.
offline-expired-unchanged = O contrato { $contract } não foi alterado. Se você já enviou dinheiro para este pedido, ele será devolvido.
offline-expired-again = Você pode fazer um novo pedido a qualquer momento com seu link pessoal

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = Pagar até { $date }
offline-email-replaces = Estas instruções substituem as que enviamos antes para este pedido.
offline-email-label-received = Recebido até agora
offline-email-label-remaining = Saldo devedor
offline-withdrawn-subject = As instruções de pagamento anteriores do contrato { $contract } não valem mais
offline-withdrawn-body = Você escolheu outra forma de pagamento para o pedido { $order }; por isso, as instruções de pagamento que enviamos para a referência { $reference } não valem mais. Não envie dinheiro com essa referência.
offline-withdrawn-already = Se você já enviou, o dinheiro não se perde: ele será aplicado ao seu pedido ou devolvido a você se o pedido for pago de outra forma.
offline-underpaid-subject = Parte do seu pagamento do contrato { $contract } chegou
offline-underpaid-body = Recebemos { $received } para o pedido { $order }. Saldo devedor: { $remaining }.
offline-underpaid-rest = Envie o restante até { $date } com a mesma referência { $reference }. O contrato { $contract } será renovado assim que o valor total chegar.
