# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Platba v měně { $currency } teď není možná: náš poslední směnný kurz je ze dne { $date }. Zaplaťte prosím v měně smlouvy nebo to zkuste později.
