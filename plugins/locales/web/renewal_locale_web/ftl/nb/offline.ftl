## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Overfør { $amount } til { $beneficiary } i { $bank }, ABA-rutingnummer { $routing }, kontonummer { $account }. Oppgi referansen { $reference } slik at vi kan knytte betalingen til bestillingen.
offline-instructions-paypal-link = Betal { $amount } med PayPal til { $account }: { $link } Referansen { $reference } er allerede fylt ut; la den stå i meldingsfeltet.
