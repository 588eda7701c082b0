## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testovací režim: neprevádzajú sa žiadne skutočné peniaze.
payment-error-summary = Vyskytol sa problém
card-form-heading = Údaje o karte
card-continue-button = Pokračovať
card-error-number = Zadajte, prosím, platné číslo karty.
card-error-brand = Toto číslo nezodpovedá zvolenému typu karty. Skontrolujte, prosím, číslo alebo zmeňte spôsob platby.
card-error-expiry = Zadajte, prosím, dátum platnosti ako mesiac a rok, napríklad 08/29.
card-error-expired = Platnosť tejto karty uplynula. Použite, prosím, inú kartu.
card-error-cvc = Zadajte, prosím, bezpečnostný kód karty (3 číslice, pri American Express 4).
card-error-holder = Zadajte, prosím, meno tak, ako je uvedené na karte.
payment-attempt-closed-heading = Táto platobná stránka už nie je otvorená
payment-attempt-closed-body = Platba bola dokončená alebo bol zvolený iný spôsob platby. Vráťte sa k pokladnici a pozrite si stav objednávky.
payment-attempt-unknown-body = Táto platobná stránka neexistuje. Otvorte, prosím, znova odkaz z e-mailu s pripomenutím obnovenia.
payment-back-to-checkout = Späť k pokladnici
bank-page-heading = { $method }: potvrďte platbu
bank-page-body = Zaplatiť { $amount } spoločnosti { $seller }?
bank-approve-button = Schváliť platbu
bank-cancel-button = Zrušiť a vrátiť sa
card-too-many-tries = Na tejto stránke sa vyskúšalo príliš veľa čísel kariet. Z bezpečnostných dôvodov bola zatvorená: vráťte sa k pokladnici a znova zvoľte spôsob platby.
