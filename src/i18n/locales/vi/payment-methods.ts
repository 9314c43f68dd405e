import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Tự động gia hạn',
  'pay.autoRenew.hint': 'Tự động gia hạn khi hết mỗi kỳ hạn.',
  'pay.pi.label': 'Số PI',
  'pay.pi.hint': 'Số hóa đơn chiếu lệ do bộ phận kinh doanh cung cấp.',
  'pay.pi.invalid': 'Chỉ dùng chữ cái, chữ số, -, /, . và _.',
  'pay.pi.tooLong': 'Số PI có tối đa 64 ký tự.',
  'pay.button.placing': 'Đang đặt hàng…',
  'pay.unavailable.card': 'Thanh toán bằng thẻ chưa được cấu hình cho trang thanh toán này.',
  'pay.unavailable.paypal': 'PayPal chưa được cấu hình cho trang thanh toán này.',
  'pay.paying': 'Đang xử lý thanh toán…',
  'pay.card.loading': 'Đang tải biểu mẫu thẻ bảo mật…',
  'pay.card.loadFailed': 'Không thể tải biểu mẫu thẻ. Hãy thử lại, hoặc chọn PayPal hay Thanh toán ngoại tuyến.',
  'pay.card.declined': 'Thanh toán không thành công. Hãy kiểm tra thông tin thẻ và thử lại.',
  'pay.paypal.loading': 'Đang tải PayPal…',
  'pay.paypal.loadFailed': 'Không thể tải PayPal. Hãy chọn phương thức thanh toán khác hoặc tải lại trang.',
  'pay.paypal.cancelled': 'Bạn đã đóng PayPal trước khi thanh toán. Bạn chưa bị trừ tiền và có thể thử lại.',
  'pay.paypal.failed': 'PayPal không thể hoàn tất thanh toán. Vui lòng thử lại.',
};
