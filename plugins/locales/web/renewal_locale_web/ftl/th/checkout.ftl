## หน้าชำระเงินบนเว็บสำหรับการต่ออายุออนไลน์ จำนวนเงินและวันที่ถูกจัดรูปแบบมาแล้ว (babel)
## ข้อความจึงไม่จัดรูปแบบตัวเลขเอง จำนวนนับ ($years, $count, $days) เป็นตัวเลข
## ภาษาไทยไม่มีรูปพหูพจน์ จึงไม่ต้องใช้ตัวเลือก

site-name = ต่ออายุออนไลน์
page-title = ต่ออายุสัญญาบริการสนับสนุนของคุณ
language-label = ภาษา
skip-to-content = ข้ามไปยังเนื้อหาหลัก

## สัญญาและใบเสนอราคา
contract-heading = สัญญา { $contract }
contract-number-label = หมายเลขสัญญา
customer-label = ลูกค้า
coverage-ends = ระยะเวลาการสนับสนุนปัจจุบันของคุณจะสิ้นสุดในวันที่ { $date }
coverage-ended = ระยะเวลาการสนับสนุนของคุณสิ้นสุดไปแล้วเมื่อวันที่ { $date }
renewal-period = ระยะเวลาการสนับสนุนใหม่: { $start } ถึง { $end }
quote-heading = ใบเสนอราคาการต่ออายุของคุณ
quote-column-item = รายการ
quote-column-amount = จำนวนเงิน
term-years = { $years } ปี
line-renewal = { -renewal }: { $sku }, { $level }, { $term }, จำนวน { $quantity }
line-upgrade = อัปเกรด: { $sku } เป็นระดับ { $level }, { $term }, จำนวน { $quantity }
line-reinstatement-fee = { -reinstatement-fee } (ระยะเวลาการสนับสนุนขาดช่วง)
line-fx-conversion = แปลงจาก { $from_amount } ที่อัตรา { $rate }
line-fx-surcharge = { -fx-surcharge } ({ $percent })
subtotal-label = { -subtotal }
total-label = { -total }
seller-of-record = { -seller }: { $seller }
list-price-note = ราคาที่แสดงเป็นราคาตามรายการราคาสำหรับภูมิภาคของคุณ

## ระดับบริการ
service-level-basic = { -service-level-basic }
service-level-production = { -service-level-production }

## การอัปเกรดและสกุลเงิน
upgrade-heading = อัปเกรดการสนับสนุนของคุณ
upgrade-level-label = ระดับบริการ
upgrade-term-label = { -term }
upgrade-apply = อัปเดตใบเสนอราคา
currency-label = ชำระเป็นสกุลเงิน
currency-other-note = การชำระเงินด้วยสกุลเงินอื่นจะมี{ -fx-surcharge }

## การชำระเงิน
payment-heading = วิธีการชำระเงิน
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
payment-method-wire_transfer = โอนเงินผ่านธนาคาร
payment-method-check = เช็คหรือธนาณัติ
card-number-label = หมายเลขบัตร
card-expiry-label = วันหมดอายุ (ดด/ปป)
card-cvc-label = รหัสความปลอดภัย
card-holder-label = ชื่อบนบัตร
pay-button = ชำระเงิน { $amount }
method-button-offline = รับคำแนะนำการชำระเงิน
method-button-card = ดำเนินการชำระเงินต่อ
method-button-redirect = ดำเนินการต่อไปยัง { $method }
place-order-button = ยืนยันคำสั่งซื้อ
secure-payment-note = ข้อมูลบัตรจะถูกส่งตรงไปยังผู้ให้บริการด้านความปลอดภัยในการชำระเงินของเรา และเราจะไม่จัดเก็บข้อมูลนี้ไว้

