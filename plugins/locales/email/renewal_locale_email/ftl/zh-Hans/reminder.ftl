## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.
## Chinese has no plural forms, so $days and $years need no selector.

email-subject = { $days ->
    [0] 您的支持合同 { $contract } 将于今天到期
    [1] 您的支持合同 { $contract } 将于明天到期
   *[other] 您的支持合同 { $contract } 将于 { $days } 天后到期
}
email-subject-expired = 您的支持合同 { $contract } 已到期
email-greeting = 尊敬的 { $name }：
email-greeting-generic = 尊敬的客户：
email-intro = { $when ->
    [today] 您的支持和订阅合同 { $contract } 将于今天（{ $date }）到期。您只需几分钟即可在线完成续订。
    [tomorrow] 您的支持和订阅合同 { $contract } 将于明天（{ $date }）到期。您只需几分钟即可在线完成续订。
   *[later] 您的支持和订阅合同 { $contract } 将于 { $date } 到期。您只需几分钟即可在线完成续订。
}
email-intro-expired = 您的支持和订阅合同 { $contract } 已于 { $date } 到期。您仍可在线续订，但需支付{ -reinstatement-fee }。
email-total = 续订总额：{ $amount }
email-cta = 在线续订
email-link-note = 此链接为您的合同专属链接，有效期至 { $date }。请勿转发。
email-quote-attached = 随函附上 PDF 格式的报价单。
email-partner-note = 您也可以通过您的授权合作伙伴续订。如果您已完成续订，请忽略此邮件。
email-help = 如有疑问，请致电 { $phone }，先选择选项 3，再选择选项 1，并提供您的合同编号。
email-signoff = 顺颂商祺！
email-team = 续订团队
email-seller = { -seller }：{ $seller }

## PDF quote
quote-title = 续订报价单
quote-contract = 合同编号：{ $contract }
quote-date = 报价日期：{ $date }
quote-valid-until = 有效期至：{ $date }
quote-customer = 客户：{ $customer }
quote-column-item = 项目
quote-column-amount = 金额
quote-term-years = { $years } 年
quote-line-renewal = { -renewal }：{ $sku }，{ $level }，{ $term }，数量 { $quantity }
quote-line-upgrade = 升级：{ $sku } 升至 { $level }，{ $term }，数量 { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee }（支持服务已中断）
quote-line-fx-conversion = 由 { $from_amount } 按汇率 { $rate } 换算
quote-line-fx-surcharge = { -fx-surcharge }（{ $percent }）
quote-total = { -total }
quote-list-price-note = 价格为您所在地区价目表中的标价。可能需另行缴纳税费。
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
