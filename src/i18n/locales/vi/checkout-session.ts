/** Vietnamese strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'Mã công ty',
  'session.companySearch.hint': 'Bắt đầu bằng cách nhập mã công ty của khách hàng.',
  'session.companySearch.submit': 'Tìm kiếm',
  'session.companySearch.searching': 'Đang tìm kiếm…',
  'session.companySearch.required': 'Nhập mã công ty.',
  'session.misconfigured': 'Trang thanh toán này chưa được thiết lập: cần có loại đơn hàng (flow), sản phẩm và thuê bao hoặc mã công ty.',
  'session.tagsTaken': 'Không thể hiển thị trang thanh toán này: trang đang dùng {tags} cho các phần tử riêng.',
  'session.offline': 'Bạn đang ngoại tuyến. Quá trình thanh toán sẽ tiếp tục khi có kết nối trở lại.',
  'session.retryWaiting': 'Dịch vụ thanh toán yêu cầu chờ. Sẽ thử lại lúc {time}.',
  'session.payBar.total': 'Tổng cộng',
  'session.payBar.go': 'Đến phần thanh toán',
};
