## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = وضع الاختبار: لا يتم تحويل أي أموال حقيقية.
payment-error-summary = توجد مشكلة
card-form-heading = بيانات البطاقة
card-continue-button = متابعة
card-error-number = يرجى إدخال رقم بطاقة صالح.
card-error-brand = هذا الرقم لا يطابق نوع البطاقة الذي اخترته. يرجى التحقق من الرقم أو تغيير طريقة الدفع.
card-error-expiry = يرجى إدخال تاريخ الانتهاء بالشهر والسنة، مثل 08/29.
card-error-expired = انتهت صلاحية هذه البطاقة. يرجى استخدام بطاقة أخرى.
card-error-cvc = يرجى إدخال رمز الأمان الخاص بالبطاقة (3 أرقام، أو 4 لبطاقات American Express).
card-error-holder = يرجى إدخال الاسم كما يظهر على البطاقة.
payment-attempt-closed-heading = صفحة الدفع هذه لم تعد مفتوحة
payment-attempt-closed-body = اكتملت عملية الدفع أو تم اختيار طريقة دفع أخرى. يرجى العودة إلى صفحة الدفع لمعرفة حالة طلبك.
payment-attempt-unknown-body = صفحة الدفع هذه غير موجودة. يرجى فتح الرابط الوارد في رسالة التذكير بالتجديد مرة أخرى.
payment-back-to-checkout = العودة إلى صفحة الدفع
bank-page-heading = { $method }: تأكيد الدفع
bank-page-body = هل تريد دفع { $amount } إلى { $seller }؟
bank-approve-button = الموافقة على الدفع
bank-cancel-button = الإلغاء والعودة
card-too-many-tries = تمت تجربة عدد كبير جدًا من أرقام البطاقات في هذه الصفحة. حفاظًا على أمانك تم إغلاقها: يرجى العودة إلى صفحة الدفع واختيار طريقة الدفع مرة أخرى.
