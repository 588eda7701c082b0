## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Maak { $amount } over naar { $beneficiary } bij { $bank }, ABA-routingnummer { $routing }, rekeningnummer { $account }. Vermeld het referentienummer { $reference }, zodat we uw betaling kunnen koppelen.
offline-instructions-paypal-link = Betaal { $amount } via PayPal aan { $account }: { $link } Het referentienummer { $reference } is al ingevuld; laat het in het notitieveld staan.
