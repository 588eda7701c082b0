## Online Renewal web checkout (Arabic). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = التجديد عبر الإنترنت
page-title = تجديد عقد الدعم الخاص بك
language-label = اللغة
skip-to-content = الانتقال إلى المحتوى الرئيسي

## Contract and quote
contract-heading = العقد { $contract }
contract-number-label = رقم العقد
customer-label = العميل
coverage-ends = تنتهي تغطيتك الحالية في { $date }.
coverage-ended = انتهت تغطيتك في { $date }.
renewal-period = التغطية الجديدة: من { $start } إلى { $end }
quote-heading = عرض سعر التجديد الخاص بك
quote-column-item = البند
quote-column-amount = المبلغ
term-years = { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
line-renewal = { -renewal }: { $sku }، { $level }، { $term }، الكمية { $quantity }
line-upgrade = ترقية: { $sku } إلى مستوى { $level }، { $term }، الكمية { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (انتهت التغطية)
line-fx-conversion = تم التحويل من { $from_amount } بسعر صرف { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = الأسعار المعروضة هي أسعار القائمة الواردة في قائمة الأسعار الخاصة بمنطقتك.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = ترقية تغطيتك
upgrade-level-label = مستوى الخدمة
upgrade-term-label = { -term }
upgrade-apply = تحديث عرض السعر
currency-label = عملة الدفع
currency-other-note = تُضاف { -fx-surcharge } عند الدفع بعملة أخرى.

## Payment
payment-heading = طريقة الدفع
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = تحويل بنكي
payment-method-check = شيك أو حوالة بريدية
card-number-label = رقم البطاقة
card-expiry-label = تاريخ الانتهاء (الشهر/السنة)
card-cvc-label = رمز الأمان
card-holder-label = الاسم على البطاقة
pay-button = دفع { $amount }
method-button-offline = الحصول على تعليمات الدفع
method-button-card = المتابعة إلى الدفع
method-button-redirect = المتابعة إلى صفحة { $method }
place-order-button = إرسال الطلب
secure-payment-note = تنتقل بيانات بطاقتك مباشرةً إلى مزود أمان المدفوعات لدينا، ولا نخزنها أبدًا.

## Outcomes
confirmation-heading = شكرًا لك، تم تجديد عقدك
confirmation-body = تم دفع الطلب { $order }. تسري تغطيتك الجديدة حتى { $end }.
declined-heading = تم رفض الدفع
declined-body = رفضت الجهة المصدرة لبطاقتك عملية الدفع. لم يتم خصم أي مبلغ.
declined-body-bank = لم تكتمل عملية الدفع. لم يتم خصم أي مبلغ.
payment-cancelled-notice = لقد ألغيتم الدفع في صفحة { $method }. لم يُخصم أي مبلغ.
change-payment-option = تغيير طريقة الدفع
payment-error-heading = تعذر علينا الاتصال بخدمة الدفع
payment-error-body = لم يتم خصم أي مبلغ. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
offline-heading = تم تقديم طلبك
offline-body = سيتم تجديد عقدك فور وصول دفعتك الخاصة بالطلب { $order }. يُرجى الدفع في موعد أقصاه { $due_date }.
offline-instructions-wire_transfer = يُرجى تحويل { $amount } إلى { $beneficiary }، IBAN: { $iban }، BIC: { $bic }، وذكر المرجع { $reference } حتى نتمكن من مطابقة دفعتك.
offline-instructions-check = يُرجى إرسال شيك أو حوالة بريدية بمبلغ { $amount } باسم { $payee } إلى العنوان { $address }، وتدوين المرجع { $reference } على الشيك أو الحوالة.
offline-instructions-paypal = يُرجى إرسال { $amount } عبر PayPal إلى { $account }، وإضافة المرجع { $reference } في الملاحظة.
offline-instructions-paynearme = يُرجى دفع { $amount } نقدًا في أي متجر من متاجر PayNearMe باستخدام رمز الدفع { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = يتجاوز إجمالي قيمة هذا العقد { $limit }، لذا لا يمكن تجديده عبر الإنترنت. يُرجى التواصل مع شريكك أو مع فريق المبيعات لدينا.
reason-oem = تم بيع هذا العقد من خلال شريك OEM. يُرجى تجديده لدى هذا الشريك.
reason-country-not-live = التجديد عبر الإنترنت غير متاح بعد في بلدك. سيتوفر بدءًا من { $date }.
reason-currency-retired = لم تعد عملة العقد { $currency } مستخدمة. يُرجى التواصل معنا للحصول على عرض سعر جديد.
reason-already-renewed-online = تم تجديد هذا العقد بالفعل. شكرًا لك!
reason-already-renewed-partner = تم تجديد هذا العقد بالفعل من خلال أحد الشركاء. لا يلزم اتخاذ أي إجراء آخر.
reason-contract-not-found = تعذر علينا العثور على هذا العقد. يُرجى التحقق من الرابط الوارد في بريدك الإلكتروني.
reason-link-expired = انتهت صلاحية رابط التجديد هذا. يُرجى استخدام الرابط الوارد في أحدث رسالة تذكير تلقيتها عبر البريد الإلكتروني.

## Help
help-heading = هل تحتاج إلى مساعدة؟
help-send-email = إرسال بريد إلكتروني
help-phone = يُرجى الاتصال على الرقم { $phone }، ثم اختيار الخيار 3 ثم الخيار 1.
help-details = يُرجى تجهيز رقم العقد، والرقم المرجعي (إن وجد)، وعنوان البريد الإلكتروني المستخدم في الطلب (إن وجد).
help-changed-quote = هل تحتاج إلى عرض سعر مختلف؟ يُرجى فتح طلب دعم في بوابة حسابك، أو الاتصال بنا واختيار الخيار 3 ثم الخيار 2 للتحدث إلى أحد ممثلي المبيعات.
partner-note = يمكنك أيضًا التجديد في أي وقت من خلال شريكك المعتمد.

## the JSON API (/api): a request body it cannot read
api-field-unknown = لا يحتوي هذا الطلب على الحقل "{ $name }". احذفه وأرسل الطلب مرة أخرى.
api-field-invalid = الحقل "{ $name }" مفقود أو قيمته من نوع غير صحيح. صحّحه وأرسل الطلب مرة أخرى.
api-body-not-object = يجب أن يكون نص الطلب كائن JSON، مثل { $example }. يُرجى تصحيحه وإرسال الطلب مرة أخرى.
