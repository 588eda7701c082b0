# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Plačilo v valuti { $currency } trenutno ni mogoče: naš najnovejši menjalni tečaj je z dne { $date }. Plačajte v valuti pogodbe ali poskusite znova pozneje.
