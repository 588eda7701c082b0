## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfiera { $amount } a { $beneficiary } en { $bank }, número de ruta ABA { $routing }, número de cuenta { $account }. Indique la referencia { $reference } en el concepto para que podamos identificar su pago.
offline-instructions-paypal-link = Pague { $amount } por PayPal a { $account }. La referencia { $reference } ya está incluida; consérvela en la nota.
offline-instructions-paypal-link-label = Pagar con PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Hemos recibido { $received } para este pedido. Importe pendiente: { $remaining }. Envíe el resto con la misma referencia.
payment-not-completed-notice = Su último pago no se ha completado y no se ha cobrado nada. Elija de nuevo una forma de pago.
