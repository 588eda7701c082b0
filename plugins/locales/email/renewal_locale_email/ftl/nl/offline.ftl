## Offline payments by email (core/offline, issue 9): instructions with the PDF quote, and expiry.

offline-instructions-wire_transfer-aba = Maak { $amount } over naar { $beneficiary } bij { $bank }, ABA-routingnummer { $routing }, rekeningnummer { $account }. Vermeld het referentienummer { $reference }, zodat we uw betaling kunnen koppelen.
offline-instructions-paypal-link = Betaal { $amount } via PayPal aan { $account }: { $link } Het referentienummer { $reference } is al ingevuld; laat het in het notitieveld staan.
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
