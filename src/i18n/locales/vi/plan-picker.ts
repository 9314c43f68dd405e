/** Vietnamese strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'Không thể tải các gói và dịch vụ.',
  'planPicker.error.subscriptions': 'Không thể tải các thuê bao của bạn.',
  'planPicker.error.lookup': 'Không thể tra cứu khách hàng.',
  'planPicker.error.view': 'Không thể tải phần này của trang thanh toán.',
  'planPicker.error.viewHint': 'Hãy kiểm tra kết nối và thử lại.',
  'planPicker.empty.subscription': 'Không tìm thấy thuê bao nào để thay đổi.',
  'planPicker.empty.renew': 'Không có thuê bao nào cần gia hạn.',
  'planPicker.locked': 'Đơn hàng này đã hoàn tất. Để thay đổi thêm, hãy bắt đầu đơn hàng mới.',
};
