## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Převeďte { $amount } příjemci { $beneficiary } u banky { $bank }, směrovací číslo ABA { $routing }, číslo účtu { $account }. Uveďte referenci { $reference }, abychom mohli vaši platbu přiřadit.
offline-instructions-paypal-link = Zaplaťte { $amount } přes PayPal na účet { $account }. Reference { $reference } je již vyplněna; ponechte ji prosím v poznámce.
offline-instructions-paypal-link-label = Zaplatit přes PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Na tuto objednávku jsme obdrželi { $received }. Zbývá uhradit: { $remaining }. Zbytek prosím pošlete se stejným referenčním číslem.
payment-not-completed-notice = Vaše poslední platba nebyla dokončena a nebyly strženy žádné peníze. Zvolte prosím znovu způsob platby.
