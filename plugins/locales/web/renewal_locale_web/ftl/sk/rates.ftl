# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Platba v mene { $currency } momentálne nie je možná: náš najnovší výmenný kurz je z { $date }. Zaplaťte, prosím, v mene zmluvy alebo to skúste neskôr.
