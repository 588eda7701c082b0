## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Seu contrato de suporte { $contract } vence hoje
    [1] Seu contrato de suporte { $contract } vence amanhã
    [one] Seu contrato de suporte { $contract } vence em { $days } dia
    [many] Seu contrato de suporte { $contract } vence em { $days } de dias
   *[other] Seu contrato de suporte { $contract } vence em { $days } dias
}
email-subject-expired = Seu contrato de suporte { $contract } venceu
email-greeting = Olá, { $name },
email-greeting-generic = Olá,
email-intro = { $when ->
    [today] Seu contrato de suporte e assinatura { $contract } vence hoje, { $date }. Você pode renová-lo online em poucos minutos.
    [tomorrow] Seu contrato de suporte e assinatura { $contract } vence amanhã, { $date }. Você pode renová-lo online em poucos minutos.
   *[later] Seu contrato de suporte e assinatura { $contract } vence em { $date }. Você pode renová-lo online em poucos minutos.
}
email-intro-expired = Seu contrato de suporte e assinatura { $contract } venceu em { $date }. Você ainda pode renová-lo online, mediante a cobrança de uma { -reinstatement-fee(form: "inline") }.
email-total = Valor total da renovação: { $amount }
email-cta = Renovar online
email-link-note = Este link é exclusivo do seu contrato e é válido até { $date }. Não o encaminhe a outras pessoas.
email-quote-attached = Sua cotação segue anexa em PDF.
email-partner-note = Você também pode renovar por meio do seu parceiro autorizado. Se já fez isso, desconsidere este e-mail.
email-help = Dúvidas? Ligue para { $phone }, escolha a opção 3 e depois a opção 1 e informe o número do seu contrato.
email-signoff = Atenciosamente,
email-team = Equipe de Renovações
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Cotação de renovação
quote-contract = Contrato: { $contract }
quote-date = Data da cotação: { $date }
quote-valid-until = Válida até { $date }
quote-customer = Cliente: { $customer }
quote-column-item = Item
quote-column-amount = Valor
quote-term-years = { $years ->
    [one] { $years } ano
    [many] { $years } de anos
   *[other] { $years } anos
}
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantidade { $quantity }
quote-line-upgrade = Upgrade: { $sku } para { $level }, { $term }, quantidade { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (cobertura vencida)
quote-line-fx-conversion = Convertido de { $from_amount } à taxa de câmbio de { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Preços de tabela conforme a lista de preços da sua região. Podem incidir impostos.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
