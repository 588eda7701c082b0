## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Preizkusni način: pravi denar se ne prenaša.
payment-error-summary = Prišlo je do težave
card-form-heading = Podatki o kartici
card-continue-button = Nadaljuj
card-error-number = Vnesite veljavno številko kartice.
card-error-brand = Ta številka se ne ujema z izbrano vrsto kartice. Preverite številko ali spremenite način plačila.
card-error-expiry = Vnesite datum veljavnosti kot mesec in leto, na primer 08/29.
card-error-expired = Ta kartica je potekla. Uporabite drugo kartico.
card-error-cvc = Vnesite varnostno kodo kartice (3 števke, pri American Express 4).
card-error-holder = Vnesite ime, kot je navedeno na kartici.
payment-attempt-closed-heading = Ta plačilna stran ni več odprta
payment-attempt-closed-body = Plačilo je bilo zaključeno ali pa je bil izbran drug način plačila. Vrnite se na blagajno, da vidite stanje naročila.
payment-attempt-unknown-body = Ta plačilna stran ne obstaja. Znova odprite povezavo iz e-poštnega opomnika za podaljšanje.
payment-back-to-checkout = Nazaj na blagajno
bank-page-heading = { $method }: potrdite plačilo
bank-page-body = Plačati { $amount } podjetju { $seller }?
bank-approve-button = Odobri plačilo
bank-cancel-button = Prekliči in se vrni
card-too-many-tries = Na tej strani je bilo preizkušenih preveč številk kartic. Zaradi vaše varnosti je zaprta: vrnite se na blagajno in znova izberite način plačila.
