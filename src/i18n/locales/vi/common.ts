/** Vietnamese strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'common.customerNotFound': 'Không có khách hàng nào có mã công ty {companyId}.',
  'common.close': 'Đóng',
  'common.cancel': 'Hủy',
  'common.confirm': 'Xác nhận',
  'common.save': 'Lưu',
  'common.optional': '(không bắt buộc)',
  'common.required': 'Bắt buộc',
  'common.perMonth': '{price} / tháng',
  'common.perUnitMonth': '{price} mỗi {unit} / tháng',
  'common.months': '{count, plural, other {# tháng}}',
  'common.save.percent': 'tiết kiệm {percent}',
  'common.status.active': 'Đang hoạt động',
  'common.status.trial': 'Dùng thử',
  'common.status.inactive': 'Không hoạt động',
  'common.error.network': 'Không thể kết nối với dịch vụ thanh toán. Hãy kiểm tra kết nối và thử lại.',
  'common.error.timeout': 'Dịch vụ thanh toán phản hồi quá lâu. Vui lòng thử lại.',
  'common.error.bad_response': 'Dịch vụ thanh toán gửi về phản hồi không đọc được. Vui lòng thử lại.',
  'common.error.http': 'Dịch vụ thanh toán đang gặp sự cố. Vui lòng thử lại sau giây lát.',
  'common.error.validation': 'Vui lòng kiểm tra thông tin đã nhập.',
  'common.error.auth': 'Phiên làm việc của bạn đã kết thúc. Vui lòng đăng nhập lại để tiếp tục.',
  'common.error.retryAfter': 'Dịch vụ thanh toán đang bận. Vui lòng thử lại {when}.',
};
