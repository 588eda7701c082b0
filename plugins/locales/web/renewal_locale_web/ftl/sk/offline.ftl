## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Preveďte { $amount } príjemcovi { $beneficiary } v banke { $bank }, smerovacie číslo ABA { $routing }, číslo účtu { $account }. Uveďte referenčné číslo { $reference }, aby sme mohli vašu platbu priradiť.
offline-instructions-paypal-link = Zaplaťte { $amount } cez PayPal na účet { $account }. Referenčné číslo { $reference } je už vyplnené; ponechajte ho v poznámke.
offline-instructions-paypal-link-label = Zaplatiť cez PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Za túto objednávku sme prijali { $received }. Zostáva uhradiť: { $remaining }. Zvyšok pošlite s rovnakým referenčným číslom.
payment-not-completed-notice = Vaša posledná platba nebola dokončená a neboli stiahnuté žiadne peniaze. Vyberte znova spôsob platby.
