# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Le paiement en { $currency } est momentanément impossible, car notre taux de change le plus récent date du { $date }. Veuillez payer dans la devise du contrat ou réessayer plus tard.
