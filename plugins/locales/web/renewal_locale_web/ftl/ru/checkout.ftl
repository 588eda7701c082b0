## Веб-страница оплаты онлайн-продления. Суммы и даты приходят уже отформатированными (babel),
## поэтому сообщения никогда не форматируют числа сами. Количества ($years, $count, $days) — числа.
## Дата в полном формате оканчивается на «г.» (10 декабря 2026 г.): в конце фразы после неё точку не ставим.

site-name = Онлайн-продление
page-title = Продление договора на техническую поддержку
language-label = Язык
skip-to-content = Перейти к основному содержимому

## Договор и предложение
contract-heading = Договор { $contract }
contract-number-label = Номер договора
customer-label = Клиент
coverage-ends = Текущий срок поддержки истекает { $date }
coverage-ended = Срок поддержки истёк { $date }
renewal-period = Новый срок поддержки: с { $start } по { $end }
quote-heading = Ваше предложение по продлению
quote-column-item = Позиция
quote-column-amount = Сумма
term-years = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, количество: { $quantity }
line-upgrade = Повышение уровня: { $sku } до уровня «{ $level }», { $term }, количество: { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (срок поддержки истёк)
line-fx-conversion = Пересчитано из { $from_amount } по курсу { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Указаны цены по прайс-листу для вашего региона.

## Уровни обслуживания
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Повышение уровня и валюта
upgrade-heading = Повысьте уровень поддержки
upgrade-level-label = Уровень обслуживания
upgrade-term-label = { -term }
upgrade-apply = Обновить предложение
currency-label = Валюта оплаты
currency-other-note = При оплате в другой валюте взимается { -fx-surcharge(form: "inline") }.

## Оплата
payment-heading = Способ оплаты
payment-method-visa = Visa
payment-method-mastercard = Mastercard
payment-method-amex = American Express
payment-method-discover = Discover
payment-method-jcb = JCB
payment-method-maestro = Maestro
payment-method-carte_bancaire = Carte Bancaire
payment-method-solo = Solo
payment-method-alipay = Alipay
payment-method-ideal = iDEAL
payment-method-paynearme = PayNearMe
payment-method-paypal = PayPal
payment-method-webmoney = WebMoney
payment-method-wire_transfer = Банковский перевод
payment-method-check = Чек или денежный перевод
card-number-label = Номер карты
card-expiry-label = Срок действия (ММ/ГГ)
card-cvc-label = Код безопасности
card-holder-label = Имя владельца карты
pay-button = Оплатить { $amount }
method-button-offline = Получить инструкции по оплате
method-button-card = Перейти к оплате
method-button-redirect = Перейти на страницу { $method }
place-order-button = Оформить заказ
secure-payment-note = Данные карты передаются напрямую нашему поставщику услуг безопасности платежей и никогда не хранятся у нас.

## Результаты
confirmation-heading = Спасибо! Ваш договор продлён
confirmation-body = Заказ { $order } оплачен. Новый срок поддержки действует до { $end }
declined-heading = Платёж отклонён
declined-body = Банк, выпустивший вашу карту, отклонил платёж. Деньги не списаны.
declined-body-bank = Платёж не был завершён. Деньги не списаны.
payment-cancelled-notice = Вы отменили оплату на странице { $method }. Деньги не списаны.
change-payment-option = Изменить способ оплаты
payment-error-heading = Не удалось связаться с платёжным сервисом
payment-error-body = Деньги не списаны. Повторите попытку через несколько минут.
offline-heading = Заказ оформлен
offline-body = Договор будет продлён, как только поступит оплата по заказу { $order }. Оплатите заказ не позднее { $due_date }
offline-instructions-wire_transfer = Переведите { $amount } получателю { $beneficiary }, IBAN { $iban }, BIC { $bic }. Укажите в назначении платежа номер { $reference }, чтобы мы могли сопоставить ваш платёж.
offline-instructions-check = Отправьте чек или денежный перевод на сумму { $amount } на имя получателя { $payee } по адресу: { $address }. Укажите на нём номер { $reference }.
offline-instructions-paypal = Отправьте { $amount } через PayPal на счёт { $account }. Укажите номер { $reference } в примечании.
offline-instructions-paynearme = Оплатите { $amount } наличными в любом пункте приёма платежей PayNearMe, назвав платёжный код { $reference }.

## Условия: почему договор нельзя продлить онлайн
reason-over-limit = Общая сумма этого договора превышает { $limit }, поэтому его нельзя продлить онлайн. Обратитесь к своему партнёру или в наш отдел продаж.
reason-oem = Этот договор был продан через OEM-партнёра. Продлите его у этого партнёра.
reason-country-not-live = Онлайн-продление в вашей стране пока недоступно. Оно станет доступно с { $date }
reason-currency-retired = Валюта договора ({ $currency }) больше не используется. Свяжитесь с нами, чтобы получить новое предложение.
reason-already-renewed-online = Этот договор уже продлён. Спасибо!
reason-already-renewed-partner = Этот договор уже продлён через партнёра. Больше ничего делать не нужно.
reason-contract-not-found = Не удалось найти этот договор. Проверьте ссылку в письме.
reason-link-expired = Срок действия этой ссылки для продления истёк. Воспользуйтесь ссылкой из последнего письма-напоминания.

## Помощь
help-heading = Нужна помощь?
help-send-email = Написать письмо
help-phone = Позвоните по номеру { $phone }, выберите пункт 3, а затем пункт 1.
help-details = Подготовьте номер договора, справочный номер (если есть) и адрес электронной почты, указанный при оформлении заказа (если есть).
help-changed-quote = Нужно другое предложение? Создайте запрос в службу поддержки на портале своей учётной записи или позвоните, выберите пункт 3, а затем пункт 2, чтобы связаться с торговым представителем.
partner-note = Вы также можете в любое время продлить договор через своего авторизованного партнёра.

## the JSON API (/api): a request body it cannot read
api-field-unknown = В этом запросе нет поля «{ $name }». Удалите его и отправьте запрос ещё раз.
api-field-invalid = Поле «{ $name }» отсутствует или имеет значение неверного типа. Исправьте его и отправьте запрос ещё раз.
api-body-not-object = Тело запроса должно быть объектом JSON, например { $example }. Исправьте его и отправьте запрос ещё раз.
