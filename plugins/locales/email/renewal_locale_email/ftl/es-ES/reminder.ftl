## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Su contrato de soporte { $contract } vence hoy
    [1] Su contrato de soporte { $contract } vence mañana
    [one] Su contrato de soporte { $contract } vence dentro de { $days } día
    [many] Su contrato de soporte { $contract } vence dentro de { $days } de días
   *[other] Su contrato de soporte { $contract } vence dentro de { $days } días
}
email-subject-expired = Su contrato de soporte { $contract } ha vencido
email-greeting = Hola, { $name }:
email-greeting-generic = Buenos días:
email-intro = { $when ->
    [today] Su contrato de soporte y suscripción { $contract } vence hoy, { $date }. Puede renovarlo en línea en pocos minutos.
    [tomorrow] Su contrato de soporte y suscripción { $contract } vence mañana, { $date }. Puede renovarlo en línea en pocos minutos.
   *[later] Su contrato de soporte y suscripción { $contract } vence el { $date }. Puede renovarlo en línea en pocos minutos.
}
email-intro-expired = Su contrato de soporte y suscripción { $contract } venció el { $date }. Aún puede renovarlo en línea, aunque se aplicará un { -reinstatement-fee(form: "inline") }.
email-total = Importe total de la renovación: { $amount }
email-cta = Renovar en línea
email-link-note = Este enlace es personal y exclusivo de su contrato, y es válido hasta el { $date }. Le rogamos que no lo reenvíe.
email-quote-attached = Le adjuntamos su presupuesto en formato PDF.
email-partner-note = También puede renovarlo a través de su { -partner(form: "inline") } autorizado. Si ya lo ha hecho, no tenga en cuenta este correo electrónico.
email-help = ¿Tiene alguna pregunta? Llame al { $phone }, marque la opción 3 y, a continuación, la opción 1, e indique su número de contrato.
email-signoff = Un cordial saludo,
email-team = El equipo de Renovaciones
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Presupuesto de renovación
quote-contract = Contrato: { $contract }
quote-date = Fecha del presupuesto: { $date }
quote-valid-until = Válido hasta el { $date }
quote-customer = Cliente: { $customer }
quote-column-item = Concepto
quote-column-amount = Importe
quote-term-years = { $years ->
    [one] { $years } año
    [many] { $years } de años
   *[other] { $years } años
}
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, cantidad { $quantity }
quote-line-upgrade = Ampliación: { $sku } a nivel { $level }, { $term }, cantidad { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (cobertura interrumpida)
quote-line-fx-conversion = Convertido desde { $from_amount } al tipo de cambio de { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Precios de tarifa según su lista de precios regional. Pueden aplicarse impuestos.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
