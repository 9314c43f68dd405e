// Writes src/api/openapi.json from the zod schemas (bundled for Node with esbuild, since
// Node 20 cannot load TypeScript itself), formatted as Prettier writes it, so that `prettier
// --check` accepts the generated file as it is. The contract test fails when this is not re-run.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const file = 'src/api/openapi.json';
const out = await build({ entryPoints: ['src/api/openapi.ts'], bundle: true, platform: 'node', format: 'esm', write: false });
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { buildOpenApiDocument } = await import(url);
const json = JSON.stringify(buildOpenApiDocument(), null, 2);
writeFileSync(file, await format(json, { ...(await resolveConfig(file)), filepath: file }));
console.log(`wrote ${file}`);
