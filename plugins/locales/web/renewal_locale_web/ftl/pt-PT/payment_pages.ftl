## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Modo de teste: não é movimentado dinheiro real.
payment-error-summary = Ocorreu um problema
card-form-heading = Dados do cartão
card-continue-button = Continuar
card-error-number = Introduza um número de cartão válido.
card-error-brand = Este número não corresponde ao tipo de cartão escolhido. Verifique o número ou altere o meio de pagamento.
card-error-expiry = Introduza a data de validade como mês e ano, por exemplo 08/29.
card-error-expired = Este cartão expirou. Utilize outro cartão.
card-error-cvc = Introduza o código de segurança do cartão (3 dígitos, ou 4 no American Express).
card-error-holder = Introduza o nome tal como consta no cartão.
payment-attempt-closed-heading = Esta página de pagamento já não está aberta
payment-attempt-closed-body = O pagamento foi concluído ou foi escolhido outro meio de pagamento. Regresse ao pagamento para ver o estado da sua encomenda.
payment-attempt-unknown-body = Esta página de pagamento não existe. Abra novamente a ligação do seu e-mail de lembrete de renovação.
payment-back-to-checkout = Regressar ao pagamento
bank-page-heading = { $method }: confirme o seu pagamento
bank-page-body = Pagar { $amount } a { $seller }?
bank-approve-button = Aprovar pagamento
bank-cancel-button = Cancelar e regressar
card-too-many-tries = Foram tentados demasiados números de cartão nesta página. Para sua segurança, foi fechada: regresse ao pagamento e escolha novamente o meio de pagamento.
