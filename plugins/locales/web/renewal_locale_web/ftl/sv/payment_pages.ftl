## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testläge: inga riktiga pengar överförs.
payment-error-summary = Ett problem har uppstått
card-form-heading = Kortuppgifter
card-continue-button = Fortsätt
card-error-number = Ange ett giltigt kortnummer.
card-error-brand = Numret stämmer inte med den valda korttypen. Kontrollera numret eller byt betalningssätt.
card-error-expiry = Ange utgångsdatum som månad och år, till exempel 08/29.
card-error-expired = Kortet har gått ut. Använd ett annat kort.
card-error-cvc = Ange kortets säkerhetskod (3 siffror, eller 4 för American Express).
card-error-holder = Ange namnet som det står på kortet.
payment-attempt-closed-heading = Den här betalningssidan är inte längre öppen
payment-attempt-closed-body = Betalningen har slutförts eller ett annat betalningssätt har valts. Gå tillbaka till kassan för att se status för din beställning.
payment-attempt-unknown-body = Den här betalningssidan finns inte. Öppna länken i ditt påminnelsemejl om förnyelse igen.
payment-back-to-checkout = Tillbaka till kassan
bank-page-heading = { $method }: bekräfta betalningen
bank-page-body = Betala { $amount } till { $seller }?
bank-approve-button = Godkänn betalningen
bank-cancel-button = Avbryt och gå tillbaka
card-too-many-tries = För många kortnummer har provats på den här sidan. För din säkerhet är den stängd: gå tillbaka till kassan och välj betalningssätt igen.
