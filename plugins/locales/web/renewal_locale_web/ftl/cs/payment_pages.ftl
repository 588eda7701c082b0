## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testovací režim: nepřevádějí se žádné skutečné peníze.
payment-error-summary = Vyskytl se problém
card-form-heading = Údaje o kartě
card-continue-button = Pokračovat
card-error-number = Zadejte prosím platné číslo karty.
card-error-brand = Toto číslo neodpovídá zvolenému typu karty. Zkontrolujte prosím číslo nebo změňte způsob platby.
card-error-expiry = Zadejte prosím datum platnosti jako měsíc a rok, například 08/29.
card-error-expired = Platnost této karty vypršela. Použijte prosím jinou kartu.
card-error-cvc = Zadejte prosím bezpečnostní kód karty (3 číslice, u American Express 4).
card-error-holder = Zadejte prosím jméno tak, jak je uvedeno na kartě.
payment-attempt-closed-heading = Tato platební stránka již není otevřená
payment-attempt-closed-body = Platba byla dokončena nebo byl zvolen jiný způsob platby. Vraťte se k pokladně a podívejte se na stav objednávky.
payment-attempt-unknown-body = Tato platební stránka neexistuje. Otevřete prosím znovu odkaz z e-mailu s připomenutím obnovení.
payment-back-to-checkout = Zpět k pokladně
bank-page-heading = { $method }: potvrďte platbu
bank-page-body = Zaplatit { $amount } společnosti { $seller }?
bank-approve-button = Schválit platbu
bank-cancel-button = Zrušit a vrátit se
card-too-many-tries = Na této stránce bylo vyzkoušeno příliš mnoho čísel karet. Z bezpečnostních důvodů byla zavřena: vraťte se k pokladně a zvolte znovu způsob platby.
