## Online Renewal web checkout (Latin-American Spanish: cotización, monto, vencimiento).
## Amounts and dates arrive already formatted (babel), so messages never format numbers
## themselves. Counts ($years, $count, $days) are numbers.

site-name = Renovación en línea
page-title = Renueve su contrato de soporte
language-label = Idioma
skip-to-content = Ir al contenido principal

## Contract and quote
contract-heading = Contrato { $contract }
contract-number-label = Número de contrato
customer-label = Cliente
coverage-ends = Su cobertura actual vence el { $date }.
coverage-ended = Su cobertura venció el { $date }.
renewal-period = Nueva cobertura: del { $start } al { $end }
quote-heading = Su cotización de renovación
quote-column-item = Concepto
quote-column-amount = Monto
term-years = { $years ->
    [one] { $years } año
    [many] { $years } de años
   *[other] { $years } años
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, cantidad { $quantity }
line-upgrade = Mejora: { $sku } a { $level }, { $term }, cantidad { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (cobertura vencida)
line-fx-conversion = Convertido de { $from_amount } al tipo de cambio de { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Los precios son precios de lista de su lista de precios regional.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Mejore su cobertura
upgrade-level-label = Nivel de servicio
upgrade-term-label = { -term }
upgrade-apply = Actualizar cotización
currency-label = Moneda de pago
currency-other-note = Pagar en otra moneda implica un { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Método de pago
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
payment-method-wire_transfer = Transferencia bancaria
payment-method-check = Cheque o giro postal
card-number-label = Número de tarjeta
card-expiry-label = Fecha de vencimiento (MM/AA)
card-cvc-label = Código de seguridad
card-holder-label = Nombre como aparece en la tarjeta
pay-button = Pagar { $amount }
method-button-offline = Obtener las instrucciones de pago
method-button-card = Continuar al pago
method-button-redirect = Continuar a { $method }
place-order-button = Realizar pedido
secure-payment-note = Los datos de su tarjeta se envían directamente a nuestro proveedor de seguridad de pagos; nosotros nunca los guardamos.

## Outcomes
confirmation-heading = Gracias, su contrato fue renovado
confirmation-body = El pedido { $order } está pagado. Su nueva cobertura es válida hasta el { $end }.
declined-heading = Pago rechazado
declined-body = El emisor de su tarjeta rechazó el pago. No se realizó ningún cobro.
declined-body-bank = El pago no se completó. No se realizó ningún cobro.
payment-cancelled-notice = Canceló el pago en la página de { $method }. No se realizó ningún cobro.
change-payment-option = Cambiar método de pago
payment-error-heading = No pudimos conectarnos con el servicio de pago
payment-error-body = No se realizó ningún cobro. Vuelva a intentarlo en unos minutos.
offline-heading = Recibimos su pedido
offline-body = Su contrato se renovará en cuanto recibamos el pago del pedido { $order }. Realice el pago a más tardar el { $due_date }.
offline-instructions-wire_transfer = Transfiera { $amount } a { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indique la referencia { $reference } para que podamos identificar su pago.
offline-instructions-check = Envíe un cheque o giro postal por { $amount }, a nombre de { $payee }, a la dirección { $address }. Escriba en él la referencia { $reference }.
offline-instructions-paypal = Envíe { $amount } por PayPal a { $account }. Agregue la referencia { $reference } en la nota.
offline-instructions-paynearme = Pague { $amount } en efectivo en cualquier punto de venta de PayNearMe con el código de pago { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = El monto total de este contrato supera { $limit }, por lo que no se puede renovar en línea. Comuníquese con su distribuidor o con nuestro equipo de ventas.
reason-oem = Este contrato se vendió a través de un distribuidor OEM. Renuévelo con ese distribuidor.
reason-country-not-live = La renovación en línea aún no está disponible en su país. Estará disponible a partir del { $date }.
reason-currency-retired = La moneda del contrato, { $currency }, ya no está en uso. Comuníquese con nosotros para obtener una nueva cotización.
reason-already-renewed-online = Este contrato ya está renovado. ¡Gracias!
reason-already-renewed-partner = Este contrato ya se renovó a través de un distribuidor. No es necesario que haga nada más.
reason-contract-not-found = No pudimos encontrar este contrato. Verifique el enlace de su correo electrónico.
reason-link-expired = Este enlace de renovación venció. Use el enlace de su correo de recordatorio más reciente.

## Help
help-heading = ¿Necesita ayuda?
help-send-email = Enviar correo electrónico
help-phone = Llame al { $phone } y elija la opción 3 y luego la opción 1.
help-details = Tenga a mano su número de contrato, el número de referencia (si lo tiene) y el correo electrónico que usó para el pedido (si corresponde).
help-changed-quote = ¿Necesita otra cotización? Abra una solicitud de soporte en el portal de su cuenta, o llame y elija la opción 3 y luego la opción 2 para hablar con un representante de ventas.
partner-note = También puede renovar en cualquier momento a través de su distribuidor autorizado.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Esta solicitud no tiene el campo "{ $name }". Elimínelo y envíe la solicitud de nuevo.
api-field-invalid = Falta el campo "{ $name }" o su valor no es del tipo correcto. Corríjalo y envíe la solicitud de nuevo.
api-body-not-object = El cuerpo de la solicitud debe ser un objeto JSON, por ejemplo { $example }. Corríjalo y vuelva a enviar la solicitud.
