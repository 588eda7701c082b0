## Online Renewal web checkout (Spanish, neutral/Spain). Amounts and dates arrive already
## formatted (babel), so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Renovación en línea
page-title = Renueve su contrato de soporte
language-label = Idioma
skip-to-content = Ir al contenido principal

## Contract and quote
contract-heading = Contrato { $contract }
contract-number-label = Número de contrato
customer-label = Cliente
coverage-ends = Su cobertura actual finaliza el { $date }.
coverage-ended = Su cobertura finalizó el { $date }.
renewal-period = Nueva cobertura: del { $start } al { $end }
quote-heading = Su presupuesto de renovación
quote-column-item = Concepto
quote-column-amount = Importe
term-years = { $years ->
    [one] { $years } año
    [many] { $years } de años
   *[other] { $years } años
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, cantidad { $quantity }
line-upgrade = Ampliación: { $sku } a { $level }, { $term }, cantidad { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (cobertura vencida)
line-fx-conversion = Convertido de { $from_amount } al tipo de cambio de { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Los precios son precios de tarifa de su lista de precios regional.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Amplíe su cobertura
upgrade-level-label = Nivel de servicio
upgrade-term-label = { -term }
upgrade-apply = Actualizar presupuesto
currency-label = Moneda de pago
currency-other-note = Pagar en otra divisa conlleva un { -fx-surcharge(form: "inline") }.

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
card-expiry-label = Fecha de caducidad (MM/AA)
card-cvc-label = Código de seguridad
card-holder-label = Nombre del titular
pay-button = Pagar { $amount }
method-button-offline = Obtener las instrucciones de pago
method-button-card = Continuar al pago
method-button-redirect = Continuar a { $method }
place-order-button = Realizar pedido
secure-payment-note = Los datos de su tarjeta se envían directamente a nuestro proveedor de seguridad de pagos y nunca los almacenamos.

## Outcomes
confirmation-heading = Gracias, su contrato se ha renovado
confirmation-body = El pedido { $order } está pagado. Su nueva cobertura es válida hasta el { $end }.
declined-heading = Pago rechazado
declined-body = El emisor de su tarjeta ha rechazado el pago. No se ha realizado ningún cargo.
declined-body-bank = El pago no se ha completado. No se ha realizado ningún cargo.
payment-cancelled-notice = Ha cancelado el pago en la página de { $method }. No se ha cobrado ningún importe.
change-payment-option = Cambiar método de pago
payment-error-heading = No hemos podido conectar con el servicio de pago
payment-error-body = No se ha realizado ningún cargo. Vuelva a intentarlo dentro de unos minutos.
offline-heading = Hemos recibido su pedido
offline-body = Su contrato se renovará en cuanto recibamos el pago del pedido { $order }. Realice el pago a más tardar el { $due_date }.
offline-instructions-wire_transfer = Transfiera { $amount } a { $beneficiary }, IBAN { $iban }, BIC { $bic }. Indique la referencia { $reference } en el concepto para que podamos identificar su pago.
offline-instructions-check = Envíe un cheque o giro postal por { $amount }, a nombre de { $payee }, a la dirección { $address }. Escriba en él la referencia { $reference }.
offline-instructions-paypal = Envíe { $amount } por PayPal a { $account }. Añada la referencia { $reference } en la nota.
offline-instructions-paynearme = Pague { $amount } en efectivo en cualquier punto de venta de PayNearMe con el código de pago { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = El importe total de este contrato supera { $limit }, por lo que no se puede renovar en línea. Póngase en contacto con su { -partner(form: "inline") } o con nuestro equipo de ventas.
reason-oem = Este contrato se vendió a través de un { -partner(form: "inline") } OEM. Renuévelo con dicho { -partner(form: "inline") }.
reason-country-not-live = La renovación en línea aún no está disponible en su país. Estará disponible a partir del { $date }.
reason-currency-retired = La moneda del contrato, { $currency }, ya no está en uso. Póngase en contacto con nosotros para obtener un nuevo presupuesto.
reason-already-renewed-online = Este contrato ya está renovado. ¡Gracias!
reason-already-renewed-partner = Este contrato ya se renovó a través de un { -partner(form: "inline") }. No es necesario que haga nada más.
reason-contract-not-found = No hemos podido encontrar este contrato. Compruebe el enlace de su correo electrónico.
reason-link-expired = Este enlace de renovación ha caducado. Utilice el enlace de su correo de recordatorio más reciente.

## Help
help-heading = ¿Necesita ayuda?
help-send-email = Enviar correo electrónico
help-phone = Llame al { $phone } y elija la opción 3 y, a continuación, la opción 1.
help-details = Tenga a mano su número de contrato, el número de referencia (si lo tiene) y la dirección de correo electrónico utilizada en el pedido (si procede).
help-changed-quote = ¿Necesita otro presupuesto? Abra una solicitud de soporte en el portal de su cuenta, o llame y elija la opción 3 y, a continuación, la opción 2 para hablar con un representante de ventas.
partner-note = También puede renovar en cualquier momento a través de su { -partner(form: "inline") } autorizado.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Esta solicitud no tiene el campo «{ $name }». Elimínelo y envíe la solicitud de nuevo.
api-field-invalid = Falta el campo «{ $name }» o su valor no es del tipo correcto. Corríjalo y envíe la solicitud de nuevo.
api-body-not-object = El cuerpo de la solicitud debe ser un objeto JSON, por ejemplo { $example }. Corríjalo y envíe la solicitud de nuevo.
