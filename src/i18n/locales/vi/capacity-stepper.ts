/** Vietnamese strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'Số lượng',
  'stepper.planLabel': 'Số {units}',
  'stepper.decrease': 'Giảm {label}',
  'stepper.increase': 'Tăng {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'Bạn đang có {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': 'Hiện tại {current}, sau đơn hàng này {value} {unit}',
  'stepper.error.range': 'Nhập số nguyên từ {min} đến {max}.',
  'stepper.error.atLeast': 'Nhập số nguyên từ {min} trở lên.',
  'stepper.error.notWhole': 'Chỉ dùng chữ số, không kèm dấu, phần thập phân hay chữ cái.',
  'stepper.error.multiline': 'Chỉ dán một số, không dán nhiều dòng.',
  'stepper.error.belowCurrent': 'Bạn đang có {current} và chỉ có thể thêm.',
  'stepper.error.offStep': 'Chọn theo bước {step}: {lower} hoặc {upper}.',
  'stepper.error.offStepOne': 'Chọn theo bước {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'Danh mục vẫn đang tải. Vui lòng thử lại sau giây lát.',
  'stepper.refused.wrongFlow': 'Không thể thay đổi số lượng này trong trang thanh toán này.',
  'stepper.refused.unknownId': 'Dịch vụ này không được cung cấp cho thuê bao này.',
  'stepper.refused.other': 'Không thể thay đổi số lượng này. Vui lòng thử lại.',
  'stepper.unavailable': 'Dịch vụ này không được cung cấp cho sản phẩm này.',
  'stepper.noPlan': 'Hãy chọn gói trước.',
};
