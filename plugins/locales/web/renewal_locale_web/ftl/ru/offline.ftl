## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = Переведите { $amount } получателю { $beneficiary } в банк { $bank }, маршрутный номер ABA { $routing }, номер счёта { $account }. Укажите в назначении платежа номер { $reference }, чтобы мы могли сопоставить ваш платёж.
offline-instructions-paypal-link = Оплатите { $amount } через PayPal на счёт { $account }. Номер { $reference } уже указан; не удаляйте его из примечания.
offline-instructions-paypal-link-label = Оплатить через PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Мы получили { $received } по этому заказу. Осталось оплатить: { $remaining }. Пожалуйста, отправьте остаток с тем же номером платежа.
payment-not-completed-notice = Ваш последний платёж не был завершён, деньги не списаны. Пожалуйста, выберите способ оплаты ещё раз.
