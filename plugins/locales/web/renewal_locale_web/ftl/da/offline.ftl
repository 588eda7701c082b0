## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Overfør { $amount } til { $beneficiary } i { $bank }, ABA-routingnummer { $routing }, kontonummer { $account }. Angiv referencen { $reference }, så vi kan matche din betaling.
offline-instructions-paypal-link = Betal { $amount } med PayPal til { $account }: { $link } Referencen { $reference } er allerede udfyldt; lad den stå i beskeden.
