## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = { $bank } में { $beneficiary } (ABA रूटिंग नंबर { $routing }, खाता संख्या { $account }) को { $amount } ट्रांसफ़र करें। संदर्भ { $reference } का उल्लेख अवश्य करें, ताकि हम आपके भुगतान का मिलान कर सकें।
offline-instructions-paypal-link = PayPal के ज़रिए { $account } को { $amount } का भुगतान करें। संदर्भ { $reference } पहले से भरा हुआ है; कृपया इसे नोट में रहने दें।
offline-instructions-paypal-link-label = PayPal से भुगतान करें

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = इस ऑर्डर के लिए हमें { $received } प्राप्त हुए हैं। शेष देय राशि: { $remaining }। कृपया बाकी राशि उसी संदर्भ संख्या के साथ भेजें।
payment-not-completed-notice = आपका पिछला भुगतान पूरा नहीं हुआ और कोई राशि नहीं काटी गई। कृपया फिर से भुगतान का तरीका चुनें।
