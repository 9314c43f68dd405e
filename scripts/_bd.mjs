import * as esbuild from 'esbuild';
const entry = process.argv[2] || 'src/define.ts';
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, target: 'es2022', splitting: true, outdir: '/tmp/bd', tsconfig: 'tsconfig.json' });
const main = Object.values(r.metafile.outputs).find(o => o.entryPoint === entry);
console.log('main', main.bytes);
const groups = {};
for (const [i, v] of Object.entries(main.inputs)) { const g = i.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1').replace(/^src\/(elements|i18n\/locales|store|api|payments|styles|events|i18n)\/(\w[\w-]*\/)?.*/, (m, a, b) => `src/${a}/${b ?? ''}`); groups[g]=(groups[g]||0)+v.bytesInOutput; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).map(([g,b])=>`${String(b).padStart(7)} ${g}`).join('\n'));
