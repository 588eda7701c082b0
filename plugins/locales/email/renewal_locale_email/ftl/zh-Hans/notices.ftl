## 续订提醒：摘要、备用链接以及新链接邮件。

notice-label-contract = 合同编号
notice-label-end-date = 到期日期
notice-label-days-left = 剩余天数
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = 如果按钮无法使用，请将以下地址复制到浏览器中：
notice-fresh-subject = 您的合同 { $contract } 的新专属链接
notice-fresh-intro = 这是您在线续订支持和订阅合同 { $contract } 的新专属链接。合同续订后，之前的链接将失效。
notice-fact = { $label }：{ $value }
notice-link-lead = { $cta }：
