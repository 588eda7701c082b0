## Online Renewal web checkout (Hebrew). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.
## Instructions use the impersonal "יש ל..." form so the text stays gender-neutral.

site-name = חידוש מקוון
page-title = חידוש חוזה התמיכה
language-label = שפה
skip-to-content = דילוג לתוכן הראשי

## Contract and quote
contract-heading = חוזה { $contract }
contract-number-label = מספר חוזה
customer-label = לקוח
coverage-ends = הכיסוי הנוכחי שלך מסתיים בתאריך { $date }.
coverage-ended = הכיסוי שלך הסתיים בתאריך { $date }.
renewal-period = כיסוי חדש: מ-{ $start } עד { $end }
quote-heading = הצעת המחיר שלך לחידוש
quote-column-item = פריט
quote-column-amount = סכום
term-years = { $years ->
    [one] שנה אחת
    [two] שנתיים
   *[other] { $years } שנים
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, כמות { $quantity }
line-upgrade = שדרוג: { $sku } לרמת { $level }, { $term }, כמות { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (תוקף הכיסוי פג)
line-fx-conversion = הומר מ-{ $from_amount } לפי שער { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = המחירים הם מחירי מחירון מתוך המחירון האזורי שלך.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = שדרוג הכיסוי
upgrade-level-label = רמת שירות
upgrade-term-label = { -term }
upgrade-apply = עדכון הצעת המחיר
currency-label = מטבע התשלום
currency-other-note = תשלום במטבע אחר כרוך ב{ -fx-surcharge }.

## Payment
payment-heading = אמצעי תשלום
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
payment-method-wire_transfer = העברה בנקאית
payment-method-check = צ׳ק או המחאת דואר
card-number-label = מספר כרטיס
card-expiry-label = תוקף (חודש/שנה)
card-cvc-label = קוד אבטחה
card-holder-label = שם בעל הכרטיס
pay-button = תשלום { $amount }
method-button-offline = קבלת הוראות תשלום
method-button-card = המשך לתשלום
method-button-redirect = המשך לדף { $method }
place-order-button = ביצוע הזמנה
secure-payment-note = פרטי הכרטיס נשלחים ישירות לספק אבטחת התשלומים שלנו ולעולם אינם נשמרים אצלנו.

## Outcomes
confirmation-heading = תודה, החוזה שלך חודש
confirmation-body = הזמנה { $order } שולמה. הכיסוי החדש שלך בתוקף עד { $end }.
declined-heading = התשלום נדחה
declined-body = מנפיק הכרטיס דחה את התשלום. לא חויב שום סכום.
declined-body-bank = התשלום לא הושלם. לא חויב שום סכום.
payment-cancelled-notice = ביטלת את התשלום בדף של { $method }. לא נגבה כסף.
change-payment-option = החלפת אמצעי התשלום
payment-error-heading = לא הצלחנו להתחבר לשירות התשלומים
payment-error-body = לא חויב שום סכום. יש לנסות שוב בעוד כמה דקות.
offline-heading = ההזמנה שלך התקבלה
offline-body = החוזה יחודש מיד עם קבלת התשלום עבור הזמנה { $order }. יש לשלם עד { $due_date }.
offline-instructions-wire_transfer = יש להעביר { $amount } אל { $beneficiary }, IBAN { $iban }, BIC { $bic }. יש לציין את האסמכתה { $reference } כדי שנוכל לשייך את התשלום.
offline-instructions-check = יש לשלוח צ׳ק או המחאת דואר על סך { $amount }, לפקודת { $payee }, לכתובת { $address }. יש לרשום עליהם את האסמכתה { $reference }.
offline-instructions-paypal = יש לשלוח { $amount } באמצעות PayPal אל { $account }. יש להוסיף את האסמכתה { $reference } בהערה.
offline-instructions-paynearme = יש לשלם { $amount } במזומן בכל נקודת מכירה של PayNearMe עם קוד התשלום { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = הסכום הכולל של חוזה זה עולה על { $limit }, ולכן לא ניתן לחדש אותו באופן מקוון. יש לפנות לשותף שלך או לצוות המכירות שלנו.
reason-oem = חוזה זה נמכר באמצעות שותף OEM. יש לחדש אותו אצל אותו שותף.
reason-country-not-live = חידוש מקוון עדיין אינו זמין במדינה שלך. השירות יושק בתאריך { $date }.
reason-currency-retired = מטבע החוזה, { $currency }, אינו בשימוש עוד. יש לפנות אלינו לקבלת הצעת מחיר חדשה.
reason-already-renewed-online = חוזה זה כבר חודש. תודה!
reason-already-renewed-partner = חוזה זה כבר חודש באמצעות שותף. אין צורך בפעולה נוספת.
reason-contract-not-found = לא הצלחנו למצוא את החוזה הזה. יש לבדוק את הקישור בהודעת הדוא״ל.
reason-link-expired = תוקף קישור החידוש הזה פג. יש להשתמש בקישור שבהודעת התזכורת האחרונה שנשלחה בדוא״ל.

## Help
help-heading = צריכים עזרה?
help-send-email = שליחת דוא״ל
help-phone = יש להתקשר למספר { $phone } ולבחור באפשרות 3 ולאחר מכן באפשרות 1.
help-details = יש להכין מראש את מספר החוזה, את מספר האסמכתה (אם יש) ואת כתובת הדוא״ל ששימשה לביצוע ההזמנה (אם יש).
help-changed-quote = צריכים הצעת מחיר אחרת? אפשר לפתוח בקשת תמיכה בפורטל החשבון, או להתקשר ולבחור באפשרות 3 ולאחר מכן באפשרות 2 כדי לדבר עם נציג מכירות.
partner-note = אפשר גם לחדש בכל עת באמצעות השותף המורשה שלך.

## the JSON API (/api): a request body it cannot read
api-field-unknown = לבקשה זו אין שדה "{ $name }". הסירו אותו ושלחו את הבקשה שוב.
api-field-invalid = השדה "{ $name }" חסר או שערכו מסוג שגוי. תקנו אותו ושלחו את הבקשה שוב.
api-body-not-object = גוף הבקשה חייב להיות אובייקט JSON, לדוגמה { $example }. תקנו אותו ושלחו את הבקשה שוב.
