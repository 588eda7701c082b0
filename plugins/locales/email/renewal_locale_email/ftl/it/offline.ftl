## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Effettui un bonifico di { $amount } a favore di { $beneficiary } presso { $bank }, numero di routing ABA { $routing }, numero di conto { $account }. Indichi il riferimento { $reference } nella causale, così potremo abbinare il pagamento.
offline-instructions-paypal-link = Paghi { $amount } tramite PayPal a { $account }. Il riferimento { $reference } è già inserito; lo lasci nella nota.
offline-instructions-paypal-link-label = Paga con PayPal
offline-email-subject = Istruzioni di pagamento per il contratto { $contract }
offline-email-intro = Grazie per l’ordine { $order }. Il contratto { $contract } sarà rinnovato non appena riceveremo il pagamento. Ecco come pagare:
offline-email-due = La preghiamo di pagare entro il { $date }. Fino ad allora, il link qui sotto riapre queste istruzioni.
offline-email-label-reference = Riferimento di pagamento
offline-email-label-amount = Importo dovuto
offline-email-label-due = Da pagare entro il
offline-email-link = Apri l’ordine
offline-expired-subject = L’ordine { $order } per il contratto { $contract } è scaduto
offline-expired-body = Non abbiamo ricevuto il pagamento completo dell’ordine { $order } entro il { $date }, pertanto l’ordine è scaduto.
offline-expired-unchanged = Il contratto { $contract } non è cambiato. Se ha già inviato denaro per questo ordine, Le sarà restituito.
offline-expired-again = Può effettuare un nuovo ordine in qualsiasi momento con il Suo link personale

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = Da pagare entro il { $date }
offline-email-replaces = Queste istruzioni sostituiscono quelle che Le abbiamo inviato in precedenza per questo ordine.
offline-email-label-received = Ricevuto finora
offline-email-label-remaining = Ancora dovuto
offline-withdrawn-subject = Le istruzioni di pagamento precedenti per il contratto { $contract } non sono più valide
offline-withdrawn-body = Ha scelto un altro metodo di pagamento per l’ordine { $order }, quindi le istruzioni di pagamento inviate per il riferimento { $reference } non sono più valide. La preghiamo di non inviare denaro con quel riferimento.
offline-withdrawn-already = Se lo ha già inviato, non va perso: sarà imputato al Suo ordine, oppure Le sarà restituito se l’ordine viene pagato in altro modo.
offline-underpaid-subject = È arrivata una parte del Suo pagamento per il contratto { $contract }
offline-underpaid-body = Abbiamo ricevuto { $received } per l’ordine { $order }. Ancora dovuto: { $remaining }.
offline-underpaid-rest = La preghiamo di inviare il resto entro il { $date } con lo stesso riferimento { $reference }. Il contratto { $contract } sarà rinnovato non appena sarà arrivato l’importo completo.
