/**
 * The seed catalogs' words in the languages their vendors sell in (issue 16: German, Chinese,
 * Vietnamese markets): names, descriptions, features and units with their CLDR plural forms
 * (German has `one` and `other`; Chinese and Vietnamese only `other`), and the seed's promotions'
 * descriptions, which a quote's discount carries. The mock backend and the
 * reference server answer them through `localizeCatalog` (core/catalog-language.ts) when a
 * request's `Accept-Language` asks; English is the catalogs as `seed.ts` writes them.
 */
import type { CatalogTranslations, ItemTranslation, PromotionTranslation } from '../core/catalog-language.js';
import { seedIds } from './seed.js';

/** A German unit: its singular and plural. */
function de(one: string, other: string): Pick<ItemTranslation, 'unit' | 'unitForms'> {
  return { unit: one, unitForms: { one, other } };
}

/**
 * A unit of a language without plural forms (Chinese, Vietnamese): one form for every count. A
 * Chinese count takes a measure word ("50 个账户") that the bare unit does not ("每账户").
 */
function single(word: string, counted = word): Pick<ItemTranslation, 'unit' | 'unitForms'> {
  return { unit: word, unitForms: { other: counted } };
}

/** A Chinese unit and its measure word. */
function zh(measure: string, word: string): Pick<ItemTranslation, 'unit' | 'unitForms'> {
  return single(word, `${measure}${word}`);
}

const { pseries, workplace, contactCenter, pascom, koophone } = seedIds.products;

type PromotionWords = Readonly<Record<string, PromotionTranslation>>;

/**
 * The seed's promotion codes (`seed.ts`, `promotions`), which every product's quote may carry:
 * each product's translation lists them, so a vendor with its own codes would list only those.
 */
const promotions: Readonly<Record<'de' | 'zh' | 'vi', PromotionWords>> = {
  de: {
    WELCOME10: { description: 'Willkommensangebot: 10 % Rabatt' },
    SAVE50: { description: '50,00 Rabatt auf Bestellungen ab 200,00' },
    UPGRADE15: { description: 'Upgrade-Angebot: 15 % Rabatt' },
    EXPIRED20: { description: 'Letzte Saison: 20 % Rabatt' },
  },
  zh: {
    WELCOME10: { description: '新客优惠：9 折' },
    SAVE50: { description: '订单满 200.00 减 50.00' },
    UPGRADE15: { description: '升级优惠：85 折' },
    EXPIRED20: { description: '上季优惠：8 折' },
  },
  vi: {
    WELCOME10: { description: 'Ưu đãi chào mừng: giảm 10%' },
    SAVE50: { description: 'Giảm 50,00 cho đơn hàng từ 200,00 trở lên' },
    UPGRADE15: { description: 'Ưu đãi nâng cấp: giảm 15%' },
    EXPIRED20: { description: 'Mùa trước: giảm 20%' },
  },
};

