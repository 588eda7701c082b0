## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = 테스트 모드: 실제 돈은 이동하지 않습니다.
payment-error-summary = 문제가 있습니다
card-form-heading = 카드 정보
card-continue-button = 계속
card-error-number = 유효한 카드 번호를 입력해 주십시오.
card-error-brand = 이 번호는 선택하신 카드 종류와 일치하지 않습니다. 번호를 확인하시거나 결제 수단을 변경해 주십시오.
card-error-expiry = 유효 기간을 월/년으로 입력해 주십시오(예: 08/29).
card-error-expired = 만료된 카드입니다. 다른 카드를 사용해 주십시오.
card-error-cvc = 카드 보안 코드를 입력해 주십시오(3자리, American Express는 4자리).
card-error-holder = 카드에 표시된 대로 이름을 입력해 주십시오.
payment-attempt-closed-heading = 이 결제 페이지는 더 이상 열려 있지 않습니다
payment-attempt-closed-body = 결제가 완료되었거나 다른 결제 수단이 선택되었습니다. 결제 페이지로 돌아가 주문 상태를 확인해 주십시오.
payment-attempt-unknown-body = 존재하지 않는 결제 페이지입니다. 갱신 안내 이메일의 링크를 다시 열어 주십시오.
payment-back-to-checkout = 결제 페이지로 돌아가기
bank-page-heading = { $method }: 결제 확인
bank-page-body = { $seller }에 { $amount }을(를) 결제하시겠습니까?
bank-approve-button = 결제 승인
bank-cancel-button = 취소하고 돌아가기
card-too-many-tries = 이 페이지에서 너무 많은 카드 번호가 시도되었습니다. 보안을 위해 페이지를 닫았습니다. 결제 페이지로 돌아가 결제 수단을 다시 선택해 주십시오.
