## Online Renewal web checkout (Greek). Amounts and dates arrive already formatted (babel),
## so messages never format numbers themselves. Counts ($years, $count, $days) are numbers.

site-name = Ηλεκτρονική ανανέωση
page-title = Ανανεώστε το συμβόλαιο υποστήριξής σας
language-label = Γλώσσα
skip-to-content = Μετάβαση στο κύριο περιεχόμενο

## Contract and quote
contract-heading = Συμβόλαιο { $contract }
contract-number-label = Αριθμός συμβολαίου
customer-label = Πελάτης
coverage-ends = Η τρέχουσα κάλυψή σας λήγει στις { $date }.
coverage-ended = Η κάλυψή σας έληξε στις { $date }.
renewal-period = Νέα κάλυψη: από { $start } έως { $end }
quote-heading = Η προσφορά ανανέωσής σας
quote-column-item = Περιγραφή
quote-column-amount = Ποσό
term-years = { $years ->
    [one] { $years } έτος
   *[other] { $years } έτη
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, ποσότητα { $quantity }
line-upgrade = Αναβάθμιση: { $sku } σε επίπεδο { $level }, { $term }, ποσότητα { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (η κάλυψη έχει λήξει)
line-fx-conversion = Μετατροπή από { $from_amount } με ισοτιμία { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Οι τιμές είναι τιμές καταλόγου από τον τιμοκατάλογο της περιοχής σας.

## Service levels
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Upgrades and currency
upgrade-heading = Αναβαθμίστε την κάλυψή σας
upgrade-level-label = Επίπεδο υπηρεσίας
upgrade-term-label = { -term }
upgrade-apply = Ενημέρωση προσφοράς
currency-label = Νόμισμα πληρωμής
currency-other-note = Για πληρωμή σε άλλο νόμισμα ισχύει { -fx-surcharge(form: "inline") }.

## Payment
payment-heading = Τρόπος πληρωμής
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
payment-method-wire_transfer = Τραπεζικό έμβασμα
payment-method-check = Επιταγή ή ταχυδρομική επιταγή
card-number-label = Αριθμός κάρτας
card-expiry-label = Ημερομηνία λήξης (ΜΜ/ΕΕ)
card-cvc-label = Κωδικός ασφαλείας
card-holder-label = Όνομα κατόχου κάρτας
pay-button = Πληρωμή { $amount }
method-button-offline = Λήψη οδηγιών πληρωμής
method-button-card = Συνέχεια στην πληρωμή
method-button-redirect = Συνέχεια στη σελίδα { $method }
place-order-button = Υποβολή παραγγελίας
secure-payment-note = Τα στοιχεία της κάρτας σας αποστέλλονται απευθείας στον πάροχο ασφάλειας πληρωμών μας και δεν αποθηκεύονται ποτέ από εμάς.

## Outcomes
confirmation-heading = Σας ευχαριστούμε, το συμβόλαιό σας ανανεώθηκε
confirmation-body = Η παραγγελία { $order } έχει εξοφληθεί. Η νέα σας κάλυψη ισχύει έως τις { $end }.
declined-heading = Η πληρωμή απορρίφθηκε
declined-body = Ο εκδότης της κάρτας σας απέρριψε την πληρωμή. Δεν έγινε καμία χρέωση.
declined-body-bank = Η πληρωμή δεν ολοκληρώθηκε. Δεν έγινε καμία χρέωση.
payment-cancelled-notice = Ακυρώσατε την πληρωμή στη σελίδα { $method }. Δεν χρεώθηκε κανένα ποσό.
change-payment-option = Αλλαγή τρόπου πληρωμής
payment-error-heading = Δεν ήταν δυνατή η σύνδεση με την υπηρεσία πληρωμών
payment-error-body = Δεν έγινε καμία χρέωση. Δοκιμάστε ξανά σε λίγα λεπτά.
offline-heading = Η παραγγελία σας καταχωρίστηκε
offline-body = Το συμβόλαιό σας θα ανανεωθεί μόλις λάβουμε την πληρωμή για την παραγγελία { $order }. Πληρώστε έως τις { $due_date }.
offline-instructions-wire_transfer = Μεταφέρετε { $amount } στον δικαιούχο { $beneficiary }, IBAN { $iban }, BIC { $bic }. Αναφέρετε τον κωδικό αναφοράς { $reference }, ώστε να μπορέσουμε να αντιστοιχίσουμε την πληρωμή σας.
offline-instructions-check = Στείλτε επιταγή ή ταχυδρομική επιταγή ποσού { $amount }, σε διαταγή { $payee }, στη διεύθυνση { $address }. Αναγράψτε σε αυτήν τον κωδικό αναφοράς { $reference }.
offline-instructions-paypal = Στείλτε { $amount } μέσω PayPal στον λογαριασμό { $account }. Προσθέστε τον κωδικό αναφοράς { $reference } στο σημείωμα.
offline-instructions-paynearme = Πληρώστε { $amount } σε μετρητά σε οποιοδήποτε κατάστημα PayNearMe με τον κωδικό πληρωμής { $reference }.

## Eligibility: why a contract cannot renew online
reason-over-limit = Η συνολική αξία αυτού του συμβολαίου υπερβαίνει το όριο των { $limit }, επομένως δεν μπορεί να ανανεωθεί ηλεκτρονικά. Επικοινωνήστε με τον συνεργάτη σας ή με την ομάδα πωλήσεών μας.
reason-oem = Αυτό το συμβόλαιο πωλήθηκε μέσω συνεργάτη OEM. Ανανεώστε το μέσω αυτού του συνεργάτη.
reason-country-not-live = Η ηλεκτρονική ανανέωση δεν είναι ακόμη διαθέσιμη στη χώρα σας. Θα είναι διαθέσιμη από τις { $date }.
reason-currency-retired = Το νόμισμα του συμβολαίου ({ $currency }) δεν χρησιμοποιείται πλέον. Επικοινωνήστε μαζί μας για νέα προσφορά.
reason-already-renewed-online = Αυτό το συμβόλαιο έχει ήδη ανανεωθεί. Σας ευχαριστούμε!
reason-already-renewed-partner = Αυτό το συμβόλαιο έχει ήδη ανανεωθεί μέσω συνεργάτη. Δεν απαιτείται καμία περαιτέρω ενέργεια.
reason-contract-not-found = Δεν βρέθηκε αυτό το συμβόλαιο. Ελέγξτε τον σύνδεσμο στο email σας.
reason-link-expired = Αυτός ο σύνδεσμος ανανέωσης έχει λήξει. Χρησιμοποιήστε τον σύνδεσμο από το πιο πρόσφατο email υπενθύμισης.

## Help
help-heading = Χρειάζεστε βοήθεια;
help-send-email = Αποστολή email
help-phone = Καλέστε στο { $phone } και επιλέξτε την επιλογή 3 και στη συνέχεια την επιλογή 1.
help-details = Έχετε έτοιμα τον αριθμό του συμβολαίου σας, τον αριθμό αναφοράς (αν υπάρχει) και τη διεύθυνση email που χρησιμοποιήθηκε για την παραγγελία (αν υπάρχει).
help-changed-quote = Χρειάζεστε διαφορετική προσφορά; Υποβάλετε αίτημα υποστήριξης στην πύλη του λογαριασμού σας ή καλέστε μας και επιλέξτε την επιλογή 3 και στη συνέχεια την επιλογή 2 για να μιλήσετε με έναν εκπρόσωπο πωλήσεων.
partner-note = Μπορείτε επίσης να ανανεώσετε οποιαδήποτε στιγμή μέσω του εξουσιοδοτημένου συνεργάτη σας.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Αυτό το αίτημα δεν έχει πεδίο «{ $name }». Αφαιρέστε το και στείλτε ξανά το αίτημα.
api-field-invalid = Το πεδίο «{ $name }» λείπει ή έχει τιμή λάθος τύπου. Διορθώστε το και στείλτε ξανά το αίτημα.
api-body-not-object = Το σώμα του αιτήματος πρέπει να είναι αντικείμενο JSON, για παράδειγμα { $example }. Διορθώστε το και στείλτε ξανά το αίτημα.
