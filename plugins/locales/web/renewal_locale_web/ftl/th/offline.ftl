## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = โปรดโอน { $amount } ให้แก่ { $beneficiary } ที่ { $bank } หมายเลขเส้นทาง ABA { $routing } เลขที่บัญชี { $account } และระบุหมายเลขอ้างอิง { $reference } เพื่อให้เราสามารถตรวจสอบการชำระเงินของคุณได้
offline-instructions-paypal-link = โปรดชำระ { $amount } ผ่าน PayPal ไปยัง { $account } หมายเลขอ้างอิง { $reference } ถูกกรอกไว้แล้ว โปรดคงไว้ในช่องหมายเหตุ
offline-instructions-paypal-link-label = ชำระเงินด้วย PayPal

## An underpaid order's page, and a payment the janitor found failed (issue 9 review).

offline-underpaid = เราได้รับเงิน { $received } สำหรับคำสั่งซื้อนี้แล้ว ยอดคงค้าง: { $remaining } โปรดชำระส่วนที่เหลือโดยใช้หมายเลขอ้างอิงเดิม
payment-not-completed-notice = การชำระเงินครั้งล่าสุดของคุณไม่สำเร็จและไม่มีการเรียกเก็บเงิน โปรดเลือกวิธีชำระเงินอีกครั้ง
