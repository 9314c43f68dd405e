import { expect } from '@open-wc/testing';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { endpoints } from '../../src/api/endpoints.js';

describe('OpenAPI document', () => {
  it('is the one generated from the schemas (run `npm run openapi` after changing them)', async () => {
    const checkedIn = await (await fetch(new URL('../../src/api/openapi.json', import.meta.url))).json();
    expect(checkedIn).to.deep.equal(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('documents every route of the backend with its request and answer', () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation, name).to.exist;
      expect(operation.operationId).to.equal(name);
      expect(operation.responses['200'].content['application/json'].schema.$ref).to.match(/^#\/components\/schemas\//);
      expect(operation.responses['401'].content['application/json'].schema.$ref, `${name} 401`).to.equal('#/components/schemas/ErrorBody');
    }
    expect(doc.paths['/orders']!.post.parameters.map((p: { name: string }) => p.name)).to.include('Idempotency-Key');
    // The catalog and quotes answer in the buyer's language, and say that they do.
    for (const [path, method] of [
      ['/catalog/{productId}', 'get'],
      ['/quotes', 'post'],
    ] as const) {
      expect(doc.paths[path]![method].parameters.map((p: { name: string }) => p.name)).to.include('Accept-Language');
      expect(doc.paths[path]![method].responses['200'].headers.Vary).to.exist;
    }
    const auth = doc as unknown as { security: unknown; components: { securitySchemes: Record<string, { type: string; scheme: string }> } };
    expect(auth.security).to.deep.equal([{ bearerAuth: [] }]);
    expect(auth.components.securitySchemes['bearerAuth']).to.include({ type: 'http', scheme: 'bearer' });
    const money = doc.components.schemas.Money as { properties: { amount: { type: string } } };
    expect(money.properties.amount.type).to.equal('integer');
  });
});
