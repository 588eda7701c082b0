# Exchange rates (issue 10): a payment currency whose latest rate is too old.
reason-rate-too-old = ขณะนี้ไม่สามารถชำระเงินเป็นสกุล { $currency } ได้ เนื่องจากอัตราแลกเปลี่ยนล่าสุดของเราเป็นของวันที่ { $date } โปรดชำระเงินเป็นสกุลเงินของสัญญาหรือลองอีกครั้งในภายหลัง
