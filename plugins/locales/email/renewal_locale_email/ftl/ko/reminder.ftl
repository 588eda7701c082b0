## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.
## Korean has no plural forms, so $days and $years need no selector.
## Particles never follow a variable directly (avoids 이/가, 을/를 agreement).

email-subject = { $days ->
    [0] 지원 계약 { $contract } 만료일이 오늘입니다
    [1] 지원 계약 { $contract } 만료일이 내일입니다
   *[other] 지원 계약 { $contract } 만료까지 { $days }일 남았습니다
}
email-subject-expired = 지원 계약 { $contract }의 기간이 만료되었습니다
email-greeting = { $name } 님, 안녕하십니까?
email-greeting-generic = 고객님, 안녕하십니까?
email-intro = { $when ->
    [today] 고객님의 지원 및 구독 계약 { $contract }의 기간이 오늘({ $date }) 종료됩니다. 온라인으로 몇 분 만에 갱신하실 수 있습니다.
    [tomorrow] 고객님의 지원 및 구독 계약 { $contract }의 기간이 내일({ $date }) 종료됩니다. 온라인으로 몇 분 만에 갱신하실 수 있습니다.
   *[later] 고객님의 지원 및 구독 계약 { $contract }의 기간이 { $date }에 종료됩니다. 온라인으로 몇 분 만에 갱신하실 수 있습니다.
}
email-intro-expired = 고객님의 지원 및 구독 계약 { $contract }의 기간이 { $date }에 종료되었습니다. 지금도 온라인으로 갱신하실 수 있으나, { -reinstatement-fee }가 부과됩니다.
email-total = 갱신 총액: { $amount }
email-cta = 온라인으로 갱신하기
email-link-note = 이 링크는 고객님의 계약 전용이며 { $date }까지 유효합니다. 다른 사람에게 전달하지 마십시오.
email-quote-attached = 견적서를 PDF 파일로 첨부해 드립니다.
email-partner-note = 공인 파트너를 통해서도 갱신하실 수 있습니다. 이미 갱신하셨다면 이 이메일은 무시하셔도 됩니다.
email-help = 문의 사항이 있으시면 { $phone }에 전화하신 후 옵션 3, 이어서 옵션 1을 선택하고 계약 번호를 알려 주십시오.
email-signoff = 감사합니다.
email-team = 갱신 담당팀 드림
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = 갱신 견적서
quote-contract = 계약 번호: { $contract }
quote-date = 견적일: { $date }
quote-valid-until = 유효 기한: { $date }
quote-customer = 고객: { $customer }
quote-column-item = 항목
quote-column-amount = 금액
quote-term-years = { $years }년
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, 수량 { $quantity }
quote-line-upgrade = { $level } 등급으로 업그레이드: { $sku }, { $term }, 수량 { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee }(지원 기간 만료)
quote-line-fx-conversion = { $from_amount }에서 환산(환율 { $rate })
quote-line-fx-surcharge = { -fx-surcharge }({ $percent })
quote-total = { -total }
quote-list-price-note = 지역별 가격표의 정가 기준입니다. 세금이 별도로 부과될 수 있습니다.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
