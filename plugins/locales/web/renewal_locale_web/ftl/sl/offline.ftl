## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Nakažite { $amount } prejemniku { $beneficiary } pri banki { $bank }, usmerjevalna številka ABA { $routing }, številka računa { $account }. Navedite sklic { $reference }, da bomo lahko vaše plačilo povezali z naročilom.
offline-instructions-paypal-link = Plačajte { $amount } prek storitve PayPal na račun { $account }. Sklic { $reference } je že vpisan; pustite ga v opombi.
offline-instructions-paypal-link-label = Plačajte s PayPalom

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Za to naročilo smo prejeli { $received }. Še za plačilo: { $remaining }. Preostanek pošljite z isto referenco.
payment-not-completed-notice = Vaše zadnje plačilo ni bilo dokončano in denar ni bil bremenjen. Znova izberite način plačila.
