# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = A(z) { $currency } pénznemben történő fizetés jelenleg nem lehetséges, mert legfrissebb árfolyamunk dátuma: { $date }; kérjük, fizessen a szerződés pénznemében, vagy próbálja újra később.
