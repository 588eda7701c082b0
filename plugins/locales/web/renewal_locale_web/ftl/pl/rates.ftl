# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Płatność w walucie { $currency } jest obecnie niemożliwa: nasz najnowszy kurs wymiany pochodzi z dnia { $date }. Prosimy zapłacić w walucie umowy lub spróbować ponownie później.
