// The template minifier's tests (`node test/build/minify-literals.test.mjs`, a stage of `npm test`):
// its rules case by case, then every template in src/ minified and compared with the original,
// token by token, with its source map checked.
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BASE64, WHITESPACE, litTags, literalParts, minifySource, sourceMap } from '../../scripts/minify-literals.mjs';

const root = resolve(import.meta.dirname, '../..');

const HEADER = "import { css, html, svg } from 'lit';\n";

/** [name, input, expected]: module bodies after HEADER, written raw (backslashes are literal). */
const CASES = [
  [
    'css: comments go, whitespace collapses, spaces beside { } ; and after , go',
    String.raw`css${'`'}
  :host {
    /* A comment on its own line. */
    display: block; /* and one after a declaration */
  }
  .a :hover, .b > .c + .d ~ .e {
    margin: calc(1px + 2px) 0;
  }
${'`'};`,
    String.raw`css${'`'}:host{display:block;}.a :hover,.b > .c + .d ~ .e{margin:calc(1px + 2px) 0;}${'`'};`,
  ],
  [
    'css: quoted strings are kept as written',
    String.raw`css${'`'}
  .a::before {
    content: " ; ";
    font-family: 'A , B', serif;
  }
  [data-x='a  { b'] { color: red; }
${'`'};`,
    String.raw`css${'`'}.a::before{content:" ; ";font-family:'A , B',serif;}[data-x='a  { b']{color:red;}${'`'};`,
  ],
  [
    'css: whitespace beside an expression stays one space',
    String.raw`css${'`'}
  .a {
    margin: ${'$'}{a} ${'$'}{b};
    ${'$'}{rest}
  }
  ${'$'}{more}
${'`'};`,
    String.raw`css${'`'}.a{margin: ${'$'}{a} ${'$'}{b}; ${'$'}{rest} } ${'$'}{more} ${'`'};`,
  ],
  [
    'css: escape sequences and what CSS escapes are kept',
    String.raw`css${'`'}
  .sm\\:p-1 {
    content: '\\2014  x';
  }
  .\\31  .b ,
  .c\\ {
    color: red;
  }
  .d\
    { color: blue; }
${'`'};`,
    String.raw`css${'`'}.sm\\:p-1{content:'\\2014  x';}.\\31  .b ,.c\\ {color:red;}.d\
 {color:blue;}${'`'};`,
  ],
  [
    'css: a comment that would join two tokens stays; url() is kept as written',
    String.raw`css${'`'}
  .a { margin: 1px/* x */2px; background: url(/x/*y*/z.png) ; }
${'`'};`,
    String.raw`css${'`'}.a{margin:1px/* x */2px;background:url(/x/*y*/z.png);}${'`'};`,
  ],
  [
    'css: a comment around an expression leaves the template as written',
    String.raw`css${'`'}
  /* ${'$'}{x} */
  .a { color: red; }
${'`'};`,
    null,
  ],
  [
    'html: nested templates inside expressions are minified too',
    String.raw`html${'`'}<ul>
  ${'$'}{items.map((item) => html${'`'}
    <li>${'$'}{item}</li>
  ${'`'})}
</ul>${'`'};`,
    String.raw`html${'`'}<ul> ${'$'}{items.map((item) => html${'`'} <li>${'$'}{item}</li> ${'`'})} </ul>${'`'};`,
  ],
  [
    'html: a comment goes, tags collapse, attribute values are kept, spaces without a line break too',
    String.raw`html${'`'}<div>
  <!-- A comment. -->
  <input
    id="a"
    title="first
      second"
    .value=${'$'}{v}
  />  <b>x</b>
</div>${'`'};`,
    String.raw`html${'`'}<div> <input id="a" title="first
      second" .value=${'$'}{v} />  <b>x</b> </div>${'`'};`,
  ],
  [
    'html: escapes and line continuations are kept',
    String.raw`html${'`'}<p>a\n
    b\u00a0\
    c</p>${'`'};`,
    String.raw`html${'`'}<p>a\n b\u00a0\
    c</p>${'`'};`,
  ],
  [
    'html: a comment around an expression leaves the template as written',
    String.raw`html${'`'}<p>
  <!-- ${'$'}{note} -->
</p>${'`'};`,
    null,
  ],
  [
    'html: <pre> keeps every html template of its file as written, nested ones too',
    String.raw`html${'`'}<pre>
  a
    ${'$'}{html${'`'}<b>
      b</b>${'`'}}
</pre>${'`'};
const other = html${'`'}<p>
  c</p>${'`'};`,
    null,
  ],
  [
    'svg: whitespace collapses, attribute values are kept',
    String.raw`svg${'`'}
  <path d="M0 0
    L1 1" />
${'`'};`,
    String.raw`svg${'`'} <path d="M0 0
    L1 1" /> ${'`'};`,
  ],
  [
    'other tags are left alone',
    String.raw`unsafeCSS(${'`'}
  .a { color: red; }
${'`'});
String.raw${'`'}
  a  { }
${'`'};
obj.html${'`'}
  <p></p>
${'`'};
htmlish${'`'}
  <p></p>
${'`'};`,
    null,
  ],
];

function selfTest() {
  let passed = 0;
  let failed = 0;
  const fail = (message) => {
    failed += 1;
    console.log(`  FAILED  ${message}`);
  };
  for (const [name, body, expectedBody] of CASES) {
    const input = HEADER + body;
    const expected = HEADER + (expectedBody ?? body);
    const { code } = minifySource(input);
    if (code === expected) {
      passed += 1;
      console.log(`  ok      ${name}`);
    } else {
      fail(`${name}\n    expected: ${JSON.stringify(expected.slice(HEADER.length))}\n    actual:   ${JSON.stringify(code.slice(HEADER.length))}`);
    }
  }
  const local = "const html = (s: TemplateStringsArray) => s.join('');\nhtml`\n  <p></p>\n`;\n";
  if (minifySource(local).code === local) {
    passed += 1;
    console.log('  ok      a tag not imported from Lit is left alone');
  } else {
    fail('a tag not imported from Lit is left alone');
  }

  // Nothing in src/ may make collapsed line breaks visible.
  const srcDir = resolve(root, 'src');
  const files = walk(srcDir).filter((file) => file.endsWith('.ts'));
  const preserving = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/white-space\s*:\s*(?:pre|break-spaces)|xml:space|<(?:pre|textarea)\b/gi)].map((match) => `${relative(root, file)}: ${match[0]}`);
  });
  if (preserving.length === 0) {
    passed += 1;
    console.log('  ok      src/ keeps no whitespace as written (no white-space: pre*, <pre>, <textarea>)');
  } else {
    fail(`src/ keeps whitespace as written, so collapsing line breaks in html would show:\n    ${preserving.join('\n    ')}`);
  }

  // The whole src/ tree: every file still parses, code outside template text is unchanged, and
  // template text differs only in whitespace and comments; the source map points at the same text.
  let saved = 0;
  let changedFiles = 0;
  let templates = 0;
  let skipped = 0;
  const problems = [];
  for (const file of files) {
    const name = relative(root, file);
    try {
      const code = readFileSync(file, 'utf8');
      const result = minifySource(code, file);
      templates += result.templates;
      skipped += result.skipped;
      if (result.edits.length === 0) continue;
      changedFiles += 1;
      saved += code.length - result.code.length;
      const compilerOptions = { target: ts.ScriptTarget.ES2022, experimentalDecorators: true };
      const { diagnostics } = ts.transpileModule(result.code, { fileName: file, reportDiagnostics: true, compilerOptions });
      for (const diagnostic of diagnostics ?? []) problems.push(`${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
      problems.push(...compareTemplates(code, result.code, name));
      problems.push(...checkMap(code, result.code, sourceMap(code, result.edits, file), name));
    } catch (error) {
      problems.push(`${name}: ${error.message}`);
    }
  }
  if (problems.length === 0) {
    passed += 1;
    console.log(
      `  ok      src/: ${changedFiles} of ${files.length} files minified, ${templates} templates (${skipped} left as written), ${saved} bytes saved; all parse, only template whitespace and comments changed, source maps agree`,
    );
  } else {
    fail(`src/ after minifying:\n    ${problems.slice(0, 20).join('\n    ')}`);
  }
  console.log(`minify-literals self-test: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Templates of both versions, in order: same tags and expressions, same text but whitespace and comments. */
function compareTemplates(before, after, name) {
  const collect = (code) => {
    const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const tags = litTags(source);
    const found = [];
    const spans = [];
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
        const parts = literalParts(node.template, code, source);
        const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
          ? [node.template]
          : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
        const strip = node.tag.text === 'css' ? /\/\*[\s\S]*?\*\/|\s+/g : /<!--[\s\S]*?-->|\s+/g;
        found.push({ tag: node.tag.text, cooked: literals.map((literal) => literal.text.replace(strip, '')) });
        spans.push(...parts);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    // Nested templates sit inside their parent's expressions, between its parts.
    spans.sort((x, y) => x.start - y.start);
    let outside = '';
    let last = 0;
    for (const span of spans) {
      outside += code.slice(last, span.start);
      last = span.end;
    }
    outside += code.slice(last);
    return { found, outside };
  };
  const a = collect(before);
  const b = collect(after);
  const problems = [];
  if (a.outside !== b.outside) problems.push(`${name}: code outside template text changed`);
  if (a.found.length !== b.found.length) problems.push(`${name}: ${a.found.length} templates became ${b.found.length}`);
  a.found.forEach((template, index) => {
    const other = b.found[index];
    if (!other || other.tag !== template.tag || JSON.stringify(other.cooked) !== JSON.stringify(template.cooked)) {
      problems.push(`${name}: template ${index + 1} (${template.tag}) changed more than whitespace and comments`);
    }
  });
  return problems;
}

/** Every mapped non-whitespace character of the output is the same character in the input. */
function checkMap(before, after, map, name) {
  const lineStarts = (text) => [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const beforeLines = lineStarts(before);
  const afterLines = lineStarts(after);
  const decode = (string) => {
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of string) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    return values;
  };
  const problems = [];
  let line = 0;
  let column = 0;
  let count = 0;
  map.mappings.split(';').forEach((segments, genLine) => {
    let genColumn = 0;
    for (const segment of segments ? segments.split(',') : []) {
      const [dGen, , dLine, dColumn] = decode(segment);
      genColumn += dGen;
      line += dLine;
      column += dColumn;
      count += 1;
      const generated = after[afterLines[genLine] + genColumn];
      const original = before[beforeLines[line] + column];
      if (!WHITESPACE.has(generated) && generated !== original && problems.length < 3)
        problems.push(`${name}: map ${genLine + 1}:${genColumn} -> ${line + 1}:${column} ('${generated}' vs '${original}')`);
    }
  });
  if (afterLines.length !== map.mappings.split(';').length)
    problems.push(`${name}: map has ${map.mappings.split(';').length} lines, output ${afterLines.length}`);
  if (count === 0) problems.push(`${name}: empty map`);
  return problems;
}

process.exit(selfTest() ? 0 : 1);
