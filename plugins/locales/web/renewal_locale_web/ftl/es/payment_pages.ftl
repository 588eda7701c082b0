## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Modo de prueba: no se mueve dinero real.
payment-error-summary = Se ha producido un problema
card-form-heading = Datos de la tarjeta
card-continue-button = Continuar
card-error-number = Introduzca un número de tarjeta válido.
card-error-brand = Este número no corresponde al tipo de tarjeta elegido. Compruebe el número o cambie la forma de pago.
card-error-expiry = Introduzca la fecha de caducidad como mes y año, por ejemplo 08/29.
card-error-expired = Esta tarjeta ha caducado. Utilice otra tarjeta.
card-error-cvc = Introduzca el código de seguridad de la tarjeta (3 dígitos, o 4 en American Express).
card-error-holder = Introduzca el nombre tal como figura en la tarjeta.
payment-attempt-closed-heading = Esta página de pago ya no está abierta
payment-attempt-closed-body = El pago se completó o se eligió otra forma de pago. Vuelva al proceso de pago para ver el estado de su pedido.
payment-attempt-unknown-body = Esta página de pago no existe. Vuelva a abrir el enlace de su correo de recordatorio de renovación.
payment-back-to-checkout = Volver al proceso de pago
bank-page-heading = { $method }: confirme su pago
bank-page-body = ¿Pagar { $amount } a { $seller }?
bank-approve-button = Aprobar el pago
bank-cancel-button = Cancelar y volver
card-too-many-tries = Se han probado demasiados números de tarjeta en esta página. Por su seguridad se ha cerrado: vuelva al proceso de pago y elija de nuevo la forma de pago.
