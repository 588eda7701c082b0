# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = No momento, não é possível pagar em { $currency }: nossa taxa de câmbio mais recente é de { $date }. Pague na moeda do contrato ou tente novamente mais tarde.
