# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Al momento non è possibile pagare in { $currency }: il nostro tasso di cambio più recente risale al { $date }. Paghi nella valuta del contratto o riprovi più tardi.
