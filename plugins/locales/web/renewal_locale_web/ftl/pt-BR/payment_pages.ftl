## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Modo de teste: nenhum dinheiro real é movimentado.
payment-error-summary = Ocorreu um problema
card-form-heading = Dados do cartão
card-continue-button = Continuar
card-error-number = Informe um número de cartão válido.
card-error-brand = Este número não corresponde ao tipo de cartão escolhido. Verifique o número ou altere a forma de pagamento.
card-error-expiry = Informe a data de validade como mês e ano, por exemplo 08/29.
card-error-expired = Este cartão está vencido. Use outro cartão.
card-error-cvc = Informe o código de segurança do cartão (3 dígitos, ou 4 no American Express).
card-error-holder = Informe o nome como aparece no cartão.
payment-attempt-closed-heading = Esta página de pagamento não está mais aberta
payment-attempt-closed-body = O pagamento foi concluído ou outra forma de pagamento foi escolhida. Volte ao pagamento para ver a situação do seu pedido.
payment-attempt-unknown-body = Esta página de pagamento não existe. Abra novamente o link do seu e-mail de lembrete de renovação.
payment-back-to-checkout = Voltar ao pagamento
bank-page-heading = { $method }: confirme seu pagamento
bank-page-body = Pagar { $amount } a { $seller }?
bank-approve-button = Aprovar pagamento
bank-cancel-button = Cancelar e voltar
card-too-many-tries = Foram tentados números de cartão demais nesta página. Para sua segurança, ela foi fechada: volte ao pagamento e escolha novamente a forma de pagamento.
