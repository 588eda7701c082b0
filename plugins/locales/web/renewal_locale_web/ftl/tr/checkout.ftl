## Çevrimiçi Yenileme web ödeme sayfası. Tutarlar ve tarihler önceden biçimlendirilmiş olarak gelir (babel),
## bu nedenle mesajlar sayıları kendisi biçimlendirmez. Sayımlar ($years, $count, $days) sayıdır.
## Türkçede sayıdan sonra isim çoğul olmadığı için seçici gerekmez.

site-name = Çevrimiçi Yenileme
page-title = Destek sözleşmenizi yenileyin
language-label = Dil
skip-to-content = Ana içeriğe geç

## Sözleşme ve teklif
contract-heading = Sözleşme { $contract }
contract-number-label = Sözleşme numarası
customer-label = Müşteri
coverage-ends = Mevcut destek kapsamınız { $date } tarihinde sona eriyor.
coverage-ended = Destek kapsamınız { $date } tarihinde sona erdi.
renewal-period = Yeni destek kapsamı: { $start } - { $end }
quote-heading = Yenileme teklifiniz
quote-column-item = Kalem
quote-column-amount = Tutar
term-years = { $years } yıl
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, miktar { $quantity }
line-upgrade = Yükseltme: { $sku }, yeni seviye { $level }, { $term }, miktar { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (destek kapsamı sona ermiş)
line-fx-conversion = { $from_amount } tutarından { $rate } kuruyla dönüştürüldü
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = Fiyatlar, bölgenize ait fiyat listesindeki liste fiyatlarıdır.

## Hizmet seviyeleri
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## Yükseltmeler ve para birimi
upgrade-heading = Destek kapsamınızı yükseltin
upgrade-level-label = Hizmet seviyesi
upgrade-term-label = { -term }
upgrade-apply = Teklifi güncelle
currency-label = Ödeme para birimi
currency-other-note = Başka bir para birimiyle ödeme yapılması durumunda { -fx-surcharge(form: "inline") } uygulanır.

## Ödeme
payment-heading = Ödeme yöntemi
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
payment-method-wire_transfer = Banka havalesi
payment-method-check = Çek veya posta havalesi
card-number-label = Kart numarası
card-expiry-label = Son kullanma tarihi (AA/YY)
card-cvc-label = Güvenlik kodu
card-holder-label = Kart üzerindeki ad
pay-button = { $amount } öde
method-button-offline = Ödeme talimatlarını al
method-button-card = Ödemeye devam et
method-button-redirect = { $method } sayfasına git
place-order-button = Siparişi ver
secure-payment-note = Kart bilgileriniz doğrudan ödeme güvenliği sağlayıcımıza iletilir ve hiçbir zaman tarafımızca saklanmaz.

## Sonuçlar
confirmation-heading = Teşekkürler, sözleşmeniz yenilendi
confirmation-body = { $order } numaralı siparişin ödemesi alındı. Yeni destek kapsamınız { $end } tarihine kadar geçerlidir.
declined-heading = Reddedildi
declined-body = Kartınızı veren kuruluş ödemeyi reddetti. Hesabınızdan herhangi bir tutar çekilmedi.
declined-body-bank = Ödeme tamamlanmadı. Hesabınızdan herhangi bir tutar çekilmedi.
payment-cancelled-notice = Ödemeyi { $method } sayfasında iptal ettiniz. Hesabınızdan para çekilmedi.
change-payment-option = Ödeme seçeneğini değiştir
payment-error-heading = Ödeme hizmetine ulaşılamadı
payment-error-body = Hesabınızdan herhangi bir tutar çekilmedi. Lütfen birkaç dakika sonra tekrar deneyin.
offline-heading = Siparişiniz alındı
offline-body = Sözleşmeniz, { $order } numaralı siparişin ödemesi bize ulaşır ulaşmaz yenilenecektir. Lütfen ödemeyi en geç { $due_date } tarihine kadar yapın.
offline-instructions-wire_transfer = { $amount } tutarını { $beneficiary } adına kayıtlı hesaba (IBAN { $iban }, BIC { $bic }) havale edin. Ödemenizi eşleştirebilmemiz için { $reference } referans numarasını açıklamaya yazın.
offline-instructions-check = { $amount } tutarında, { $payee } adına düzenlenmiş bir çek veya posta havalesini { $address } adresine gönderin. Üzerine { $reference } referans numarasını yazın.
offline-instructions-paypal = { $amount } tutarını PayPal ile { $account } hesabına gönderin. Not alanına { $reference } referans numarasını yazın.
offline-instructions-paynearme = { $amount } tutarını, { $reference } ödeme koduyla herhangi bir PayNearMe satış noktasında nakit olarak ödeyin.

## Uygunluk: bir sözleşmenin neden çevrimiçi yenilenemediği
reason-over-limit = Bu sözleşmenin toplam tutarı { $limit } sınırını aştığı için çevrimiçi yenilenemez. Lütfen iş ortağınızla veya satış ekibimizle iletişime geçin.
reason-oem = Bu sözleşme bir OEM iş ortağı aracılığıyla satıldı. Lütfen sözleşmeyi bu iş ortağı üzerinden yenileyin.
reason-country-not-live = Çevrimiçi yenileme ülkenizde henüz kullanılamıyor. Hizmet { $date } tarihinde başlayacak.
reason-currency-retired = Sözleşmenin para birimi ({ $currency }) artık kullanılmıyor. Yeni bir teklif için lütfen bizimle iletişime geçin.
reason-already-renewed-online = Bu sözleşme zaten yenilendi. Teşekkür ederiz!
reason-already-renewed-partner = Bu sözleşme bir iş ortağı aracılığıyla zaten yenilendi. Başka bir işlem yapmanız gerekmiyor.
reason-contract-not-found = Bu sözleşmeyi bulamadık. Lütfen e-postanızdaki bağlantıyı kontrol edin.
reason-link-expired = Bu yenileme bağlantısının süresi doldu. Lütfen en son aldığınız hatırlatma e-postasındaki bağlantıyı kullanın.

## Yardım
help-heading = Yardıma mı ihtiyacınız var?
help-send-email = E-posta gönder
help-phone = { $phone } numarasını arayın, ardından 3'ü ve sonra 1'i tuşlayın.
help-details = Lütfen sözleşme numaranızı, varsa referans numaranızı ve varsa sipariş için kullanılan e-posta adresini hazır bulundurun.
help-changed-quote = Farklı bir teklif mi gerekiyor? Hesap portalınızda bir destek talebi oluşturun veya bizi arayıp 3'ü ve ardından 2'yi tuşlayarak bir satış temsilcisine bağlanın.
partner-note = Sözleşmenizi dilediğiniz zaman yetkili iş ortağınız aracılığıyla da yenileyebilirsiniz.

## the JSON API (/api): a request body it cannot read
api-field-unknown = Bu istekte "{ $name }" alanı yok. Alanı kaldırıp isteği yeniden gönderin.
api-field-invalid = "{ $name }" alanı eksik ya da değeri yanlış türde. Düzeltip isteği yeniden gönderin.
api-body-not-object = İstek gövdesi bir JSON nesnesi olmalıdır, örneğin { $example }. Düzeltip isteği yeniden gönderin.
