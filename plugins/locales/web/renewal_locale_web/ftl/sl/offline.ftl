## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Nakažite { $amount } prejemniku { $beneficiary } pri banki { $bank }, usmerjevalna številka ABA { $routing }, številka računa { $account }. Navedite sklic { $reference }, da bomo lahko vaše plačilo povezali z naročilom.
offline-instructions-paypal-link = Plačajte { $amount } prek storitve PayPal na račun { $account }: { $link } Sklic { $reference } je že vpisan; pustite ga v opombi.
