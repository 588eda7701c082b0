## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Transfiera { $amount } a { $beneficiary } en { $bank }, número de ruta ABA { $routing }, número de cuenta { $account }. Indique la referencia { $reference } para que podamos identificar su pago.
offline-instructions-paypal-link = Pague { $amount } por PayPal a { $account }: { $link } La referencia { $reference } ya está incluida; consérvela en la nota.
offline-email-subject = Instrucciones de pago del contrato { $contract }
offline-email-intro = Gracias por su pedido { $order }. El contrato { $contract } se renovará en cuanto recibamos su pago. Así puede pagar:
offline-email-due = Pague antes del { $date }. Hasta entonces, el enlace de abajo vuelve a mostrar estas instrucciones.
offline-email-label-reference = Referencia de pago
offline-email-label-amount = Monto pendiente
offline-email-label-due = Pagar antes del
offline-email-link = Abrir su pedido
offline-expired-subject = El pedido { $order } del contrato { $contract } venció
offline-expired-body = No recibimos el pago completo del pedido { $order } antes del { $date }, por lo que el pedido venció.
offline-expired-unchanged = El contrato { $contract } no cambió. Si ya envió dinero para este pedido, se lo devolveremos.
offline-expired-again = Puede hacer un nuevo pedido en cualquier momento con su enlace personal
