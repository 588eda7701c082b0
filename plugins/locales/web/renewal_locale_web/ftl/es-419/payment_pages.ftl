## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Modo de prueba: no se mueve dinero real.
payment-error-summary = Se produjo un problema
card-form-heading = Datos de la tarjeta
card-continue-button = Continuar
card-error-number = Ingrese un número de tarjeta válido.
card-error-brand = Este número no corresponde al tipo de tarjeta elegido. Verifique el número o cambie la forma de pago.
card-error-expiry = Ingrese la fecha de vencimiento como mes y año, por ejemplo 08/29.
card-error-expired = Esta tarjeta está vencida. Use otra tarjeta.
card-error-cvc = Ingrese el código de seguridad de la tarjeta (3 dígitos, o 4 en American Express).
card-error-holder = Ingrese el nombre tal como aparece en la tarjeta.
payment-attempt-closed-heading = Esta página de pago ya no está abierta
payment-attempt-closed-body = El pago se completó o se eligió otra forma de pago. Regrese al proceso de pago para ver el estado de su pedido.
payment-attempt-unknown-body = Esta página de pago no existe. Vuelva a abrir el enlace de su correo de recordatorio de renovación.
payment-back-to-checkout = Regresar al proceso de pago
bank-page-heading = { $method }: confirme su pago
bank-page-body = ¿Pagar { $amount } a { $seller }?
bank-approve-button = Aprobar el pago
bank-cancel-button = Cancelar y regresar
card-too-many-tries = Se probaron demasiados números de tarjeta en esta página. Por su seguridad se cerró: regrese al proceso de pago y elija de nuevo la forma de pago.
