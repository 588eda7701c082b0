## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Λειτουργία δοκιμής: δεν μεταφέρονται πραγματικά χρήματα.
payment-error-summary = Υπάρχει πρόβλημα
card-form-heading = Στοιχεία κάρτας
card-continue-button = Συνέχεια
card-error-number = Εισαγάγετε έναν έγκυρο αριθμό κάρτας.
card-error-brand = Ο αριθμός δεν αντιστοιχεί στον τύπο κάρτας που επιλέξατε. Ελέγξτε τον αριθμό ή αλλάξτε τρόπο πληρωμής.
card-error-expiry = Εισαγάγετε την ημερομηνία λήξης ως μήνα και έτος, για παράδειγμα 08/29.
card-error-expired = Η κάρτα έχει λήξει. Χρησιμοποιήστε άλλη κάρτα.
card-error-cvc = Εισαγάγετε τον κωδικό ασφαλείας της κάρτας (3 ψηφία ή 4 για American Express).
card-error-holder = Εισαγάγετε το όνομα όπως αναγράφεται στην κάρτα.
payment-attempt-closed-heading = Αυτή η σελίδα πληρωμής δεν είναι πλέον ανοιχτή
payment-attempt-closed-body = Η πληρωμή ολοκληρώθηκε ή επιλέχθηκε άλλος τρόπος πληρωμής. Επιστρέψτε στην ολοκλήρωση αγοράς για να δείτε την κατάσταση της παραγγελίας σας.
payment-attempt-unknown-body = Αυτή η σελίδα πληρωμής δεν υπάρχει. Ανοίξτε ξανά τον σύνδεσμο από το email υπενθύμισης ανανέωσης.
payment-back-to-checkout = Επιστροφή στην ολοκλήρωση αγοράς
bank-page-heading = { $method }: επιβεβαίωση πληρωμής
bank-page-body = Πληρωμή { $amount } προς { $seller };
bank-approve-button = Έγκριση πληρωμής
bank-cancel-button = Ακύρωση και επιστροφή
card-too-many-tries = Δοκιμάστηκαν πάρα πολλοί αριθμοί κάρτας σε αυτή τη σελίδα. Για την ασφάλειά σας έκλεισε: επιστρέψτε στην ολοκλήρωση αγοράς και επιλέξτε ξανά τρόπο πληρωμής.
