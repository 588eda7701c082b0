## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Μεταφέρετε { $amount } στον δικαιούχο { $beneficiary } στην τράπεζα { $bank }, αριθμός δρομολόγησης ABA { $routing }, αριθμός λογαριασμού { $account }. Αναφέρετε τον κωδικό αναφοράς { $reference }, ώστε να μπορέσουμε να αντιστοιχίσουμε την πληρωμή σας.
offline-instructions-paypal-link = Πληρώστε { $amount } μέσω PayPal στον λογαριασμό { $account }. Ο κωδικός αναφοράς { $reference } έχει ήδη συμπληρωθεί· αφήστε τον στο σημείωμα.
offline-instructions-paypal-link-label = Πληρωμή μέσω PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Έχουμε λάβει { $received } για αυτή την παραγγελία. Υπόλοιπο προς πληρωμή: { $remaining }. Στείλτε το υπόλοιπο με την ίδια αναφορά.
payment-not-completed-notice = Η τελευταία σας πληρωμή δεν ολοκληρώθηκε και δεν χρεώθηκε κανένα ποσό. Επιλέξτε ξανά τρόπο πληρωμής.
