import { expect } from '@open-wc/testing';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { endpoints } from '../../src/api/endpoints.js';
import { ServerErrorCode } from '../../src/api/schemas.js';

type Operation = { operationId: string; tags: string[]; responses: Record<string, any>; parameters?: { name: string }[] };
type Document = {
  servers: { url: string }[];
  security: unknown;
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, any>; securitySchemes: Record<string, { type: string; scheme: string }> };
};

const doc = () => buildOpenApiDocument() as unknown as Document;
const ERROR_BODY = '#/components/schemas/ErrorBody';

/** The codes an error answer names: those it narrows `error.code` to, or every code. */
function codesOf(response: any): string[] {
  const schema = response.content['application/json'].schema;
  if (schema.$ref === ERROR_BODY) return [...ServerErrorCode.options];
  expect(schema.allOf[0].$ref).to.equal(ERROR_BODY);
  return schema.allOf[1].properties.error.properties.code.enum;
}

describe('OpenAPI document', () => {
  it('is the one generated from the schemas (run `npm run openapi` after changing them)', async () => {
    const checkedIn = await (await fetch(new URL('../../src/api/openapi.json', import.meta.url))).json();
    expect(checkedIn).to.deep.equal(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('documents every route of the backend with its request and answer', () => {
    const document = doc();
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation, name).to.exist;
      expect(operation!.operationId).to.equal(name);
      expect(document.tags.map((tag) => tag.name)).to.include(operation!.tags[0]);
      expect(operation!.responses['200'].content['application/json'].schema.$ref).to.match(/^#\/components\/schemas\//);
    }
    expect(document.paths['/orders']!['post']!.parameters!.map((p) => p.name)).to.include('Idempotency-Key');
    // The catalog and quotes answer in the buyer's language, and say that they do.
    for (const [path, method] of [
      ['/catalog/{productId}', 'get'],
      ['/quotes', 'post'],
    ] as const) {
      expect(document.paths[path]![method]!.parameters!.map((p) => p.name)).to.include('Accept-Language');
      expect(document.paths[path]![method]!.responses['200'].headers.Vary).to.exist;
    }
    expect(document.servers.map((server) => server.url)).to.deep.equal(['http://127.0.0.1:8787/api', 'https://{host}{basePath}']);
    expect(document.security).to.deep.equal([{ bearerAuth: [] }]);
    expect(document.components.securitySchemes['bearerAuth']).to.include({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(document.components.schemas['Money'].properties.amount.type).to.equal('integer');
  });

  it('answers every error of every route with the error body and the codes of its status', () => {
    const document = doc();
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const responses = document.paths[endpoint.path]![endpoint.method.toLowerCase()]!.responses;
      expect(codesOf(responses['401']), `${name} 401`).to.deep.equal(['unauthorized']);
      // Any other status may carry any code: the default answer is the whole error body, not narrowed.
      expect(responses['default'].content['application/json'].schema, `${name} default`).to.deep.equal({ $ref: ERROR_BODY });
      expect(document.components.schemas['ErrorBody'].properties.error.properties.code.enum, 'every code').to.have.members([...ServerErrorCode.options]);
      if (endpoint.path.includes('{')) expect(codesOf(responses['404']), `${name} 404`).to.include('not_found');
      if ('request' in endpoint) {
        expect(codesOf(responses['400']), `${name} 400`).to.include('invalid_json');
        expect(codesOf(responses['422']), `${name} 422`).to.include('invalid_request');
      }
      for (const [status, response] of Object.entries(responses)) {
        if (status === '200' || status === 'default') continue;
        for (const code of codesOf(response)) {
          expect(ServerErrorCode.options, `${name} ${status}`).to.include(code);
          expect(response.description, `${name} ${status} says what ${code} means`).to.include(`\`${code}\``);
        }
      }
    }
    const order = (path: string, status: string) => codesOf(document.paths[path]!['post']!.responses[status]);
    expect(order('/orders', '400')).to.include('idempotency_key_required');
    expect(order('/orders', '409')).to.include.members(['quote_expired', 'quote_superseded', 'price_changed', 'quote_used']);
    expect(order('/orders', '422')).to.include('idempotency_conflict');
    expect(order('/orders/{orderId}/cancel', '409')).to.deep.equal(['order_not_cancellable']);
    expect(order('/quotes', '422')).to.include.members([
      'promo_invalid',
      'downgrade_not_allowed',
      'credit_exceeds_price',
      'subscription_not_active',
      'term_ended',
    ]);
  });

  it('describes every error code in the error body', () => {
    const code = doc().components.schemas['ErrorBody'].properties.error.properties.code;
    expect(code.enum).to.deep.equal(ServerErrorCode.options);
    expect(Object.keys(code['x-enumDescriptions'])).to.deep.equal(ServerErrorCode.options);
    for (const value of ServerErrorCode.options) {
      expect(code['x-enumDescriptions'][value], value).to.match(/^\d{3}: /);
      expect(code.description).to.include(`\`${value}\`: `);
    }
  });

  it('states the rules a client checks on every price where a vendor reads them', () => {
    const { paths, components } = doc();
    const quote = components.schemas['Quote'].description as string;
    // Lines add up to the subtotal, the subtotal less the discount plus tax is the total, never negative, in one currency.
    expect(quote).to.include("`subtotal.amount` is the sum of the lines' `amount.amount`");
    expect(quote).to.include('`total.amount` = `subtotal.amount` - `discount.amount.amount`');
    expect(quote).to.include('+ `tax.amount.amount`');
    expect(quote).to.include('`total.amount` >= 0');
    expect(quote).to.include('is in `currency`');
    const order = components.schemas['Order'].description as string;
    expect(order).to.include('add up to `subtotal`').and.include('never negative').and.include('is in `total.currency`');
    expect(components.schemas['QuoteLine'].description).to.include('add up');
    expect(paths['/quotes']!['post']!.responses['200'].description).to.include('rules of Quote');
    expect(paths['/orders']!['post']!.responses['200'].description).to.include('rules of Order');
  });
});
