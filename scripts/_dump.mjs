import { bundle } from './bundle-sizes.mjs';
import { writeFileSync } from 'node:fs';
for (const chunk of await bundle('src/define.ts', 'define')) writeFileSync(`/tmp/sdk-${chunk.fileName}`, chunk.code);
