## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = Test modu: gerçek para aktarılmaz.
payment-error-summary = Bir sorun oluştu
card-form-heading = Kart bilgileri
card-continue-button = Devam
card-error-number = Lütfen geçerli bir kart numarası girin.
card-error-brand = Bu numara seçtiğiniz kart türüyle eşleşmiyor. Lütfen numarayı kontrol edin veya ödeme yöntemini değiştirin.
card-error-expiry = Lütfen son kullanma tarihini ay ve yıl olarak girin, örneğin 08/29.
card-error-expired = Bu kartın süresi dolmuş. Lütfen başka bir kart kullanın.
card-error-cvc = Lütfen kartın güvenlik kodunu girin (3 hane, American Express için 4).
card-error-holder = Lütfen adı kartta yazdığı şekilde girin.
payment-attempt-closed-heading = Bu ödeme sayfası artık açık değil
payment-attempt-closed-body = Ödeme tamamlandı veya başka bir ödeme yöntemi seçildi. Siparişinizin durumunu görmek için ödeme sayfasına dönün.
payment-attempt-unknown-body = Böyle bir ödeme sayfası yok. Lütfen yenileme hatırlatma e-postanızdaki bağlantıyı yeniden açın.
payment-back-to-checkout = Ödeme sayfasına dön
bank-page-heading = { $method }: ödemenizi onaylayın
bank-page-body = { $seller } adına { $amount } ödensin mi?
bank-approve-button = Ödemeyi onayla
bank-cancel-button = İptal et ve geri dön
card-too-many-tries = Bu sayfada çok fazla kart numarası denendi. Güvenliğiniz için sayfa kapatıldı: lütfen ödeme sayfasına dönüp ödeme yöntemini yeniden seçin.
