## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = { $bank } में { $beneficiary } (ABA रूटिंग नंबर { $routing }, खाता संख्या { $account }) को { $amount } ट्रांसफ़र करें। संदर्भ { $reference } का उल्लेख अवश्य करें, ताकि हम आपके भुगतान का मिलान कर सकें।
offline-instructions-paypal-link = PayPal के ज़रिए { $account } को { $amount } का भुगतान करें: { $link } संदर्भ { $reference } पहले से भरा हुआ है; कृपया इसे नोट में रहने दें।
