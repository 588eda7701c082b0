## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Převeďte { $amount } příjemci { $beneficiary } u banky { $bank }, směrovací číslo ABA { $routing }, číslo účtu { $account }. Uveďte referenci { $reference }, abychom mohli vaši platbu přiřadit.
offline-instructions-paypal-link = Zaplaťte { $amount } přes PayPal na účet { $account }: { $link } Reference { $reference } je již vyplněna; ponechte ji prosím v poznámce.
