# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = لا يمكن الدفع بعملة { $currency } حاليًا: يعود أحدث سعر صرف لدينا إلى { $date }. يُرجى الدفع بعملة العقد أو المحاولة لاحقًا.
