# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = अभी { $currency } में भुगतान संभव नहीं है: हमारी नवीनतम विनिमय दर { $date } की है। कृपया अनुबंध की मुद्रा में भुगतान करें या बाद में पुनः प्रयास करें।
