## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Тестовый режим: реальные деньги не списываются.
payment-error-summary = Возникла проблема
card-form-heading = Данные карты
card-continue-button = Продолжить
card-error-number = Введите действительный номер карты.
card-error-brand = Этот номер не соответствует выбранному типу карты. Проверьте номер или выберите другой способ оплаты.
card-error-expiry = Введите срок действия в формате месяц/год, например 08/29.
card-error-expired = Срок действия этой карты истёк. Используйте другую карту.
card-error-cvc = Введите код безопасности карты (3 цифры, для American Express — 4).
card-error-holder = Введите имя так, как оно указано на карте.
payment-attempt-closed-heading = Эта страница оплаты больше не открыта
payment-attempt-closed-body = Оплата завершена или выбран другой способ оплаты. Вернитесь к оформлению, чтобы увидеть состояние заказа.
payment-attempt-unknown-body = Такой страницы оплаты не существует. Откройте ссылку из письма-напоминания о продлении ещё раз.
payment-back-to-checkout = Вернуться к оформлению
bank-page-heading = { $method }: подтвердите оплату
bank-page-body = Оплатить { $amount } в пользу { $seller }?
bank-approve-button = Подтвердить оплату
bank-cancel-button = Отменить и вернуться
card-too-many-tries = На этой странице было опробовано слишком много номеров карт. В целях вашей безопасности она закрыта: вернитесь к оформлению и снова выберите способ оплаты.
