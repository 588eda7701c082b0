## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Μεταφέρετε { $amount } στον δικαιούχο { $beneficiary } στην τράπεζα { $bank }, αριθμός δρομολόγησης ABA { $routing }, αριθμός λογαριασμού { $account }. Αναφέρετε τον κωδικό αναφοράς { $reference }, ώστε να μπορέσουμε να αντιστοιχίσουμε την πληρωμή σας.
offline-instructions-paypal-link = Πληρώστε { $amount } μέσω PayPal στον λογαριασμό { $account }: { $link } Ο κωδικός αναφοράς { $reference } έχει ήδη συμπληρωθεί· αφήστε τον στο σημείωμα.