export const seedTranslations: CatalogTranslations = {
  [pseries]: {
    de: {
      promotions: promotions.de,
      productName: 'P-Series BYOI-Hosting',
      services: {
        extensions: {
          name: 'Nebenstellen',
          description: 'Nebenstellen-Kapazität der gehosteten P-Series-Telefonanlage.',
          ...de('Nebenstelle', 'Nebenstellen'),
        },
        'recording-minutes': {
          name: 'Minuten Gesprächsaufzeichnung',
          description: 'Speicher für Gesprächsaufzeichnungen in Minuten, in Blöcken zu 100.',
          ...de('Minute', 'Minuten'),
        },
        ha: { name: 'Hochverfügbarkeit für BYOI', description: 'Eine Hot-Standby-Telefonanlage, die in Sekunden übernimmt.', ...de('Instanz', 'Instanzen') },
      },
    },
    zh: {
      promotions: promotions.zh,
      productName: 'P 系列 BYOI 托管',
      services: {
        extensions: { name: '分机', description: '托管 P 系列 PBX 的分机容量。', ...zh('个', '分机') },
        'recording-minutes': { name: '通话录音分钟数', description: '通话录音存储分钟数，以 100 分钟为一组购买。', ...single('分钟') },
        ha: { name: 'BYOI 高可用', description: '热备 PBX，可在数秒内接管。', ...zh('个', '实例') },
      },
    },
    vi: {
      promotions: promotions.vi,
      productName: 'Lưu trữ P-Series BYOI',
      services: {
        extensions: { name: 'Máy nhánh', description: 'Dung lượng máy nhánh của tổng đài P-Series được lưu trữ.', ...single('máy nhánh') },
        'recording-minutes': { name: 'Phút ghi âm cuộc gọi', description: 'Số phút lưu trữ ghi âm cuộc gọi, mua theo khối 100 phút.', ...single('phút') },
        ha: { name: 'Tính sẵn sàng cao cho BYOI', description: 'Một tổng đài dự phòng nóng tiếp quản trong vài giây.', ...single('phiên bản') },
      },
    },
  },

  [workplace]: {
    de: {
      promotions: promotions.de,
      productName: 'Workplace SaaS',
      plans: {
        'wp-standard': {
          name: 'Workplace Standard',
          features: ['Arbeitsplatzbuchung', 'Raumbuchung', 'Mobile App'],
          description: 'Konten und Zusatzleistungen werden als Dienste abgerechnet.',
          ...de('Arbeitsbereich', 'Arbeitsbereiche'),
        },
        'wp-pro': {
          name: 'Workplace Professional',
          features: ['Arbeitsplatzbuchung', 'Raumbuchung', 'Mobile App', 'Analysen', 'Single Sign-on'],
          ...de('Arbeitsbereich', 'Arbeitsbereiche'),
        },
      },
      services: {
        'wp-accounts': { name: 'Konten', ...de('Konto', 'Konten') },
        'wp-storage': { name: 'Speicher', ...de('100-GB-Block', '100-GB-Blöcke') },
        'wp-meeting-rooms': { name: 'Besprechungsraum-Displays', ...de('Raum', 'Räume') },
        'wp-visitor': { name: 'Besucherverwaltung', ...de('Standort', 'Standorte') },
      },
    },
    zh: {
      promotions: promotions.zh,
      productName: 'Workplace SaaS',
      plans: {
        'wp-standard': {
          name: 'Workplace 标准版',
          features: ['工位预订', '会议室预订', '移动应用'],
          description: '账户和附加功能按服务计费。',
          ...zh('个', '工作区'),
        },
        'wp-pro': { name: 'Workplace 专业版', features: ['工位预订', '会议室预订', '移动应用', '数据分析', '单点登录'], ...zh('个', '工作区') },
      },
      services: {
        'wp-accounts': { name: '账户', ...zh('个', '账户') },
        'wp-storage': { name: '存储空间', ...single('100 GB 存储包', '个 100 GB 存储包') },
        'wp-meeting-rooms': { name: '会议室显示屏', ...zh('间', '会议室') },
        'wp-visitor': { name: '访客管理', ...zh('个', '站点') },
      },
    },
    vi: {
      promotions: promotions.vi,
      productName: 'Workplace SaaS',
      plans: {
        'wp-standard': {
          name: 'Workplace Tiêu chuẩn',
          features: ['Đặt chỗ ngồi', 'Đặt phòng họp', 'Ứng dụng di động'],
          description: 'Tài khoản và tiện ích bổ sung được tính phí như dịch vụ.',
          ...single('không gian làm việc'),
        },
        'wp-pro': {
          name: 'Workplace Chuyên nghiệp',
          features: ['Đặt chỗ ngồi', 'Đặt phòng họp', 'Ứng dụng di động', 'Phân tích', 'Đăng nhập một lần (SSO)'],
          ...single('không gian làm việc'),
        },
      },
      services: {
        'wp-accounts': { name: 'Tài khoản', ...single('tài khoản') },
        'wp-storage': { name: 'Dung lượng lưu trữ', ...single('gói 100 GB') },
        'wp-meeting-rooms': { name: 'Màn hình phòng họp', ...single('phòng') },
        'wp-visitor': { name: 'Quản lý khách', ...single('địa điểm') },
      },
    },
  },

  [contactCenter]: {
    de: {
      promotions: promotions.de,
      productName: 'Contact Center',
      plans: {
        'cc-1': {
          name: 'Contact Center 1',
          features: ['Eingehende Anrufe', 'IVR', 'Gesprächsaufzeichnung (30 Tage)'],
          description: 'Bis zu 50 Konten.',
          ...de('Konto', 'Konten'),
        },
        'cc-2': {
          name: 'Contact Center 2',
          features: ['Eingehende Anrufe', 'IVR', 'Gesprächsaufzeichnung (90 Tage)', 'Ausgehende Kampagnen', 'Live-Chat'],
          description: 'Bis zu 200 Konten.',
          ...de('Konto', 'Konten'),
        },
        'cc-3': {
          name: 'Contact Center 3',
          features: ['Alles aus Contact Center 2', 'Omnichannel (E-Mail, soziale Medien)', 'Supervisor-Dashboard', 'Qualitätsüberwachung'],
          description: 'Bis zu 500 Konten.',
          ...de('Konto', 'Konten'),
        },
        'cc-4': {
          name: 'Contact Center 4',
          features: ['Alles aus Contact Center 3', 'KI-Voicebot', 'Personaleinsatzplanung', 'Persönlicher Success Manager'],
          description: 'Bis zu 2000 Konten.',
          ...de('Konto', 'Konten'),
        },
      },
    },
    zh: {
      promotions: promotions.zh,
      productName: '呼叫中心',
      plans: {
        'cc-1': { name: '呼叫中心 1', features: ['呼入语音', 'IVR', '通话录音（30 天）'], description: '最多 50 个账户。', ...zh('个', '账户') },
        'cc-2': {
          name: '呼叫中心 2',
          features: ['呼入语音', 'IVR', '通话录音（90 天）', '外呼活动', '在线聊天'],
          description: '最多 200 个账户。',
          ...zh('个', '账户'),
        },
        'cc-3': {
          name: '呼叫中心 3',
          features: ['包含呼叫中心 2 的全部功能', '全渠道（电子邮件、社交媒体）', '主管仪表板', '质量监控'],
          description: '最多 500 个账户。',
          ...zh('个', '账户'),
        },
        'cc-4': {
          name: '呼叫中心 4',
          features: ['包含呼叫中心 3 的全部功能', 'AI 语音机器人', '劳动力管理', '专属客户成功经理'],
          description: '最多 2000 个账户。',
          ...zh('个', '账户'),
        },
      },
    },
    vi: {
      promotions: promotions.vi,
      productName: 'Trung tâm liên lạc',
      plans: {
        'cc-1': {
          name: 'Trung tâm liên lạc 1',
          features: ['Cuộc gọi đến', 'IVR', 'Ghi âm cuộc gọi (30 ngày)'],
          description: 'Tối đa 50 tài khoản.',
          ...single('tài khoản'),
        },
        'cc-2': {
          name: 'Trung tâm liên lạc 2',
          features: ['Cuộc gọi đến', 'IVR', 'Ghi âm cuộc gọi (90 ngày)', 'Chiến dịch gọi ra', 'Trò chuyện trực tuyến'],
          description: 'Tối đa 200 tài khoản.',
          ...single('tài khoản'),
        },
        'cc-3': {
          name: 'Trung tâm liên lạc 3',
          features: ['Mọi tính năng của Trung tâm liên lạc 2', 'Đa kênh (email, mạng xã hội)', 'Bảng điều khiển giám sát', 'Giám sát chất lượng'],
          description: 'Tối đa 500 tài khoản.',
          ...single('tài khoản'),
        },
        'cc-4': {
          name: 'Trung tâm liên lạc 4',
          features: ['Mọi tính năng của Trung tâm liên lạc 3', 'Voicebot AI', 'Quản lý nhân lực', 'Quản lý thành công khách hàng riêng'],
          description: 'Tối đa 2000 tài khoản.',
          ...single('tài khoản'),
        },
      },
    },
  },

  [pascom]: {
    de: {
      promotions: promotions.de,
      productName: 'pascom Cloud-Telefonanlage',
      plans: {
        'pascom-basic': { name: 'pascom Cloud Basic', features: ['Softphone und Tischtelefone', 'Voicemail', 'Warteschlangen'], ...de('Benutzer', 'Benutzer') },
        'pascom-business': {
          name: 'pascom Cloud Business',
          features: ['Alles aus Basic', 'CRM-Integrationen', 'Gesprächsaufzeichnung', 'Gruppenchat'],
          ...de('Benutzer', 'Benutzer'),
        },
      },
      services: {
        'trunk-lines': { name: 'Amtsleitungen', description: 'Nutzbare Sprachkanäle für ein- und ausgehende Anrufe.', ...de('Leitung', 'Leitungen') },
        'endpoint-devices': {
          name: 'Endgeräte',
          description: 'Hardware-Geräte, die an der Telefonanlage eingerichtet werden können.',
          ...de('Gerät', 'Geräte'),
        },
        'phone-numbers': { name: 'Rufnummern', description: 'Im Abonnement enthaltene Rufnummern.', ...de('Rufnummer', 'Rufnummern') },
      },
      slaLevels: {
        'sla-basic': { name: 'Basic', description: 'E-Mail-Support an Werktagen.' },
        'sla-business': { name: 'Business', description: 'Telefonsupport 8–18 Uhr an Werktagen, Reaktion in 4 Stunden.' },
        'sla-premium': { name: 'Premium', description: 'Rund um die Uhr, Reaktion in 1 Stunde.' },
      },
    },
    zh: {
      promotions: promotions.zh,
      productName: 'pascom 云电话系统',
      plans: {
        'pascom-basic': { name: 'pascom 云基础版', features: ['软电话和桌面电话', '语音信箱', '呼叫队列'], ...zh('个', '用户') },
        'pascom-business': { name: 'pascom 云商务版', features: ['包含基础版的全部功能', 'CRM 集成', '通话录音', '群聊'], ...zh('个', '用户') },
      },
      services: {
        'trunk-lines': { name: '中继线路', description: '可用于呼入和呼出的线路通道。', ...zh('条', '线路') },
        'endpoint-devices': { name: '终端设备', description: '可在 PBX 上配置的硬件设备。', ...zh('台', '设备') },
        'phone-numbers': { name: '电话号码', description: '订阅中包含的电话号码。', ...zh('个', '号码') },
      },
      slaLevels: {
        'sla-basic': { name: '基础', description: '工作日电子邮件支持。' },
        'sla-business': { name: '商务', description: '工作日 8–18 点电话支持，4 小时内响应。' },
        'sla-premium': { name: '高级', description: '全天候支持，1 小时内响应。' },
      },
    },
    vi: {
      promotions: promotions.vi,
      productName: 'Tổng đài đám mây pascom',
      plans: {
        'pascom-basic': {
          name: 'pascom Cloud Cơ bản',
          features: ['Softphone và điện thoại bàn', 'Hộp thư thoại', 'Hàng đợi cuộc gọi'],
          ...single('người dùng'),
        },
        'pascom-business': {
          name: 'pascom Cloud Doanh nghiệp',
          features: ['Mọi tính năng của gói Cơ bản', 'Tích hợp CRM', 'Ghi âm cuộc gọi', 'Trò chuyện nhóm'],
          ...single('người dùng'),
        },
      },
      services: {
        'trunk-lines': { name: 'Đường trung kế', description: 'Các kênh đường dây dùng cho cuộc gọi đến và đi.', ...single('đường') },
        'endpoint-devices': { name: 'Thiết bị đầu cuối', description: 'Thiết bị phần cứng có thể cài đặt trên tổng đài.', ...single('thiết bị') },
        'phone-numbers': { name: 'Số điện thoại', description: 'Các số điện thoại đi kèm gói thuê bao.', ...single('số') },
      },
      slaLevels: {
        'sla-basic': { name: 'Cơ bản', description: 'Hỗ trợ qua email vào ngày làm việc.' },
        'sla-business': { name: 'Doanh nghiệp', description: 'Hỗ trợ qua điện thoại 8–18 giờ ngày làm việc, phản hồi trong 4 giờ.' },
        'sla-premium': { name: 'Cao cấp', description: 'Hỗ trợ suốt ngày đêm, phản hồi trong 1 giờ.' },
      },
    },
  },

  [koophone]: {
    de: {
      promotions: promotions.de,
      productName: 'KooPhone',
      plans: {
        'kp-standard': { name: 'Cloud Phone Standard', features: ['4 vCPUs', '8 GB RAM', '64 GB Speicher'], ...de('Telefon', 'Telefone') },
        'kp-pro': { name: 'Cloud Phone Pro', features: ['8 vCPUs', '16 GB RAM', '128 GB Speicher'], ...de('Telefon', 'Telefone') },
      },
    },
    zh: {
      promotions: promotions.zh,
      productName: 'KooPhone',
      plans: {
        'kp-standard': { name: '云手机标准版', features: ['4 个 vCPU', '8 GB 内存', '64 GB 存储'], ...zh('台', '云手机') },
        'kp-pro': { name: '云手机专业版', features: ['8 个 vCPU', '16 GB 内存', '128 GB 存储'], ...zh('台', '云手机') },
      },
    },
    vi: {
      promotions: promotions.vi,
      productName: 'KooPhone',
      plans: {
        'kp-standard': { name: 'Điện thoại đám mây Tiêu chuẩn', features: ['4 vCPU', '8 GB RAM', '64 GB lưu trữ'], ...single('điện thoại') },
        'kp-pro': { name: 'Điện thoại đám mây Pro', features: ['8 vCPU', '16 GB RAM', '128 GB lưu trữ'], ...single('điện thoại') },
      },
    },
  },
};
