## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testtilstand: der overføres ingen rigtige penge.
payment-error-summary = Der er opstået et problem
card-form-heading = Kortoplysninger
card-continue-button = Fortsæt
card-error-number = Angiv et gyldigt kortnummer.
card-error-brand = Nummeret passer ikke til den valgte korttype. Kontrollér nummeret, eller skift betalingsmåde.
card-error-expiry = Angiv udløbsdatoen som måned og år, for eksempel 08/29.
card-error-expired = Kortet er udløbet. Brug venligst et andet kort.
card-error-cvc = Angiv kortets sikkerhedskode (3 cifre, eller 4 for American Express).
card-error-holder = Angiv navnet, som det står på kortet.
payment-attempt-closed-heading = Denne betalingsside er ikke længere åben
payment-attempt-closed-body = Betalingen er gennemført, eller der er valgt en anden betalingsmåde. Gå tilbage til kassen for at se status for din ordre.
payment-attempt-unknown-body = Denne betalingsside findes ikke. Åbn linket i din påmindelsesmail om fornyelse igen.
payment-back-to-checkout = Tilbage til kassen
bank-page-heading = { $method }: bekræft din betaling
bank-page-body = Betal { $amount } til { $seller }?
bank-approve-button = Godkend betaling
bank-cancel-button = Annullér og gå tilbage
card-too-many-tries = Der er prøvet for mange kortnumre på denne side. Af hensyn til din sikkerhed er den lukket: gå tilbage til kassen, og vælg betalingsmåde igen.
