// Writes src/api/openapi.json from the zod schemas (bundled for Node with esbuild, since
// Node 20 cannot load TypeScript itself). The contract test fails when this is not re-run.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const out = await build({ entryPoints: ['src/api/openapi.ts'], bundle: true, platform: 'node', format: 'esm', write: false });
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { buildOpenApiDocument } = await import(url);
writeFileSync('src/api/openapi.json', `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log('wrote src/api/openapi.json');
