# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Betaling i { $currency } er ikke mulig i øjeblikket: vores seneste valutakurs er fra { $date }. Betal venligst i aftalens valuta, eller prøv igen senere.
