import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'Không thể thêm {name}.',
  'planPicker.customer.label': 'Khách hàng',
  'planPicker.customer.companyId': 'Mã công ty',
  'planPicker.expand.services': 'Dịch vụ của bạn',
  'planPicker.expand.note': 'Dung lượng bổ sung được tính phí đến hết kỳ hạn hiện tại ({date}) và có hiệu lực sau khi thanh toán.',
  'planPicker.expand.trial': 'Không thể mở rộng gói dùng thử: trước tiên hãy nâng cấp lên gói trả phí với dung lượng bạn cần.',
  'planPicker.expand.inactive': 'Không thể mở rộng thuê bao không hoạt động: trước tiên hãy kích hoạt lại thuê bao.',
  'planPicker.expand.noFlow': 'Có thể mở rộng thuê bao này khi thuê bao hoạt động trở lại; nhà cung cấp của bạn có thể kích hoạt lại.',
  'planPicker.expand.upgradeTrial': 'Nâng cấp gói dùng thử này',
  'planPicker.expand.upgrade': 'Nâng cấp thuê bao này',
  'planPicker.expand.renew': 'Gia hạn thuê bao này',
  'planPicker.other.title': 'Dịch vụ khác',
  'planPicker.other.empty': 'Mọi dịch vụ đều đã có trong thuê bao của bạn.',
};
