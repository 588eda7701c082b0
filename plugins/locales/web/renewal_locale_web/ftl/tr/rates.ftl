# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Şu anda { $currency } ile ödeme yapılamıyor: en güncel döviz kurumuz { $date } tarihli. Lütfen sözleşmenin para biriminde ödeyin veya daha sonra tekrar deneyin.
