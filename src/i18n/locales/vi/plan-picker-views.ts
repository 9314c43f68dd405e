/** Vietnamese strings of <plan-picker>'s partner layout and package details, loaded with the vi catalog. */
import type { planPickerViews as english } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof english, string> = {
  'planPicker.service.add': 'Thêm',
  'planPicker.service.addNamed': 'Thêm {name}',
  'planPicker.service.remove': 'Xóa',
  'planPicker.service.removeNamed': 'Xóa {name}',
  'planPicker.current.minimumTerm': 'Thời hạn hợp đồng tối thiểu đến',
  'planPicker.details.open': 'Xem chi tiết',
  'planPicker.details.title': 'Chi tiết gói: {name}',
  'planPicker.details.features': 'Tính năng',
  'planPicker.plan.registered': '{count, plural, =0 {Chưa có tài khoản nào được đăng ký} other {Đã đăng ký # tài khoản}}',
  'planPicker.licenses.note': 'Việc thêm giấy phép người dùng không bắt đầu thời hạn hợp đồng tối thiểu mới; thời hạn này vẫn kết thúc vào {date}.',
  'planPicker.partner.details': 'Chi tiết thuê bao',
  'planPicker.partner.capacity': '{name}: dung lượng hiện tại của từng dịch vụ',
  'planPicker.partner.notSubscribed': 'Chưa đăng ký',
  'planPicker.partner.tabs': 'Gói và dịch vụ',
  'planPicker.partner.tab.plan': 'Gói',
  'planPicker.partner.tab.service': 'Dịch vụ',
  'planPicker.partner.termEnd': 'Kỳ hạn hiện tại kết thúc vào {date}.',
  'planPicker.partner.subscribe': 'Đăng ký',
  'planPicker.partner.subscribeNamed': 'Đăng ký {name}',
  'planPicker.partner.change': 'Đặt dung lượng',
  'planPicker.partner.changeNamed': 'Đặt dung lượng cho {name}',
  'planPicker.partner.dialog.capacity': 'Dung lượng',
  'planPicker.partner.dialog.note': 'Sau khi bạn xác nhận, giá cho phần còn lại của kỳ hạn hiện tại sẽ hiển thị trong phần tóm tắt đơn hàng.',
};