## ผลลัพธ์
confirmation-heading = ขอขอบคุณ สัญญาของคุณได้รับการต่ออายุแล้ว
confirmation-body = คำสั่งซื้อ { $order } ชำระเงินเรียบร้อยแล้ว ระยะเวลาการสนับสนุนใหม่ของคุณมีผลจนถึงวันที่ { $end }
declined-heading = การชำระเงินถูกปฏิเสธ
declined-body = ผู้ออกบัตรของคุณปฏิเสธการชำระเงินนี้ ไม่มีการเรียกเก็บเงินใดๆ
declined-body-bank = การชำระเงินไม่สำเร็จ ไม่มีการเรียกเก็บเงินใดๆ
payment-cancelled-notice = คุณได้ยกเลิกการชำระเงินในหน้า { $method } แล้ว ไม่มีการตัดเงินใดๆ
change-payment-option = เปลี่ยนวิธีการชำระเงิน
payment-error-heading = เราไม่สามารถเชื่อมต่อกับบริการชำระเงินได้
payment-error-body = ไม่มีการเรียกเก็บเงินใดๆ โปรดลองอีกครั้งในอีกสักครู่
offline-heading = ส่งคำสั่งซื้อของคุณแล้ว
offline-body = สัญญาของคุณจะได้รับการต่ออายุทันทีที่เราได้รับชำระเงินสำหรับคำสั่งซื้อ { $order } โปรดชำระเงินภายในวันที่ { $due_date }
offline-instructions-wire_transfer = โปรดโอน { $amount } ให้แก่ { $beneficiary } IBAN { $iban } BIC { $bic } และระบุหมายเลขอ้างอิง { $reference } เพื่อให้เราสามารถตรวจสอบการชำระเงินของคุณได้
offline-instructions-check = โปรดส่งเช็คหรือธนาณัติจำนวน { $amount } สั่งจ่าย { $payee } ไปที่ { $address } และเขียนหมายเลขอ้างอิง { $reference } ไว้บนเช็คหรือธนาณัตินั้น
offline-instructions-paypal = โปรดส่ง { $amount } ผ่าน PayPal ไปยัง { $account } และระบุหมายเลขอ้างอิง { $reference } ในช่องหมายเหตุ
offline-instructions-paynearme = โปรดชำระ { $amount } เป็นเงินสดที่จุดบริการ PayNearMe แห่งใดก็ได้ โดยใช้รหัสชำระเงิน { $reference }

## คุณสมบัติ: เหตุผลที่ไม่สามารถต่ออายุสัญญาทางออนไลน์ได้
reason-over-limit = สัญญานี้มียอดรวมเกิน { $limit } จึงไม่สามารถต่ออายุทางออนไลน์ได้ โปรดติดต่อพาร์ทเนอร์ของคุณหรือทีมขายของเรา
reason-oem = สัญญานี้จำหน่ายผ่านพาร์ทเนอร์ OEM โปรดต่ออายุกับพาร์ทเนอร์รายนั้น
reason-country-not-live = การต่ออายุออนไลน์ยังไม่เปิดให้บริการในประเทศของคุณ โดยจะเริ่มให้บริการในวันที่ { $date }
reason-currency-retired = สกุลเงินของสัญญา ({ $currency }) ไม่มีการใช้งานแล้ว โปรดติดต่อเราเพื่อขอใบเสนอราคาใหม่
reason-already-renewed-online = สัญญานี้ได้รับการต่ออายุแล้ว ขอขอบคุณ
reason-already-renewed-partner = สัญญานี้ได้รับการต่ออายุผ่านพาร์ทเนอร์แล้ว ไม่จำเป็นต้องดำเนินการใดๆ เพิ่มเติม
reason-contract-not-found = เราไม่พบสัญญานี้ โปรดตรวจสอบลิงก์ในอีเมลของคุณ
reason-link-expired = ลิงก์ต่ออายุนี้หมดอายุแล้ว โปรดใช้ลิงก์ในอีเมลแจ้งเตือนฉบับล่าสุดของคุณ

## ความช่วยเหลือ
help-heading = ต้องการความช่วยเหลือหรือไม่
help-send-email = ส่งอีเมล
help-phone = โปรดโทร { $phone } แล้วเลือกตัวเลือก 3 ตามด้วยตัวเลือก 1
help-details = โปรดเตรียมหมายเลขสัญญา หมายเลขอ้างอิง (ถ้ามี) และอีเมลที่ใช้ในการสั่งซื้อ (ถ้ามี) ไว้ให้พร้อม
help-changed-quote = ต้องการใบเสนอราคาอื่นหรือไม่ โปรดเปิดคำขอรับการสนับสนุนในพอร์ทัลบัญชีของคุณ หรือโทรแล้วเลือกตัวเลือก 3 ตามด้วยตัวเลือก 2 เพื่อติดต่อตัวแทนฝ่ายขาย
partner-note = คุณสามารถต่ออายุผ่านพาร์ทเนอร์ที่ได้รับอนุญาตของคุณได้ทุกเมื่อ

## the JSON API (/api): a request body it cannot read
api-field-unknown = คำขอนี้ไม่มีช่อง "{ $name }" โปรดลบออกแล้วส่งคำขออีกครั้ง
api-field-invalid = ช่อง "{ $name }" ไม่มีอยู่หรือมีค่าผิดประเภท โปรดแก้ไขแล้วส่งคำขออีกครั้ง
api-body-not-object = เนื้อหาของคำขอต้องเป็นออบเจ็กต์ JSON เช่น { $example } โปรดแก้ไขแล้วส่งคำขออีกครั้ง
