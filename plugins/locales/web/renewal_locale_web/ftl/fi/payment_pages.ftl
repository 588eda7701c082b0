## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Testitila: oikeaa rahaa ei siirretä.
payment-error-summary = Ilmeni ongelma
card-form-heading = Kortin tiedot
card-continue-button = Jatka
card-error-number = Anna kelvollinen kortin numero.
card-error-brand = Numero ei vastaa valittua korttityyppiä. Tarkista numero tai vaihda maksutapaa.
card-error-expiry = Anna voimassaolopäivä kuukautena ja vuotena, esimerkiksi 08/29.
card-error-expired = Kortti on vanhentunut. Käytä toista korttia.
card-error-cvc = Anna kortin turvakoodi (3 numeroa, American Expressissä 4).
card-error-holder = Anna nimi siinä muodossa kuin se on kortissa.
payment-attempt-closed-heading = Tämä maksusivu ei ole enää avoinna
payment-attempt-closed-body = Maksu on suoritettu tai on valittu toinen maksutapa. Palaa kassalle nähdäksesi tilauksesi tilan.
payment-attempt-unknown-body = Tätä maksusivua ei ole olemassa. Avaa uusimismuistutuksen sähköpostissa oleva linkki uudelleen.
payment-back-to-checkout = Palaa kassalle
bank-page-heading = { $method }: vahvista maksu
bank-page-body = Maksetaanko { $amount } saajalle { $seller }?
bank-approve-button = Hyväksy maksu
bank-cancel-button = Peruuta ja palaa
card-too-many-tries = Tällä sivulla on kokeiltu liian monta kortin numeroa. Turvallisuutesi vuoksi sivu on suljettu: palaa kassalle ja valitse maksutapa uudelleen.
