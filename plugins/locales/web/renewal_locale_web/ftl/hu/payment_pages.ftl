## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Tesztüzemmód: valódi pénz nem mozog.
payment-error-summary = Probléma merült fel
card-form-heading = Kártyaadatok
card-continue-button = Tovább
card-error-number = Kérjük, adjon meg érvényes kártyaszámot.
card-error-brand = Ez a szám nem felel meg a választott kártyatípusnak. Kérjük, ellenőrizze a számot, vagy válasszon másik fizetési módot.
card-error-expiry = Kérjük, a lejárati dátumot hónap/év formában adja meg, például 08/29.
card-error-expired = Ez a kártya lejárt. Kérjük, használjon másik kártyát.
card-error-cvc = Kérjük, adja meg a kártya biztonsági kódját (3 számjegy, American Express esetén 4).
card-error-holder = Kérjük, a nevet a kártyán szereplő módon adja meg.
payment-attempt-closed-heading = Ez a fizetési oldal már nincs nyitva
payment-attempt-closed-body = A fizetés befejeződött, vagy másik fizetési módot választott. Térjen vissza a pénztárhoz a rendelés állapotának megtekintéséhez.
payment-attempt-unknown-body = Ez a fizetési oldal nem létezik. Kérjük, nyissa meg újra a megújítási emlékeztető e-mailben kapott hivatkozást.
payment-back-to-checkout = Vissza a pénztárhoz
bank-page-heading = { $method }: a fizetés megerősítése
bank-page-body = Kifizeti a(z) { $seller } részére a(z) { $amount } összeget?
bank-approve-button = Fizetés jóváhagyása
bank-cancel-button = Mégse, vissza
card-too-many-tries = Ezen az oldalon túl sok kártyaszámot próbáltak ki. Biztonsága érdekében bezártuk: térjen vissza a pénztárhoz, és válasszon újra fizetési módot.
