# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Plata în { $currency } nu este posibilă momentan: cel mai recent curs de schimb de care dispunem este din { $date }. Vă rugăm să plătiți în moneda contractului sau să încercați din nou mai târziu.
