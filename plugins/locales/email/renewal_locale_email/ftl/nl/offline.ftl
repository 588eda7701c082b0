## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Maak { $amount } over naar { $beneficiary } bij { $bank }, ABA-routingnummer { $routing }, rekeningnummer { $account }. Vermeld het referentienummer { $reference }, zodat we uw betaling kunnen koppelen.
offline-instructions-paypal-link = Betaal { $amount } via PayPal aan { $account }. Het referentienummer { $reference } is al ingevuld; laat het in het notitieveld staan.
offline-instructions-paypal-link-label = Betalen met PayPal
offline-email-subject = Betaalinstructies voor contract { $contract }
offline-email-intro = Hartelijk dank voor uw bestelling { $order }. Contract { $contract } wordt verlengd zodra uw betaling binnen is. Zo betaalt u:
offline-email-due = Betaal uiterlijk { $date }. Tot die datum opent de link hieronder deze instructies opnieuw.
offline-email-label-reference = Betalingskenmerk
offline-email-label-amount = Te betalen bedrag
offline-email-label-due = Uiterste betaaldatum
offline-email-link = Uw bestelling openen
offline-expired-subject = Bestelling { $order } voor contract { $contract } is verlopen
offline-expired-body = We hebben de volledige betaling voor bestelling { $order } niet uiterlijk { $date } ontvangen; de bestelling is daarom verlopen.
offline-expired-unchanged = Contract { $contract } is ongewijzigd. Als u al geld voor deze bestelling hebt overgemaakt, krijgt u dat terug.
offline-expired-again = Met uw persoonlijke link kunt u op elk moment een nieuwe bestelling plaatsen

## The order switched away, paid short, or its PDF dated by the pay-by day (issue 9 review).

quote-pay-by = Uiterste betaaldatum: { $date }
offline-email-replaces = Deze instructies vervangen de instructies die we u eerder voor deze bestelling stuurden.
offline-email-label-received = Tot nu toe ontvangen
offline-email-label-remaining = Nog te betalen
offline-withdrawn-subject = Eerdere betaalinstructies voor contract { $contract } gelden niet meer
offline-withdrawn-body = U hebt een andere betaalmethode gekozen voor bestelling { $order }. De betaalinstructies die we u stuurden voor betalingskenmerk { $reference } gelden daarom niet meer. Maak geen geld over met dat kenmerk.
offline-withdrawn-already = Hebt u het al overgemaakt, dan gaat het niet verloren: het wordt met uw bestelling verrekend, of u krijgt het terug als de bestelling op een andere manier is betaald.
offline-underpaid-subject = Een deel van uw betaling voor contract { $contract } is ontvangen
offline-underpaid-body = We hebben { $received } ontvangen voor bestelling { $order }. Nog te betalen: { $remaining }.
offline-underpaid-rest = Maak het resterende bedrag uiterlijk { $date } over met hetzelfde betalingskenmerk { $reference }. Contract { $contract } wordt verlengd zodra het volledige bedrag binnen is.
