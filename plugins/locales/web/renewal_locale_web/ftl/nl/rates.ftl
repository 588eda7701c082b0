# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Betalen in { $currency } is op dit moment niet mogelijk: onze meest recente wisselkoers dateert van { $date }. Betaal in de valuta van het contract of probeer het later opnieuw.
