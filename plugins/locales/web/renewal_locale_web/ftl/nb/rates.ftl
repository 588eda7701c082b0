# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Betaling i { $currency } er ikke mulig for øyeblikket: vår nyeste valutakurs er fra { $date }. Betal i avtalens valuta, eller prøv igjen senere.
