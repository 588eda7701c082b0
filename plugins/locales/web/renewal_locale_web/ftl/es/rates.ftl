# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = En este momento no es posible pagar en { $currency }: nuestro tipo de cambio más reciente es del { $date }. Pague en la moneda del contrato o inténtelo de nuevo más tarde.
