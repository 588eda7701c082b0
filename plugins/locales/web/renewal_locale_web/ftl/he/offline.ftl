## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = יש להעביר { $amount } אל { $beneficiary } בבנק { $bank }, מספר ניתוב ABA { $routing }, מספר חשבון { $account }. יש לציין את האסמכתה { $reference } כדי שנוכל לשייך את התשלום.
offline-instructions-paypal-link = יש לשלם { $amount } באמצעות PayPal אל { $account }. האסמכתה { $reference } כבר מולאה; יש להשאיר אותה בהערה.
offline-instructions-paypal-link-label = תשלום באמצעות PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = קיבלנו { $received } עבור הזמנה זו. יתרה לתשלום: { $remaining }. נא לשלוח את היתרה עם אותה אסמכתה.
payment-not-completed-notice = התשלום האחרון שלך לא הושלם ולא חויב כל סכום. נא לבחור שוב אמצעי תשלום.
