## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Siirrä { $amount } saajalle { $beneficiary } pankkiin { $bank }, ABA-reititysnumero { $routing }, tilinumero { $account }. Käytä viitettä { $reference }, jotta voimme kohdistaa maksusi.
offline-instructions-paypal-link = Maksa { $amount } PayPalilla tilille { $account }. Viite { $reference } on valmiiksi täytetty; jätä se viestikenttään.
offline-instructions-paypal-link-label = Maksa PayPalilla

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Olemme vastaanottaneet tästä tilauksesta { $received }. Maksamatta: { $remaining }. Lähetä loppuosa samalla viitteellä.
payment-not-completed-notice = Viimeisin maksusi ei onnistunut, eikä rahaa veloitettu. Valitse maksutapa uudelleen.
