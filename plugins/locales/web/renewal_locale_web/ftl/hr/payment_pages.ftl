## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testni način: ne prenosi se stvarni novac.
payment-error-summary = Došlo je do problema
card-form-heading = Podaci o kartici
card-continue-button = Nastavi
card-error-number = Unesite valjani broj kartice.
card-error-brand = Ovaj broj ne odgovara odabranoj vrsti kartice. Provjerite broj ili promijenite način plaćanja.
card-error-expiry = Unesite datum isteka kao mjesec i godinu, na primjer 08/29.
card-error-expired = Ova je kartica istekla. Upotrijebite drugu karticu.
card-error-cvc = Unesite sigurnosni kôd kartice (3 znamenke, za American Express 4).
card-error-holder = Unesite ime kako je navedeno na kartici.
payment-attempt-closed-heading = Ova stranica za plaćanje više nije otvorena
payment-attempt-closed-body = Plaćanje je dovršeno ili je odabran drugi način plaćanja. Vratite se na naplatu da biste vidjeli stanje narudžbe.
payment-attempt-unknown-body = Ova stranica za plaćanje ne postoji. Ponovno otvorite poveznicu iz e-poruke s podsjetnikom za obnovu.
payment-back-to-checkout = Natrag na naplatu
bank-page-heading = { $method }: potvrdite plaćanje
bank-page-body = Platiti { $amount } tvrtki { $seller }?
bank-approve-button = Odobri plaćanje
bank-cancel-button = Odustani i vrati se
card-too-many-tries = Na ovoj je stranici isprobano previše brojeva kartica. Radi vaše sigurnosti zatvorena je: vratite se na naplatu i ponovno odaberite način plaćanja.
