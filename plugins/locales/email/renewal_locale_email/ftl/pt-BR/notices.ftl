## Lembrete de renovação: resumo, link alternativo e e-mail com um novo link.

notice-label-contract = Número do contrato
notice-label-end-date = Data de término
notice-label-days-left = Dias restantes
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = Se o botão não funcionar, copie este endereço no seu navegador:
notice-fresh-subject = Seu novo link pessoal para o contrato { $contract }
notice-fresh-intro = Segue um novo link pessoal para renovar on-line o seu contrato de suporte e assinatura { $contract }. Os links anteriores deixam de funcionar quando o contrato for renovado.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
