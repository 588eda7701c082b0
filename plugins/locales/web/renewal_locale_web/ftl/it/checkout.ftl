## Online Renewal web checkout (Italian). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Rinnovo online
page-title = Rinnovo del contratto di supporto
language-label = Lingua
skip-to-content = Vai al contenuto principale

## Contract and quote
contract-heading = Contratto { $contract }
contract-number-label = Numero di contratto
customer-label = Cliente
coverage-ends = La copertura attuale scade il { $date }.
coverage-ended = La copertura è scaduta il { $date }.
renewal-period = Nuova copertura: dal { $start } al { $end }
quote-heading = Preventivo di rinnovo
quote-column-item = Voce
quote-column-amount = Importo
term-years = { $years ->
    [one] { $years } anno
    [many] { $years } di anni
   *[other] { $years } anni
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantità { $quantity }
line-upgrade = Upgrade: { $sku } al livello { $level }, { $term }, quantità { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (copertura scaduta)
line-fx-conversion = Convertito da { $from_amount } al tasso di { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = I prezzi indicati sono prezzi di listino tratti dal listino regionale applicabile.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Potenzi la copertura
upgrade-level-label = Livello di servizio
upgrade-term-label = { -term }
upgrade-apply = Aggiorna preventivo
currency-label = Valuta di pagamento
currency-other-note = Il pagamento in un'altra valuta comporta una { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Metodo di pagamento
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = Bonifico bancario
payment-method-check = Assegno o vaglia
card-number-label = Numero della carta
card-expiry-label = Data di scadenza (MM/AA)
card-cvc-label = Codice di sicurezza
card-holder-label = Nome del titolare
pay-button = Paga { $amount }
method-button-offline = Ricevi le istruzioni di pagamento
method-button-card = Continua al pagamento
method-button-redirect = Continua su { $method }
place-order-button = Conferma ordine
secure-payment-note = I dati della carta vengono inviati direttamente al nostro fornitore di servizi di sicurezza dei pagamenti e non vengono mai memorizzati da noi.

## Outcomes
confirmation-heading = Grazie, il contratto è stato rinnovato
confirmation-body = L'ordine { $order } è stato pagato. La nuova copertura è valida fino al { $end }.
declined-heading = Pagamento rifiutato
declined-body = L'emittente della carta ha rifiutato il pagamento. Non è stato addebitato alcun importo.
declined-body-bank = Il pagamento non è stato completato. Non è stato addebitato alcun importo.
payment-cancelled-notice = Ha annullato il pagamento sulla pagina di { $method }. Non è stato addebitato alcun importo.
change-payment-option = Cambia metodo di pagamento
payment-error-heading = Impossibile contattare il servizio di pagamento
payment-error-body = Non è stato addebitato alcun importo. Riprovi tra qualche minuto.
offline-heading = L'ordine è stato registrato
offline-body = Il contratto verrà rinnovato non appena riceveremo il pagamento dell'ordine { $order }. Effettui il pagamento entro il { $due_date }.
offline-instructions-wire_transfer = Effettui un bonifico di { $amount } a favore di { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indichi il riferimento { $reference } nella causale, così potremo abbinare il pagamento.
offline-instructions-check = Invii un assegno o un vaglia di { $amount }, intestato a { $payee }, all'indirizzo { $address }. Vi indichi il riferimento { $reference }.
offline-instructions-paypal = Invii { $amount } tramite PayPal a { $account }. Aggiunga il riferimento { $reference } nella nota.
offline-instructions-paynearme = Paghi { $amount } in contanti presso qualsiasi punto vendita PayNearMe con il codice di pagamento { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = L'importo totale di questo contratto supera { $limit }, pertanto non può essere rinnovato online. Contatti il suo partner o il nostro team commerciale.
reason-oem = Questo contratto è stato venduto tramite un partner OEM. La preghiamo di rinnovarlo presso tale partner.
reason-country-not-live = Il rinnovo online non è ancora disponibile nel suo paese. Sarà attivo a partire dal { $date }.
reason-currency-retired = La valuta del contratto, { $currency }, non è più in uso. Ci contatti per ricevere un nuovo preventivo.
reason-already-renewed-online = Questo contratto è già stato rinnovato. Grazie!
reason-already-renewed-partner = Questo contratto è già stato rinnovato tramite un partner. Non è necessaria alcuna ulteriore azione.
reason-contract-not-found = Non è stato possibile trovare questo contratto. Verifichi il link contenuto nell'e-mail.
reason-link-expired = Questo link di rinnovo è scaduto. Utilizzi il link contenuto nell'e-mail di promemoria più recente.

## Help
help-heading = Serve aiuto?
help-send-email = Invia un'e-mail
help-phone = Chiami il numero { $phone }, quindi selezioni l'opzione 3 e poi l'opzione 1.
help-details = Tenga a portata di mano il numero di contratto, l'eventuale numero di riferimento e l'eventuale indirizzo e-mail utilizzato per l'ordine.
help-changed-quote = Le serve un preventivo diverso? Apra una richiesta di assistenza nel portale del suo account oppure chiami e selezioni l'opzione 3 e poi l'opzione 2 per parlare con un commerciale.
partner-note = Può anche rinnovare in qualsiasi momento tramite il suo partner autorizzato.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Questa richiesta non ha il campo "{ $name }". Lo rimuova e invii di nuovo la richiesta.
api-field-invalid = Il campo "{ $name }" manca o ha un valore di tipo errato. Lo corregga e invii di nuovo la richiesta.
api-body-not-object = Il corpo della richiesta deve essere un oggetto JSON, ad esempio { $example }. Lo corregga e invii di nuovo la richiesta.
