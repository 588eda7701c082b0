## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = परीक्षण मोड: कोई वास्तविक धनराशि स्थानांतरित नहीं होती।
payment-error-summary = एक समस्या है
card-form-heading = कार्ड का विवरण
card-continue-button = आगे बढ़ें
card-error-number = कृपया एक मान्य कार्ड नंबर दर्ज करें।
card-error-brand = यह नंबर चुने गए कार्ड प्रकार से मेल नहीं खाता। कृपया नंबर जाँचें या भुगतान का तरीका बदलें।
card-error-expiry = कृपया समाप्ति तिथि महीने और वर्ष के रूप में दर्ज करें, उदाहरण के लिए 08/29।
card-error-expired = इस कार्ड की अवधि समाप्त हो चुकी है। कृपया किसी अन्य कार्ड का उपयोग करें।
card-error-cvc = कृपया कार्ड का सुरक्षा कोड दर्ज करें (3 अंक, American Express के लिए 4)।
card-error-holder = कृपया नाम वैसे ही दर्ज करें जैसा कार्ड पर लिखा है।
payment-attempt-closed-heading = यह भुगतान पृष्ठ अब खुला नहीं है
payment-attempt-closed-body = भुगतान पूरा हो चुका है या कोई अन्य भुगतान तरीका चुना गया है। अपने ऑर्डर की स्थिति देखने के लिए चेकआउट पर लौटें।
payment-attempt-unknown-body = यह भुगतान पृष्ठ मौजूद नहीं है। कृपया अपने नवीनीकरण अनुस्मारक ईमेल का लिंक फिर से खोलें।
payment-back-to-checkout = चेकआउट पर लौटें
bank-page-heading = { $method }: अपने भुगतान की पुष्टि करें
bank-page-body = { $seller } को { $amount } का भुगतान करें?
bank-approve-button = भुगतान स्वीकृत करें
bank-cancel-button = रद्द करें और लौटें
card-too-many-tries = इस पृष्ठ पर बहुत अधिक कार्ड नंबर आज़माए गए। आपकी सुरक्षा के लिए इसे बंद कर दिया गया है: कृपया चेकआउट पर लौटें और भुगतान का तरीका फिर से चुनें।
