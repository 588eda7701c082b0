# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Оплата в валюте { $currency } сейчас невозможна: наш последний обменный курс датирован { $date }; оплатите, пожалуйста, в валюте договора или повторите попытку позже.
