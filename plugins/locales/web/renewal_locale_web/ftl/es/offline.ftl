## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Transfiera { $amount } a { $beneficiary } en { $bank }, número de ruta ABA { $routing }, número de cuenta { $account }. Indique la referencia { $reference } en el concepto para que podamos identificar su pago.
offline-instructions-paypal-link = Pague { $amount } por PayPal a { $account }: { $link } La referencia { $reference } ya está incluida; consérvela en la nota.
