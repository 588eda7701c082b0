# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = Η πληρωμή σε { $currency } δεν είναι δυνατή αυτή τη στιγμή: η πιο πρόσφατη συναλλαγματική ισοτιμία μας είναι της { $date }. Πληρώστε στο νόμισμα του συμβολαίου ή δοκιμάστε ξανά αργότερα.
