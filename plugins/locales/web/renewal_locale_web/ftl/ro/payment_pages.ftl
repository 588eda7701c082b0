## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Mod de testare: nu se transferă bani reali.
payment-error-summary = A apărut o problemă
card-form-heading = Datele cardului
card-continue-button = Continuați
card-error-number = Introduceți un număr de card valid.
card-error-brand = Acest număr nu corespunde tipului de card ales. Verificați numărul sau schimbați metoda de plată.
card-error-expiry = Introduceți data expirării ca lună și an, de exemplu 08/29.
card-error-expired = Acest card a expirat. Vă rugăm să folosiți alt card.
card-error-cvc = Introduceți codul de securitate al cardului (3 cifre sau 4 pentru American Express).
card-error-holder = Introduceți numele așa cum apare pe card.
payment-attempt-closed-heading = Această pagină de plată nu mai este deschisă
payment-attempt-closed-body = Plata a fost finalizată sau a fost aleasă altă metodă de plată. Reveniți la finalizarea comenzii pentru a vedea starea comenzii.
payment-attempt-unknown-body = Această pagină de plată nu există. Deschideți din nou linkul din e-mailul de reamintire pentru reînnoire.
payment-back-to-checkout = Înapoi la finalizarea comenzii
bank-page-heading = { $method }: confirmați plata
bank-page-body = Plătiți { $amount } către { $seller }?
bank-approve-button = Aprobați plata
bank-cancel-button = Anulați și reveniți
card-too-many-tries = Pe această pagină au fost încercate prea multe numere de card. Pentru siguranța dumneavoastră a fost închisă: reveniți la finalizarea comenzii și alegeți din nou metoda de plată.
