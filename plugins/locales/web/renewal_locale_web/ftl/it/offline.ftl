## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Effettui un bonifico di { $amount } a favore di { $beneficiary } presso { $bank }, numero di routing ABA { $routing }, numero di conto { $account }. Indichi il riferimento { $reference } nella causale, così potremo abbinare il pagamento.
offline-instructions-paypal-link = Paghi { $amount } tramite PayPal a { $account }. Il riferimento { $reference } è già inserito; lo lasci nella nota.
offline-instructions-paypal-link-label = Paga con PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Abbiamo ricevuto { $received } per questo ordine. Ancora dovuto: { $remaining }. La preghiamo di inviare il resto con lo stesso riferimento.
payment-not-completed-notice = Il Suo ultimo pagamento non è stato completato e non è stato addebitato nulla. La preghiamo di scegliere di nuovo un metodo di pagamento.
