## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = מצב בדיקה: לא מועבר כסף אמיתי.
payment-error-summary = קיימת בעיה
card-form-heading = פרטי הכרטיס
card-continue-button = המשך
card-error-number = נא להזין מספר כרטיס תקין.
card-error-brand = המספר אינו תואם לסוג הכרטיס שנבחר. נא לבדוק את המספר או לשנות את אמצעי התשלום.
card-error-expiry = נא להזין את תאריך התפוגה כחודש ושנה, לדוגמה 08/29.
card-error-expired = תוקף הכרטיס פג. נא להשתמש בכרטיס אחר.
card-error-cvc = נא להזין את קוד האבטחה של הכרטיס (3 ספרות, או 4 ב-American Express).
card-error-holder = נא להזין את השם כפי שהוא מופיע על הכרטיס.
payment-attempt-closed-heading = דף התשלום הזה כבר אינו פתוח
payment-attempt-closed-body = התשלום הושלם או שנבחר אמצעי תשלום אחר. נא לחזור לדף התשלום כדי לראות את מצב ההזמנה.
payment-attempt-unknown-body = דף התשלום הזה אינו קיים. נא לפתוח שוב את הקישור שבהודעת התזכורת לחידוש.
payment-back-to-checkout = חזרה לדף התשלום
bank-page-heading = { $method }: אישור התשלום
bank-page-body = לשלם { $amount } ל-{ $seller }?
bank-approve-button = אישור התשלום
bank-cancel-button = ביטול וחזרה
card-too-many-tries = נוסו יותר מדי מספרי כרטיס בדף זה. לשם אבטחתך הוא נסגר: נא לחזור לדף התשלום ולבחור שוב אמצעי תשלום.
