/** The seed flows the demo shows, one per vendor help page. */
import type { CheckoutConfigInput } from '../src/store/index.js';

export interface DemoFlow {
  title: string;
  source: string;
  config: CheckoutConfigInput;
}

export const demoFlows: DemoFlow[] = [
  { title: 'Expand capacity: P-Series BYOI hosting', source: 'Yeastar P-Series', config: { flow: 'expand', productId: 'pseries', subscriptionId: 'sub-pseries' } },
  { title: 'Expand a customer found by company ID', source: 'Yeastar Workplace SaaS (partner portal)', config: { flow: 'expand', productId: 'workplace', companyId: 'WP-100234' } },
  { title: 'Upgrade a package', source: 'Contact-center Plans page', config: { flow: 'upgrade', productId: 'contact-center', subscriptionId: 'sub-cc' } },
  { title: 'Upgrade a trial', source: 'pascom Cloud', config: { flow: 'upgrade', productId: 'pascom', subscriptionId: 'sub-pascom' } },
  { title: 'Renew cloud phones in batch', source: 'KooPhone', config: { flow: 'renew', productId: 'koophone' } },
];
