## Payment pages served by payment plugins (hosted card form, sandbox bank). Amounts arrive formatted.

payment-sandbox-notice = โหมดทดสอบ: ไม่มีการโอนเงินจริง
payment-error-summary = พบปัญหา
card-form-heading = ข้อมูลบัตร
card-continue-button = ดำเนินการต่อ
card-error-number = โปรดป้อนหมายเลขบัตรที่ถูกต้อง
card-error-brand = หมายเลขนี้ไม่ตรงกับประเภทบัตรที่เลือก โปรดตรวจสอบหมายเลขหรือเปลี่ยนวิธีการชำระเงิน
card-error-expiry = โปรดป้อนวันหมดอายุเป็นเดือนและปี เช่น 08/29
card-error-expired = บัตรนี้หมดอายุแล้ว โปรดใช้บัตรอื่น
card-error-cvc = โปรดป้อนรหัสความปลอดภัยของบัตร (3 หลัก หรือ 4 หลักสำหรับ American Express)
card-error-holder = โปรดป้อนชื่อตามที่ปรากฏบนบัตร
payment-attempt-closed-heading = หน้าชำระเงินนี้ปิดแล้ว
payment-attempt-closed-body = การชำระเงินเสร็จสมบูรณ์แล้วหรือมีการเลือกวิธีการชำระเงินอื่น โปรดกลับไปที่หน้าชำระเงินเพื่อดูสถานะคำสั่งซื้อของท่าน
payment-attempt-unknown-body = ไม่มีหน้าชำระเงินนี้ โปรดเปิดลิงก์ในอีเมลแจ้งเตือนการต่ออายุอีกครั้ง
payment-back-to-checkout = กลับไปที่หน้าชำระเงิน
bank-page-heading = { $method }: ยืนยันการชำระเงิน
bank-page-body = ชำระ { $amount } ให้แก่ { $seller } ใช่หรือไม่
bank-approve-button = อนุมัติการชำระเงิน
bank-cancel-button = ยกเลิกและกลับ
card-too-many-tries = มีการลองหมายเลขบัตรในหน้านี้มากเกินไป เพื่อความปลอดภัยของท่านจึงปิดหน้านี้แล้ว โปรดกลับไปที่หน้าชำระเงินและเลือกวิธีการชำระเงินอีกครั้ง
