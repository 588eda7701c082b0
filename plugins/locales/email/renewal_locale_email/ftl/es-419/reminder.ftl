## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Su contrato de soporte { $contract } vence hoy
    [1] Su contrato de soporte { $contract } vence mañana
    [one] Su contrato de soporte { $contract } vence en { $days } día
    [many] Su contrato de soporte { $contract } vence en { $days } de días
   *[other] Su contrato de soporte { $contract } vence en { $days } días
}
email-subject-expired = Su contrato de soporte { $contract } venció
email-greeting = Hola, { $name }:
email-greeting-generic = Buen día:
email-intro = { $when ->
    [today] Su contrato de soporte y suscripción { $contract } vence hoy, { $date }. Puede renovarlo en línea en unos pocos minutos.
    [tomorrow] Su contrato de soporte y suscripción { $contract } vence mañana, { $date }. Puede renovarlo en línea en unos pocos minutos.
   *[later] Su contrato de soporte y suscripción { $contract } vence el { $date }. Puede renovarlo en línea en unos pocos minutos.
}
email-intro-expired = Su contrato de soporte y suscripción { $contract } venció el { $date }. Todavía puede renovarlo en línea, pero se cobrará un { -reinstatement-fee(form: "inline") }.
email-total = Monto total de la renovación: { $amount }
email-cta = Renovar en línea
email-link-note = Este enlace es exclusivo para su contrato y funciona hasta el { $date }. Por favor, no lo reenvíe.
email-quote-attached = Adjuntamos su cotización en formato PDF.
email-partner-note = También puede renovarlo a través de su distribuidor autorizado. Si ya lo hizo, por favor ignore este correo electrónico.
email-help = ¿Tiene preguntas? Llame al { $phone }, seleccione la opción 3 y luego la opción 1, e indique su número de contrato.
email-signoff = Saludos cordiales,
email-team = El equipo de Renovaciones
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Cotización de renovación
quote-contract = Contrato: { $contract }
quote-date = Fecha de cotización: { $date }
quote-valid-until = Válida hasta el { $date }
quote-customer = Cliente: { $customer }
quote-column-item = Descripción
quote-column-amount = Monto
quote-term-years = { $years ->
    [one] { $years } año
    [many] { $years } de años
   *[other] { $years } años
}
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, cantidad { $quantity }
quote-line-upgrade = Mejora: { $sku } a nivel { $level }, { $term }, cantidad { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (cobertura vencida)
quote-line-fx-conversion = Convertido de { $from_amount } a una tasa de cambio de { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Precios de lista según su lista de precios regional. Podrían aplicarse impuestos.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
