## Offline payment instructions that depend on the seller or carry a link (core/offline, issue 9).

offline-instructions-wire_transfer-aba = โปรดโอน { $amount } ให้แก่ { $beneficiary } ที่ { $bank } หมายเลขเส้นทาง ABA { $routing } เลขที่บัญชี { $account } และระบุหมายเลขอ้างอิง { $reference } เพื่อให้เราสามารถตรวจสอบการชำระเงินของคุณได้
offline-instructions-paypal-link = โปรดชำระ { $amount } ผ่าน PayPal ไปยัง { $account }: { $link } หมายเลขอ้างอิง { $reference } ถูกกรอกไว้แล้ว โปรดคงไว้ในช่องหมายเหตุ
