// The Node side of the reliability suites, added to web-test-runner.config.mjs:
// - `cspTestPage`: serves one page, CSP_PAGE, with a strict Content-Security-Policy and a fresh
//   nonce per response; every other URL is served as before, without the header;
// - `reliabilityCommands()`: a server command for the browser tests: the HTML sinks found in src/.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CSP_PAGE = '/test/reliability/csp/checkout.html';

/**
 * The policy under test. Upcart's code needs nothing beyond `script-src 'self'`, nonces for the
 * payment providers' scripts, and its two Trusted Types policies (`lit-html` for Lit's templates,
 * `upcart` for the providers' script URLs). The one allowance is for the test's mock backend:
 * MSW registers its service worker with a plain string, which only a `default` policy can vouch
 * for; the page's own default policy allows exactly `/mockServiceWorker.js` (a portal without
 * MSW needs no default policy).
 */
export function strictPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html upcart default',
  ].join('; ');
}

function pageHtml(nonce) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="csp-nonce" content="${nonce}" />
    <title>Upcart under a strict Content-Security-Policy</title>
  </head>
  <body>
    <main id="portal"></main>
    <script type="module" nonce="${nonce}" src="/test/reliability/csp/app.ts"></script>
  </body>
</html>
`;
}

/** Koa middleware: the CSP page, and nothing else changed. */
export function cspTestPage(context, next) {
  if (context.path !== CSP_PAGE) return next();
  const nonce = randomBytes(18).toString('base64');
  context.set('Content-Security-Policy', strictPolicy(nonce));
  context.set('Cache-Control', 'no-store');
  context.type = 'text/html';
  context.body = pageHtml(nonce);
  return undefined;
}

/** Sinks that turn a string into markup or code. */
const SINKS = [
  { name: 'unsafeHTML', pattern: /\bunsafe(?:HTML|SVG)\b/ },
  { name: 'innerHTML', pattern: /\.innerHTML\b/ },
  { name: 'outerHTML =', pattern: /\.outerHTML\s*=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(?:ln)?\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'DOMParser', pattern: /\bDOMParser\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
  { name: 'eval / new Function', pattern: /\beval\s*\(|\bnew\s+Function\s*\(/ },
];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every line of code under `dir` (comments aside) that uses one of the sinks. */
export function findSinks(root, dir = 'src') {
  const hits = [];
  for (const file of sourceFiles(join(root, dir))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let inComment = false;
    lines.forEach((line, index) => {
      let code = line;
      if (inComment) {
        const end = code.indexOf('*/');
        if (end < 0) return;
        code = code.slice(end + 2);
        inComment = false;
      }
      code = code.replace(/\/\*.*?\*\//g, '');
      const open = code.indexOf('/*');
      if (open >= 0) {
        inComment = true;
        code = code.slice(0, open);
      }
      code = code.replace(/\/\/.*$/, '');
      for (const sink of SINKS) {
        if (sink.pattern.test(code)) hits.push({ file: relative(root, file), line: index + 1, sink: sink.name, text: line.trim() });
      }
    });
  }
  return { files: sourceFiles(join(root, dir)).length, sinks: SINKS.map((sink) => sink.name), hits };
}

/** Plugin with the server command the security suite calls through `executeServerCommand`. */
export function reliabilityCommands(root = process.cwd()) {
  return {
    name: 'upcart-reliability-commands',
    executeCommand({ command, payload }) {
      if (command === 'upcart-find-sinks') return findSinks(root, payload?.dir ?? 'src');
      return undefined;
    },
  };
}
