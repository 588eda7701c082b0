## 갱신 안내: 요약, 대체 링크, 새 링크 안내 메일.

notice-label-contract = 계약 번호
notice-label-end-date = 종료일
notice-label-days-left = 남은 일수
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = 버튼이 작동하지 않으면 다음 주소를 브라우저에 복사해 주십시오.
notice-fresh-subject = 계약 { $contract }의 새 전용 링크
notice-fresh-intro = 지원 및 구독 계약 { $contract }을(를) 온라인으로 갱신하실 수 있는 새 전용 링크를 보내 드립니다. 계약이 갱신되면 이전 링크는 더 이상 사용하실 수 없습니다.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
