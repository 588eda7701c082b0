## Online Renewal web checkout (Hindi). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = ऑनलाइन नवीनीकरण
page-title = अपने सपोर्ट अनुबंध का नवीनीकरण करें
language-label = भाषा
skip-to-content = मुख्य सामग्री पर जाएँ

## Contract and quote
contract-heading = अनुबंध { $contract }
contract-number-label = अनुबंध संख्या
customer-label = ग्राहक
coverage-ends = आपका मौजूदा कवरेज { $date } को समाप्त हो रहा है।
coverage-ended = आपका कवरेज { $date } को समाप्त हो गया।
renewal-period = नया कवरेज: { $start } से { $end } तक
quote-heading = आपका नवीनीकरण कोटेशन
quote-column-item = मद
quote-column-amount = राशि
# "वर्ष" has the same form in singular and plural, so no selector is needed.
term-years = { $years } वर्ष
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, मात्रा { $quantity }
line-upgrade = अपग्रेड: { $sku }, { $level } स्तर पर, { $term }, मात्रा { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (कवरेज समाप्त हो चुका है)
line-fx-conversion = { $from_amount } से { $rate } की दर पर परिवर्तित
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = कीमतें आपकी क्षेत्रीय मूल्य सूची के सूची मूल्य हैं।

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = अपना कवरेज अपग्रेड करें
upgrade-level-label = सेवा स्तर
upgrade-term-label = { -term }
upgrade-apply = कोटेशन अपडेट करें
currency-label = भुगतान मुद्रा
currency-other-note = किसी अन्य मुद्रा में भुगतान करने पर { -fx-surcharge } लगता है।

## Payment
payment-heading = भुगतान का तरीका
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
payment-method-wire_transfer = बैंक ट्रांसफ़र
payment-method-check = चेक या मनी ऑर्डर
card-number-label = कार्ड नंबर
card-expiry-label = समाप्ति तिथि (MM/YY)
card-cvc-label = सुरक्षा कोड
card-holder-label = कार्ड पर लिखा नाम
pay-button = { $amount } का भुगतान करें
method-button-offline = भुगतान निर्देश प्राप्त करें
method-button-card = भुगतान के लिए आगे बढ़ें
method-button-redirect = { $method } पेज पर जाएं
place-order-button = ऑर्डर करें
secure-payment-note = कार्ड का विवरण सीधे हमारे भुगतान-सुरक्षा प्रदाता को भेजा जाता है और हम इसे कभी संग्रहीत नहीं करते।

## Outcomes
confirmation-heading = धन्यवाद, आपके अनुबंध का नवीनीकरण हो गया है
confirmation-body = ऑर्डर { $order } का भुगतान हो गया है। आपका नया कवरेज { $end } तक मान्य है।
declined-heading = भुगतान अस्वीकृत
declined-body = आपके कार्ड जारीकर्ता ने भुगतान अस्वीकार कर दिया। कोई राशि नहीं काटी गई।
declined-body-bank = भुगतान पूरा नहीं हुआ। कोई राशि नहीं काटी गई।
payment-cancelled-notice = आपने { $method } पेज पर भुगतान रद्द कर दिया। कोई राशि नहीं काटी गई।
change-payment-option = भुगतान का तरीका बदलें
payment-error-heading = हम भुगतान सेवा से संपर्क नहीं कर सके
payment-error-body = कोई राशि नहीं काटी गई। कृपया कुछ मिनट बाद फिर से प्रयास करें।
offline-heading = आपका ऑर्डर दर्ज हो गया है
offline-body = ऑर्डर { $order } का भुगतान प्राप्त होते ही आपके अनुबंध का नवीनीकरण कर दिया जाएगा। कृपया { $due_date } तक भुगतान करें।
offline-instructions-wire_transfer = { $beneficiary } (IBAN { $iban }, BIC { $bic }) को { $amount } ट्रांसफ़र करें। संदर्भ { $reference } का उल्लेख अवश्य करें, ताकि हम आपके भुगतान का मिलान कर सकें।
offline-instructions-check = { $payee } के नाम देय { $amount } का चेक या मनी ऑर्डर { $address } पर भेजें। उस पर संदर्भ { $reference } लिखें।
offline-instructions-paypal = PayPal के ज़रिए { $account } को { $amount } भेजें। नोट में संदर्भ { $reference } जोड़ें।
offline-instructions-paynearme = किसी भी PayNearMe रिटेल स्टोर पर भुगतान कोड { $reference } के साथ { $amount } का नकद भुगतान करें।

## Eligibility: why a contract cannot renew online
reason-over-limit = इस अनुबंध का कुल मूल्य { $limit } से अधिक है, इसलिए इसका ऑनलाइन नवीनीकरण नहीं किया जा सकता। कृपया अपने पार्टनर या हमारी बिक्री टीम से संपर्क करें।
reason-oem = यह अनुबंध किसी OEM पार्टनर के माध्यम से बेचा गया था। कृपया उसी पार्टनर के माध्यम से इसका नवीनीकरण करें।
reason-country-not-live = आपके देश में ऑनलाइन नवीनीकरण अभी उपलब्ध नहीं है। यह { $date } से शुरू होगा।
reason-currency-retired = अनुबंध की मुद्रा { $currency } अब उपयोग में नहीं है। नए कोटेशन के लिए कृपया हमसे संपर्क करें।
reason-already-renewed-online = इस अनुबंध का नवीनीकरण पहले ही हो चुका है। धन्यवाद!
reason-already-renewed-partner = इस अनुबंध का नवीनीकरण पहले ही एक पार्टनर के माध्यम से हो चुका है। आपको आगे कुछ करने की आवश्यकता नहीं है।
reason-contract-not-found = हमें यह अनुबंध नहीं मिला। कृपया अपने ईमेल में दिया गया लिंक जाँचें।
reason-link-expired = नवीनीकरण के इस लिंक की अवधि समाप्त हो गई है। कृपया अपने सबसे हाल के रिमाइंडर ईमेल में दिए गए लिंक का उपयोग करें।

## Help
help-heading = मदद चाहिए?
help-send-email = ईमेल भेजें
help-phone = { $phone } पर कॉल करें, फिर विकल्प 3 और उसके बाद विकल्प 1 चुनें।
help-details = कृपया अपनी अनुबंध संख्या, संदर्भ संख्या (यदि हो) और ऑर्डर के लिए इस्तेमाल किया गया ईमेल पता (यदि हो) तैयार रखें।
help-changed-quote = क्या आपको कोई अलग कोटेशन चाहिए? अपने खाता पोर्टल में सपोर्ट अनुरोध दर्ज करें, या कॉल करके विकल्प 3 और उसके बाद विकल्प 2 चुनें, ताकि आप बिक्री प्रतिनिधि से बात कर सकें।
partner-note = आप किसी भी समय अपने अधिकृत पार्टनर के माध्यम से भी नवीनीकरण कर सकते हैं।

## the JSON API (/api): a request body it cannot read
api-field-unknown = इस अनुरोध में "{ $name }" नाम का कोई फ़ील्ड नहीं है। इसे हटाकर अनुरोध फिर से भेजें।
api-field-invalid = फ़ील्ड "{ $name }" मौजूद नहीं है या उसका मान गलत प्रकार का है। इसे ठीक करके अनुरोध फिर से भेजें।
api-body-not-object = अनुरोध का मुख्य भाग एक JSON ऑब्जेक्ट होना चाहिए, उदाहरण के लिए { $example }। इसे ठीक करें और अनुरोध फिर से भेजें।
