import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Một số thông tin chưa được chấp nhận. Vui lòng kiểm tra lại.',
  'errors.invalid_json': 'Không thể đọc yêu cầu. Vui lòng thử lại.',
  'errors.idempotency_key_required': 'Không thể gửi đơn hàng một cách an toàn. Vui lòng thử lại.',
  'errors.idempotency_conflict': 'Đơn hàng này đã được gửi với thông tin khác. Vui lòng bắt đầu lại.',
  'errors.not_found': 'Không tìm thấy nội dung bạn yêu cầu.',
  'errors.conflict': 'Không thể thực hiện ở trạng thái hiện tại.',
  'errors.quote_expired': 'Giá này đã hết hạn. Vui lòng lấy giá mới.',
  'errors.quote_superseded': 'Đã có giá mới hơn cho đơn hàng này. Vui lòng dùng giá đó.',
  'errors.price_changed': 'Giá đã thay đổi. Vui lòng xem lại giá mới.',
  'errors.quote_used': 'Giá này đã được đặt hàng và thanh toán.',
  'errors.order_not_payable': 'Đơn hàng này không thể thanh toán nữa. Vui lòng bắt đầu thanh toán mới.',
  'errors.order_not_cancellable': 'Đơn hàng này không thể hủy nữa.',
  'errors.promo_invalid': 'Mã này không tồn tại, đã hết hạn hoặc không áp dụng cho đơn hàng này.',
  'errors.downgrade_not_allowed': 'Hãy chọn gói cao hơn hoặc số lượng nhiều hơn hiện tại.',
  'errors.credit_exceeds_price': 'Khoản tín dụng của kỳ hạn chưa sử dụng lớn hơn giá của gói mới. Hãy chọn chu kỳ dài hơn hoặc số lượng lớn hơn.',
  'errors.subscription_not_active': 'Thuê bao này không hoạt động. Hãy gia hạn hoặc nâng cấp trước.',
  'errors.term_ended': 'Kỳ hạn hiện tại đã kết thúc. Hãy gia hạn thuê bao trước.',
  'errors.rate_limited': 'Quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.',
  'errors.vendor': 'Dịch vụ thanh toán cho biết: {message}',
};
