/** Vietnamese strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Người liên hệ thanh toán',
  'billingContact.loading': 'Đang tải danh sách người liên hệ thanh toán…',
  'billingContact.empty': 'Chưa có người liên hệ thanh toán. Hãy thêm một người để nhận hóa đơn.',
  'billingContact.choose': 'Chọn người liên hệ thanh toán',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – mặc định',
  'billingContact.addNew': 'Thêm mới',
  'billingContact.summary.label': 'Thông tin hóa đơn',
  'billingContact.summary.email': 'Hóa đơn gửi đến',
  'billingContact.summary.vatId': 'Mã số VAT / mã số thuế',
  'billingContact.summary.hint': 'Các thông tin này được in trên hóa đơn, và hóa đơn sẽ được gửi đến địa chỉ email này.',
  'billingContact.form.loadError': 'Không thể tải biểu mẫu. Hãy kiểm tra kết nối và thử lại.',
  'billingContact.saved': 'Đã lưu {name} và chọn làm người liên hệ thanh toán.',
  'billingContact.validity.valueMissing': 'Chọn người liên hệ thanh toán.',
};
