## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = { $amount } tutarını { $bank } nezdinde { $beneficiary } adına kayıtlı hesaba (ABA yönlendirme numarası { $routing }, hesap numarası { $account }) havale edin. Ödemenizi eşleştirebilmemiz için { $reference } referans numarasını açıklamaya yazın.
offline-instructions-paypal-link = { $amount } tutarını PayPal ile { $account } hesabına ödeyin. { $reference } referans numarası önceden doldurulmuştur; lütfen not alanında bırakın.
offline-instructions-paypal-link-label = PayPal ile öde

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = Bu sipariş için { $received } tutarını aldık. Kalan borç: { $remaining }. Lütfen kalan tutarı aynı referansla gönderin.
payment-not-completed-notice = Son ödemeniz tamamlanmadı ve hiçbir ücret alınmadı. Lütfen yeniden bir ödeme yöntemi seçin.
