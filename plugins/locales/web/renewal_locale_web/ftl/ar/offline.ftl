## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = يُرجى تحويل { $amount } إلى { $beneficiary } لدى { $bank }، رقم التوجيه ABA: { $routing }، رقم الحساب: { $account }، وذكر المرجع { $reference } حتى نتمكن من مطابقة دفعتك.
offline-instructions-paypal-link = يُرجى دفع { $amount } عبر PayPal إلى { $account }. المرجع { $reference } مُدرَج مسبقًا؛ يُرجى الإبقاء عليه في الملاحظة.
offline-instructions-paypal-link-label = الدفع عبر PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = لقد استلمنا { $received } لهذا الطلب. المبلغ المتبقي: { $remaining }. يُرجى إرسال الباقي بالمرجع نفسه.
payment-not-completed-notice = لم تكتمل عملية الدفع الأخيرة ولم يُخصم أي مبلغ. يُرجى اختيار طريقة دفع مرة أخرى.
