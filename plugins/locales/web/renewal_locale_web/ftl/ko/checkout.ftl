## 온라인 갱신 웹 결제. 금액과 날짜는 이미 서식이 적용된 문자열로 전달되므로(babel)
## 메시지에서 숫자 서식을 직접 지정하지 않습니다. 개수($years, $count, $days)는 숫자입니다.
## 한국어에는 복수형 구분이 없으므로 선택자를 사용하지 않습니다.

site-name = 온라인 갱신
page-title = 지원 계약 갱신
language-label = 언어
skip-to-content = 본문으로 건너뛰기

## 계약 및 견적
contract-heading = 계약 { $contract }
contract-number-label = 계약 번호
customer-label = 고객
coverage-ends = 현재 지원 기간은 { $date }에 종료됩니다.
coverage-ended = 지원 기간이 { $date }에 종료되었습니다.
renewal-period = 새 지원 기간: { $start } ~ { $end }
quote-heading = 갱신 견적
quote-column-item = 항목
quote-column-amount = 금액
term-years = { $years }년
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, 수량 { $quantity }
line-upgrade = 업그레이드: { $sku } → { $level }, { $term }, 수량 { $quantity }
line-reinstatement-fee = { -reinstatement-fee }(지원 기간 만료)
line-fx-conversion = { $from_amount }에서 환산(환율 { $rate })
line-fx-surcharge = { -fx-surcharge }({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = 표시된 가격은 해당 지역 가격표의 정가입니다.

## 서비스 수준
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## 업그레이드 및 통화
upgrade-heading = 지원 업그레이드
upgrade-level-label = 서비스 수준
upgrade-term-label = { -term }
upgrade-apply = 견적 업데이트
currency-label = 결제 통화
currency-other-note = 다른 통화로 결제하시면 { -fx-surcharge }이 부과됩니다.

## 결제
payment-heading = 결제 수단
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
payment-method-wire_transfer = 은행 송금
payment-method-check = 수표 또는 우편환
card-number-label = 카드 번호
card-expiry-label = 유효 기간(MM/YY)
card-cvc-label = 보안 코드
card-holder-label = 카드 소유자 이름
pay-button = { $amount } 결제
method-button-offline = 결제 안내 받기
method-button-card = 결제 계속하기
method-button-redirect = { $method } 페이지로 이동
place-order-button = 주문하기
secure-payment-note = 카드 정보는 결제 보안 서비스 제공업체로 바로 전송되며, 당사에는 저장되지 않습니다.

## 결과
confirmation-heading = 감사합니다. 계약이 갱신되었습니다
confirmation-body = 주문 { $order }의 결제가 완료되었습니다. 새 지원 기간은 { $end }까지입니다.
declined-heading = 결제가 거절되었습니다
declined-body = 카드 발급사에서 결제를 거절했습니다. 청구된 금액은 없습니다.
declined-body-bank = 결제가 완료되지 않았습니다. 청구된 금액은 없습니다.
payment-cancelled-notice = { $method } 페이지에서 결제를 취소하셨습니다. 결제된 금액은 없습니다.
change-payment-option = 결제 수단 변경
payment-error-heading = 결제 서비스에 연결할 수 없습니다
payment-error-body = 청구된 금액은 없습니다. 몇 분 후에 다시 시도해 주세요.
offline-heading = 주문이 접수되었습니다
offline-body = 주문 { $order }의 대금이 입금되는 즉시 계약이 갱신됩니다. { $due_date }까지 결제해 주세요.
offline-instructions-wire_transfer = 수취인 { $beneficiary }(IBAN { $iban }, BIC { $bic }) 계좌로 { $amount } 송금해 주세요. 입금 내역을 확인할 수 있도록 참조 번호({ $reference })를 반드시 기재해 주세요.
offline-instructions-check = { $amount } 금액의 수표 또는 우편환을 수취인 { $payee } 앞으로 발행하여 다음 주소로 보내 주세요: { $address }. 수표 또는 우편환에 참조 번호({ $reference })를 적어 주세요.
offline-instructions-paypal = PayPal을 통해 { $account } 계정으로 { $amount } 송금해 주세요. 메모란에 참조 번호({ $reference })를 입력해 주세요.
offline-instructions-paynearme = 가까운 PayNearMe 제휴 매장에서 결제 코드({ $reference })를 제시하고 금액({ $amount })을 현금으로 결제해 주세요.

## 자격 요건: 계약을 온라인으로 갱신할 수 없는 이유
reason-over-limit = 이 계약의 총액이 한도({ $limit })를 초과하여 온라인으로 갱신할 수 없습니다. 파트너 또는 당사 영업팀에 문의해 주세요.
reason-oem = 이 계약은 OEM 파트너를 통해 판매되었습니다. 해당 파트너를 통해 갱신해 주세요.
reason-country-not-live = 현재 고객님의 국가에서는 온라인 갱신을 이용할 수 없습니다. { $date }부터 이용하실 수 있습니다.
reason-currency-retired = 이 계약의 통화({ $currency })는 더 이상 사용되지 않습니다. 새 견적을 받으시려면 당사에 문의해 주세요.
reason-already-renewed-online = 이 계약은 이미 갱신되었습니다. 감사합니다.
reason-already-renewed-partner = 이 계약은 이미 파트너를 통해 갱신되었습니다. 추가로 하실 일은 없습니다.
reason-contract-not-found = 계약을 찾을 수 없습니다. 이메일에 있는 링크를 확인해 주세요.
reason-link-expired = 이 갱신 링크는 만료되었습니다. 가장 최근에 받은 알림 이메일의 링크를 이용해 주세요.

## 도움말
help-heading = 도움이 필요하신가요?
help-send-email = 이메일 보내기
help-phone = { $phone }에 전화하신 후 3번, 이어서 1번을 선택해 주세요.
help-details = 계약 번호, 참조 번호(있는 경우), 주문 시 사용한 이메일 주소(있는 경우)를 미리 준비해 주세요.
help-changed-quote = 다른 견적이 필요하신가요? 계정 포털에서 지원 요청을 등록하시거나, 전화하신 후 3번, 이어서 2번을 선택하시면 영업 담당자와 상담하실 수 있습니다.
partner-note = 공인 파트너를 통해서도 언제든지 갱신하실 수 있습니다.

## the JSON API (/api): a request body it cannot read
api-field-unknown = 이 요청에는 "{ $name }" 필드가 없습니다. 해당 필드를 삭제하고 요청을 다시 보내 주세요.
api-field-invalid = "{ $name }" 필드가 없거나 값의 유형이 올바르지 않습니다. 수정한 후 요청을 다시 보내 주세요.
api-body-not-object = 요청 본문은 JSON 객체여야 합니다(예: { $example }). 수정한 후 요청을 다시 보내십시오.
