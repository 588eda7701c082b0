# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = לא ניתן לשלם כעת ב-{ $currency }: שער החליפין העדכני ביותר שלנו הוא מתאריך { $date }. יש לשלם במטבע החוזה או לנסות שוב מאוחר יותר.
