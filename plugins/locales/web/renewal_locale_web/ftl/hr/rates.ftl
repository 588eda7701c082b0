# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Plaćanje u valuti { $currency } trenutačno nije moguće: naš najnoviji tečaj je od { $date }; platite u valuti ugovora ili pokušajte ponovno kasnije.
