## Checkout web da Renovação online. Valores e datas chegam já formatados (babel),
## então as mensagens nunca formatam números. Contagens ($years, $count, $days) são números.

site-name = Renovação online
page-title = Renove seu contrato de suporte
language-label = Idioma
skip-to-content = Pular para o conteúdo principal

## Contrato e cotação
contract-heading = Contrato { $contract }
contract-number-label = Número do contrato
customer-label = Cliente
coverage-ends = Sua cobertura atual termina em { $date }.
coverage-ended = Sua cobertura terminou em { $date }.
renewal-period = Nova cobertura: de { $start } a { $end }
quote-heading = Sua cotação de renovação
quote-column-item = Item
quote-column-amount = Valor
term-years = { $years ->
    [one] { $years } ano
    [many] { $years } de anos
   *[other] { $years } anos
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantidade { $quantity }
line-upgrade = Upgrade: { $sku } para { $level }, { $term }, quantidade { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (cobertura expirada)
line-fx-conversion = Convertido de { $from_amount } à taxa de { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Os preços são os preços de tabela da sua região.

## Níveis de serviço
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades e moeda
upgrade-heading = Faça upgrade da sua cobertura
upgrade-level-label = Nível de serviço
upgrade-term-label = { -term }
upgrade-apply = Atualizar cotação
currency-label = Pagar em
currency-other-note = O pagamento em outra moeda inclui uma { -fx-surcharge(form: "inline") }.

## Pagamento
payment-heading = Forma de pagamento
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
card-holder-label = Nome impresso no cartão
pay-button = Pagar { $amount }
method-button-offline = Obter as instruções de pagamento
method-button-card = Continuar para o pagamento
method-button-redirect = Continuar para { $method }
place-order-button = Fazer pedido
secure-payment-note = Os dados do cartão vão direto para o nosso provedor de segurança de pagamentos e nunca são armazenados por nós.

## Resultados
confirmation-heading = Obrigado! Seu contrato foi renovado
confirmation-body = O pedido { $order } foi pago. Sua nova cobertura vale até { $end }.
declined-heading = Recusado
declined-body = O emissor do seu cartão recusou o pagamento. Nenhum valor foi cobrado.
declined-body-bank = O pagamento não foi concluído. Nenhum valor foi cobrado.
payment-cancelled-notice = Você cancelou o pagamento na página do { $method }. Nenhum valor foi cobrado.
change-payment-option = Alterar forma de pagamento
payment-error-heading = Não foi possível acessar o serviço de pagamento
payment-error-body = Nenhum valor foi cobrado. Tente novamente em alguns minutos.
offline-heading = Seu pedido foi feito
offline-body = Seu contrato será renovado assim que recebermos o pagamento do pedido { $order }. Pague até { $due_date }.
offline-instructions-wire_transfer = Transfira { $amount } para { $beneficiary }, IBAN { $iban }, BIC { $bic }. Informe a referência { $reference } para que possamos identificar seu pagamento.
offline-instructions-check = Envie um cheque ou vale postal de { $amount }, nominal a { $payee }, para { $address }. Escreva nele a referência { $reference }.
offline-instructions-paypal = Envie { $amount } pelo PayPal para { $account }. Inclua a referência { $reference } na observação.
offline-instructions-paynearme = Pague { $amount } em dinheiro em qualquer ponto de venda PayNearMe usando o código de pagamento { $reference }.

## Elegibilidade: por que um contrato não pode ser renovado online
reason-over-limit = O valor total deste contrato é superior a { $limit }, por isso ele não pode ser renovado online. Entre em contato com seu parceiro ou com nossa equipe de vendas.
reason-oem = Este contrato foi vendido por um parceiro OEM. Renove-o com esse parceiro.
reason-country-not-live = A renovação online ainda não está disponível no seu país. Ela estará disponível a partir de { $date }.
reason-currency-retired = A moeda do contrato ({ $currency }) não está mais em uso. Entre em contato conosco para obter uma nova cotação.
reason-already-renewed-online = Este contrato já foi renovado. Obrigado!
reason-already-renewed-partner = Este contrato já foi renovado por meio de um parceiro. Nenhuma outra ação é necessária.
reason-contract-not-found = Não encontramos este contrato. Verifique o link no seu e-mail.
reason-link-expired = Este link de renovação expirou. Use o link do e-mail de lembrete mais recente.

## Ajuda
help-heading = Precisa de ajuda?
help-send-email = Enviar e-mail
help-phone = Ligue para { $phone } e escolha a opção 3 e, em seguida, a opção 1.
help-details = Tenha em mãos o número do contrato, o número de referência (se houver) e o e-mail usado no pedido (se houver).
help-changed-quote = Precisa de outra cotação? Abra uma solicitação de suporte no portal da sua conta ou ligue e escolha a opção 3 e, em seguida, a opção 2 para falar com um representante de vendas.
partner-note = Você também pode renovar a qualquer momento com seu parceiro autorizado.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Esta solicitação não tem o campo "{ $name }". Remova-o e envie a solicitação novamente.
api-field-invalid = O campo "{ $name }" está ausente ou tem um valor do tipo errado. Corrija-o e envie a solicitação novamente.
api-body-not-object = O corpo da solicitação deve ser um objeto JSON, por exemplo { $example }. Corrija-o e envie a solicitação novamente.
