/**
 * `node --import tsx scripts/bench-server/profile-summary.ts FILE.cpuprofile [--top 25]`: where a
 * server's CPU went (a profile from `bench-server.ts --cpu-prof DIR`): self time by package or
 * project folder, and the functions with the most self time.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const profile = JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...self.values()].reduce((sum, us) => sum + us, 0);

function place(url: string): string {
  if (!url) return '(native, GC, idle)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const project = /\/(core|server|src|mocks|scripts)\//.exec(url)?.[1];
  return project ? `${project}/` : url;
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  groups.set(place(url), (groups.get(place(url)) ?? 0) + us);
  const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules\/)?/, '')}:${lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
}
const show = (entries: Map<string, number>, top: number) =>
  [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, us]) => console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`));
console.log(`${(total / 1000).toFixed(0)} ms sampled; self time by place:`);
show(groups, 15);
console.log('functions by self time:');
show(functions, Number(values.top));
