## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Modalità di prova: non viene trasferito denaro reale.
payment-error-summary = Si è verificato un problema
card-form-heading = Dati della carta
card-continue-button = Continua
card-error-number = Inserisca un numero di carta valido.
card-error-brand = Questo numero non corrisponde al tipo di carta scelto. Controlli il numero o cambi metodo di pagamento.
card-error-expiry = Inserisca la data di scadenza come mese e anno, ad esempio 08/29.
card-error-expired = Questa carta è scaduta. Utilizzi un’altra carta.
card-error-cvc = Inserisca il codice di sicurezza della carta (3 cifre, o 4 per American Express).
card-error-holder = Inserisca il nome come riportato sulla carta.
payment-attempt-closed-heading = Questa pagina di pagamento non è più aperta
payment-attempt-closed-body = Il pagamento è stato completato o è stato scelto un altro metodo di pagamento. Torni al pagamento per vedere lo stato dell’ordine.
payment-attempt-unknown-body = Questa pagina di pagamento non esiste. Riapra il link nell’e-mail di promemoria per il rinnovo.
payment-back-to-checkout = Torna al pagamento
bank-page-heading = { $method }: confermi il pagamento
bank-page-body = Pagare { $amount } a { $seller }?
bank-approve-button = Approva il pagamento
bank-cancel-button = Annulla e torna indietro
card-too-many-tries = Su questa pagina sono stati provati troppi numeri di carta. Per la Sua sicurezza è stata chiusa: torni al pagamento e scelga di nuovo il metodo di pagamento.
