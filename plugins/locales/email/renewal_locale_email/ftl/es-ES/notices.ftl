## Recordatorio de renovación: resumen, enlace alternativo y correo con un enlace nuevo.

notice-label-contract = Número de contrato
notice-label-end-date = Fecha de finalización
notice-label-days-left = Días restantes
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = Si el botón no funciona, copie esta dirección en su navegador:
notice-fresh-subject = Su nuevo enlace personal para el contrato { $contract }
notice-fresh-intro = Le enviamos un nuevo enlace personal para renovar en línea su contrato de soporte y suscripción { $contract }. Los enlaces anteriores dejan de funcionar una vez renovado el contrato.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
