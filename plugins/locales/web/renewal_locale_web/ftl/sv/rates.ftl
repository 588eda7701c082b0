# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Betalning i { $currency } är inte möjlig just nu: vår senaste växelkurs är från { $date }. Betala i avtalets valuta eller försök igen senare.
