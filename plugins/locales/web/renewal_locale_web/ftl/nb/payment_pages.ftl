## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testmodus: ingen ekte penger overføres.
payment-error-summary = Det har oppstått et problem
card-form-heading = Kortopplysninger
card-continue-button = Fortsett
card-error-number = Oppgi et gyldig kortnummer.
card-error-brand = Nummeret passer ikke med korttypen du valgte. Kontroller nummeret eller bytt betalingsmåte.
card-error-expiry = Oppgi utløpsdatoen som måned og år, for eksempel 08/29.
card-error-expired = Kortet er utløpt. Bruk et annet kort.
card-error-cvc = Oppgi kortets sikkerhetskode (3 sifre, eller 4 for American Express).
card-error-holder = Oppgi navnet slik det står på kortet.
payment-attempt-closed-heading = Denne betalingssiden er ikke lenger åpen
payment-attempt-closed-body = Betalingen er fullført, eller en annen betalingsmåte er valgt. Gå tilbake til kassen for å se statusen for bestillingen.
payment-attempt-unknown-body = Denne betalingssiden finnes ikke. Åpne lenken i påminnelses-e-posten om fornyelse på nytt.
payment-back-to-checkout = Tilbake til kassen
bank-page-heading = { $method }: bekreft betalingen
bank-page-body = Betale { $amount } til { $seller }?
bank-approve-button = Godkjenn betalingen
bank-cancel-button = Avbryt og gå tilbake
card-too-many-tries = Det er prøvd for mange kortnumre på denne siden. Av hensyn til sikkerheten din er den stengt: gå tilbake til kassen og velg betalingsmåte på nytt.
