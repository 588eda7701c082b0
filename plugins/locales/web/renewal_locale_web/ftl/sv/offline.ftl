## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = För över { $amount } till { $beneficiary } i { $bank }, ABA-routingnummer { $routing }, kontonummer { $account }. Ange referensen { $reference } så att vi kan koppla din betalning.
offline-instructions-paypal-link = Betala { $amount } med PayPal till { $account }: { $link } Referensen { $reference } är redan ifylld; låt den stå kvar i meddelandet.
