# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Maksaminen valuutassa { $currency } ei ole juuri nyt mahdollista: uusin valuuttakurssimme on päivätty { $date }. Maksa sopimuksen valuutassa tai yritä myöhemmin uudelleen.
