## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Transfiera { $amount } a { $beneficiary } en { $bank }, número de ruta ABA { $routing }, número de cuenta { $account }. Indique la referencia { $reference } en el concepto para que podamos identificar su pago.
offline-instructions-paypal-link = Pague { $amount } por PayPal a { $account }. La referencia { $reference } ya está incluida; consérvela en la nota.
offline-instructions-paypal-link-label = Pagar con PayPal
offline-email-subject = Instrucciones de pago del contrato { $contract }
offline-email-intro = Gracias por su pedido { $order }. El contrato { $contract } se renovará en cuanto recibamos su pago. Así puede pagar:
offline-email-due = Pague antes del { $date }. Hasta entonces, el enlace de abajo vuelve a mostrar estas instrucciones.
offline-email-label-reference = Referencia de pago
offline-email-label-amount = Importe pendiente
offline-email-label-due = Pagar antes del
offline-email-link = Abrir su pedido
offline-expired-subject = El pedido { $order } del contrato { $contract } ha caducado
offline-expired-body = No hemos recibido el pago completo del pedido { $order } antes del { $date }, por lo que el pedido ha caducado.
offline-expired-unchanged = El contrato { $contract } no ha cambiado. Si ya ha enviado dinero para este pedido, se lo devolveremos.
offline-expired-again = Puede realizar un nuevo pedido en cualquier momento con su enlace personal

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = Pagar antes del { $date }
offline-email-replaces = Estas instrucciones sustituyen a las que le enviamos antes para este pedido.
offline-email-label-received = Recibido hasta ahora
offline-email-label-remaining = Importe pendiente
offline-withdrawn-subject = Las instrucciones de pago anteriores del contrato { $contract } ya no son válidas
offline-withdrawn-body = Ha elegido otra forma de pago para el pedido { $order }, por lo que las instrucciones de pago que le enviamos para la referencia { $reference } ya no son válidas. No envíe dinero con esa referencia.
offline-withdrawn-already = Si ya lo ha enviado, no se pierde: se aplicará a su pedido o se le devolverá si el pedido se paga de otra forma.
offline-underpaid-subject = Ha llegado una parte de su pago del contrato { $contract }
offline-underpaid-body = Hemos recibido { $received } para el pedido { $order }. Importe pendiente: { $remaining }.
offline-underpaid-rest = Envíe el resto antes del { $date } con la misma referencia { $reference }. El contrato { $contract } se renovará en cuanto recibamos el importe completo.
