## Checkout web da Renovação online. Os montantes e as datas chegam já formatados (babel),
## pelo que as mensagens nunca formatam números. As contagens ($years, $count, $days) são números.

site-name = Renovação online
page-title = Renove o seu contrato de suporte
language-label = Idioma
skip-to-content = Ir para o conteúdo principal

## Contrato e orçamento
contract-heading = Contrato { $contract }
contract-number-label = Número do contrato
customer-label = Cliente
coverage-ends = A sua cobertura atual termina a { $date }.
coverage-ended = A sua cobertura terminou a { $date }.
renewal-period = Nova cobertura: de { $start } a { $end }
quote-heading = O seu orçamento de renovação
quote-column-item = Artigo
quote-column-amount = Montante
term-years = { $years ->
    [one] { $years } ano
    [many] { $years } de anos
   *[other] { $years } anos
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantidade { $quantity }
line-upgrade = Atualização: { $sku } para { $level }, { $term }, quantidade { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (cobertura caducada)
line-fx-conversion = Convertido de { $from_amount } à taxa de câmbio de { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Os preços apresentados são os preços de tabela da sua região.

## Níveis de serviço
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Atualizações e moeda
upgrade-heading = Melhore a sua cobertura
upgrade-level-label = Nível de serviço
upgrade-term-label = { -term }
upgrade-apply = Atualizar orçamento
currency-label = Pagar em
currency-other-note = O pagamento noutra moeda implica uma { -fx-surcharge(form: "inline") }.

## Pagamento
payment-heading = Método de pagamento
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
payment-method-wire_transfer = Transferência bancária
payment-method-check = Cheque ou vale postal
card-number-label = Número do cartão
card-expiry-label = Data de validade (MM/AA)
card-cvc-label = Código de segurança
card-holder-label = Nome no cartão
pay-button = Pagar { $amount }
method-button-offline = Obter as instruções de pagamento
method-button-card = Continuar para o pagamento
method-button-redirect = Continuar para { $method }
place-order-button = Efetuar encomenda
secure-payment-note = Os dados do cartão são enviados diretamente para o nosso fornecedor de segurança de pagamentos e nunca são guardados por nós.

## Resultados
confirmation-heading = Obrigado, o seu contrato foi renovado
confirmation-body = A encomenda { $order } está paga. A sua nova cobertura é válida até { $end }.
declined-heading = Recusado
declined-body = O emissor do seu cartão recusou o pagamento. Não foi cobrado qualquer montante.
declined-body-bank = O pagamento não foi concluído. Não foi cobrado qualquer montante.
payment-cancelled-notice = Cancelou o pagamento na página de { $method }. Não foi cobrado qualquer valor.
change-payment-option = Alterar o método de pagamento
payment-error-heading = Não foi possível contactar o serviço de pagamento
payment-error-body = Não foi cobrado qualquer montante. Tente novamente dentro de alguns minutos.
offline-heading = A sua encomenda foi efetuada
offline-body = O seu contrato será renovado assim que recebermos o pagamento da encomenda { $order }. Efetue o pagamento até { $due_date }.
offline-instructions-wire_transfer = Transfira { $amount } para { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indique a referência { $reference } para podermos identificar o seu pagamento.
offline-instructions-check = Envie um cheque ou vale postal no valor de { $amount }, à ordem de { $payee }, para { $address }. Escreva nele a referência { $reference }.
offline-instructions-paypal = Envie { $amount } através do PayPal para { $account }. Indique a referência { $reference } na nota.
offline-instructions-paynearme = Pague { $amount } em numerário em qualquer ponto de venda PayNearMe com o código de pagamento { $reference }.

## Elegibilidade: porque é que um contrato não pode ser renovado online
reason-over-limit = O valor total deste contrato é superior a { $limit }, pelo que não pode ser renovado online. Contacte o seu parceiro ou a nossa equipa de vendas.
reason-oem = Este contrato foi vendido através de um parceiro OEM. Renove-o junto desse parceiro.
reason-country-not-live = A renovação online ainda não está disponível no seu país. Estará disponível a partir de { $date }.
reason-currency-retired = A moeda do contrato ({ $currency }) deixou de estar em circulação. Contacte-nos para obter um novo orçamento.
reason-already-renewed-online = Este contrato já foi renovado. Obrigado!
reason-already-renewed-partner = Este contrato já foi renovado através de um parceiro. Não é necessária qualquer outra ação.
reason-contract-not-found = Não foi possível encontrar este contrato. Verifique a ligação no seu e-mail.
reason-link-expired = Esta ligação de renovação expirou. Utilize a ligação do e-mail de lembrete mais recente.

## Ajuda
help-heading = Precisa de ajuda?
help-send-email = Enviar e-mail
help-phone = Ligue para o { $phone } e escolha a opção 3 e, em seguida, a opção 1.
help-details = Tenha à mão o número do contrato, o número de referência (se existir) e o endereço de e-mail utilizado na encomenda (se aplicável).
help-changed-quote = Precisa de outro orçamento? Abra um pedido de suporte no portal da sua conta ou ligue e escolha a opção 3 e, em seguida, a opção 2 para falar com um representante comercial.
partner-note = Também pode renovar a qualquer momento através do seu parceiro autorizado.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Este pedido não tem o campo "{ $name }". Remova-o e envie o pedido novamente.
api-field-invalid = O campo "{ $name }" está em falta ou tem um valor do tipo errado. Corrija-o e envie o pedido novamente.
api-body-not-object = O corpo do pedido tem de ser um objeto JSON, por exemplo { $example }. Corrija-o e envie o pedido novamente.
