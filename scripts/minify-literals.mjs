// Minifies the text of Lit's `css`, `html` and `svg` tagged templates in our own sources: the JS
// minifier leaves template literal text as written, indentation and comments included.
// Only whitespace and comments change; escapes, quoted strings and attribute values, and every
// `${...}` expression stay byte for byte (nested templates inside expressions are minified on
// their own). test/build/minify-literals.test.mjs checks the rules and the whole src/ tree; it is a
// stage of `npm test`.
//
// Kept rather than replaced by rollup-plugin-minify-template-literals 1.1.7, measured on the define
// entry: that plugin's output was 0.5 % smaller (32,365 against 32,516 bytes gzip) but the build took
// 2.8 times as long (1.5 s against 0.5 s), it adds 53 packages (html-minifier-terser, clean-css,
// terser), and it skips the CSS of every file that uses `unsafeCSS`.
//
// css: comments go (unless removing one would join two tokens), whitespace runs become one space,
// and the spaces beside `{` `}` `;`, after `,` and after `:` go. Spaces before `:` and beside `>` `+` `~` `(` `)` stay
// (`.a :hover` is not `.a:hover`); whitespace beside an expression stays one space (`${a} ${b}`).
// html/svg: whitespace runs holding a line break become one space, as HTML renders them anyway,
// and comments wholly inside one literal part go. A file whose html holds an element that keeps
// its whitespace (`<pre>`, `<textarea>`, ...) keeps all its html as written; so does a template
// with a comment that spans an expression. The tests fail when src/ styles anything with
// `white-space: pre*`, since that would make the collapsed line breaks visible.
import ts from 'typescript';
import { resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Where a tag may come from: Lit's own entries (not `lit/static-html.js`, whose tags differ). */
const LIT_MODULE = /^(?:lit|lit-html|lit-element|@lit\/reactive-element)(?:\/(?:index|lit-html|lit-element|css-tag|reactive-element)\.js)?$/;
const TAGS = new Set(['css', 'html', 'svg']);
/** Elements whose text keeps its whitespace (or is not HTML text at all). */
const KEEPS_WHITESPACE = /<(?:pre|textarea|script|style|listing|xmp|plaintext)\b|xml:space|white-space/i;
export const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f']);
const HEX = /^[0-9a-fA-F]$/;

/** The Vite plugin: builds only, `.ts` files under `include` (src/ by default). */
export function minifyLiterals({ include = resolve(root, 'src') } = {}) {
  const prefix = include.endsWith(sep) ? include : include + sep;
  return {
    name: 'upcart:minify-literals',
    apply: 'build',
    // Before the TypeScript transform, so positions and the source map are the file's own.
    enforce: 'pre',
    transform: {
      filter: { id: /\.ts$/, code: /\b(?:css|html|svg)\s*`/ },
      handler(code, id) {
        if (id.includes('?') || id.includes('\0') || !resolve(id).startsWith(prefix)) return null;
        let result;
        try {
          result = minifySource(code, id);
        } catch (error) {
          // A file TypeScript cannot make sense of: leave it as written for the real parser.
          this.warn(`left as written: ${error.message}`);
          return null;
        }
        if (result.edits.length === 0) return null;
        return { code: result.code, map: sourceMap(code, result.edits, id) };
      },
    },
  };
}

/**
 * Minifies one module's Lit templates. Returns the new code, the edits made (`start`, `end`,
 * `text`, ascending, in the original's positions) and how many templates were left as written.
 */
export function minifySource(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tags = litTags(source);
  const templates = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text) && !node.questionDotToken) {
      templates.push({ tag: node.tag.text, parts: literalParts(node.template, code, source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  const htmlKept = templates.some((template) => template.tag !== 'css' && KEEPS_WHITESPACE.test(template.parts.map((part) => part.raw).join('')));
  const edits = [];
  let skipped = 0;
  for (const template of templates) {
    if (template.tag !== 'css' && htmlKept) {
      skipped += 1;
      continue;
    }
    const found = template.tag === 'css' ? cssEdits(template.parts) : htmlEdits(template.parts);
    if (found === null) skipped += 1;
    else edits.push(...found);
  }
  edits.sort((a, b) => a.start - b.start);
  let out = code;
  for (let index = edits.length - 1; index >= 0; index -= 1) {
    const edit = edits[index];
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { code: out, edits, templates: templates.length, skipped };
}

/** Local names of `css`, `html` and `svg` imported from Lit under their own names. */
export function litTags(source) {
  const names = new Set();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!LIT_MODULE.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause.isTypeOnly) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && TAGS.has(imported) && element.name.text === imported) names.add(imported);
    }
  }
  return names;
}

/** The raw text of each literal part, with its position, delimiters excluded. */
export function literalParts(template, code, source) {
  const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return literals.map((literal) => {
    const start = literal.getStart(source);
    const end = literal.getEnd();
    // A part opens with '`' (head, no substitution) or '}' and closes with '`' (tail) or '${'.
    const closesTemplate = literal.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || literal.kind === ts.SyntaxKind.TemplateTail;
    const close = closesTemplate ? 1 : 2;
    if (!'`}'.includes(code[start]) || code.slice(end - close, end) !== (closesTemplate ? '`' : '${')) {
      throw new Error(`unexpected template delimiters at ${start} in ${source.fileName}`);
    }
    return { start: start + 1, end: end - close, raw: code.slice(start + 1, end - close) };
  });
}

/**
 * The template as one sequence of units: a JS escape (`\` and the character after it, or
 * `\` + CRLF) is one unit and never changes; `expr` units stand for `${...}`.
 */
function unitsOf(parts) {
  const units = [];
  parts.forEach((part, index) => {
    if (index > 0) units.push({ kind: 'expr', part: index, start: part.start, end: part.start });
    const raw = part.raw;
    let i = 0;
    while (i < raw.length) {
      let length = 1;
      if (raw[i] === '\\') length = raw.slice(i + 1, i + 3) === '\r\n' ? 3 : 2;
      const text = raw.slice(i, i + length);
      const kind = length > 1 ? 'escape' : WHITESPACE.has(text) ? 'space' : 'char';
      units.push({ kind, text, part: index, start: part.start + i, end: part.start + i + length });
      i += length;
    }
  });
  return units;
}

/** Appends the token of `type` that spans units `from` to `to` to `tokens`. */
function tokenPusher(units, tokens) {
  return (type, from, to) =>
    tokens.push({
      type,
      start: units[from].start,
      end: units[to].end,
      part: units[from].part,
      text: units
        .slice(from, to + 1)
        .map((unit) => unit.text ?? '')
        .join(''),
    });
}

/** Tokens of a css template, or null when it is best left alone. */
function cssTokens(parts) {
  const units = unitsOf(parts);
  const tokens = [];
  const push = tokenPusher(units, tokens);
  let quote = null;
  let inUrl = false;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    const next = units[i + 1];
    if (unit.kind === 'expr') {
      tokens.push({ type: 'expr', part: unit.part, start: unit.start, end: unit.end, text: '' });
    } else if (quote !== null || inUrl) {
      // Inside a string or an unquoted url(): kept as written, up to the closing character.
      if (quote !== null && unit.text === quote) quote = null;
      if (inUrl && unit.text === ')') inUrl = false;
      push('keep', i, i);
    } else if (unit.text === '/' && next?.text === '*') {
      let j = i + 2;
      while (j < units.length && !(units[j].text === '*' && units[j + 1]?.text === '/')) {
        if (units[j].kind === 'expr') return null; // a comment around an expression: leave it
        j += 1;
      }
      if (j >= units.length) return null;
      push('comment', i, j + 1);
      i = j + 1;
    } else if (unit.text === '"' || unit.text === "'") {
      quote = unit.text;
      push('keep', i, i);
    } else if (
      unit.text === '(' &&
      /url$/i.test(
        units
          .slice(Math.max(0, i - 3), i)
          .map((u) => u.text ?? '')
          .join(''),
      )
    ) {
      let j = i + 1;
      while (units[j]?.kind === 'space') j += 1;
      inUrl = !(units[j]?.text === '"' || units[j]?.text === "'");
      push('keep', i, i);
    } else if (unit.kind === 'escape') {
      // Possibly a CSS escape (`\\:`, `\\31 `): the escaped character, hex digits and the one
      // whitespace a hex escape swallows are kept as written.
      let j = i;
      if (next && next.kind !== 'expr' && HEX.test(next.text)) {
        while (j - i < 6 && units[j + 1] && HEX.test(units[j + 1].text ?? '')) j += 1;
        if (units[j + 1]?.kind === 'space') j += 1;
      } else if (next && next.kind !== 'expr') {
        j += 1;
      }
      push('keep', i, j);
      i = j;
    } else if (unit.kind === 'space') {
      let j = i;
      while (units[j + 1]?.kind === 'space') j += 1;
      push('space', i, j);
      i = j;
    } else {
      push('{};,'.includes(unit.text) ? 'delim' : 'other', i, i);
    }
  }
  if (quote !== null || inUrl) return null;
  return tokens;
}

function cssEdits(parts) {
  const tokens = cssTokens(parts);
  if (tokens === null) return null;
  const edge = { type: 'edge', text: '' };
  // A comment goes when whitespace, a delimiter or the template's edge is on one side: then
  // nothing can join across it (`1px/**/2px` must not become `1px2px`).
  const quiet = (token) => token.type === 'space' || token.type === 'delim' || token.type === 'edge';
  let previous = edge;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'comment') {
      token.remove = quiet(previous) || quiet(tokens[index + 1] ?? edge);
      if (!token.remove) previous = token;
    } else {
      previous = token;
    }
  }
  return gapEdits(tokens, (gap, before, after) => {
    if (!gap.some((token) => token.type === 'space')) return '';
    if (before.type === 'expr' || after.type === 'expr') return ' ';
    if (before.type === 'edge' || after.type === 'edge') return '';
    // After a colon: a declaration's value or a media feature's (`color: red`, `(width: 30em)`);
    // a selector's pseudo-class never has a space after its colon.
    if (before.type === 'delim' || before.text === ':' || (after.type === 'delim' && after.text !== ',')) return '';
    return ' ';
  });
}

/**
 * Runs of whitespace and removed comments ("gaps"), each replaced by what `replace(gap, before,
 * after)` says given the tokens around it; an edit for each gap that changes.
 */
function gapEdits(tokens, replace) {
  const edge = { type: 'edge', text: '' };
  const edits = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const inGap = (token) => token && (token.type === 'space' || (token.type === 'comment' && token.remove));
    if (!inGap(tokens[i])) continue;
    let j = i;
    while (inGap(tokens[j + 1])) j += 1;
    const gap = tokens.slice(i, j + 1);
    const text = replace(gap, tokens[i - 1] ?? edge, tokens[j + 1] ?? edge);
    const original = gap.map((token) => token.text).join('');
    if (text !== original) edits.push({ start: gap[0].start, end: gap[gap.length - 1].end, text });
    i = j;
  }
  return edits;
}

/** Tokens of an html/svg template (text, tags, quoted attribute values, comments), or null. */
function htmlTokens(parts) {
  const units = unitsOf(parts);
  const tokens = [];
  const push = tokenPusher(units, tokens);
  let state = 'text';
  let quote = null;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (unit.kind === 'expr') {
      tokens.push({ type: 'expr', part: unit.part, start: unit.start, end: unit.end, text: '' });
    } else if (state === 'value') {
      if (unit.text === quote) state = 'tag';
      push('keep', i, i);
    } else if (unit.kind === 'space') {
      let j = i;
      while (units[j + 1]?.kind === 'space') j += 1;
      push('space', i, j);
      i = j;
    } else if (state === 'tag') {
      if (unit.text === '"' || unit.text === "'") {
        state = 'value';
        quote = unit.text;
      } else if (unit.text === '>') {
        state = 'text';
      }
      push('other', i, i);
    } else if (
      unit.text === '<' &&
      units
        .slice(i + 1, i + 4)
        .map((u) => u.text ?? '')
        .join('') === '!--'
    ) {
      let j = i + 4;
      while (
        j < units.length &&
        units
          .slice(j, j + 3)
          .map((u) => u.text ?? '')
          .join('') !== '-->'
      ) {
        if (units[j].kind === 'expr') return null; // an expression inside a comment: leave it
        j += 1;
      }
      if (j >= units.length) return null;
      push('comment', i, j + 2);
      tokens[tokens.length - 1].remove = true;
      i = j + 2;
    } else {
      if (unit.text === '<' && /^[a-zA-Z/]$/.test(units[i + 1]?.text ?? '')) state = 'tag';
      push('other', i, i);
    }
  }
  return tokens;
}

function htmlEdits(parts) {
  const tokens = htmlTokens(parts);
  if (tokens === null) return null;
  return gapEdits(tokens, (gap) => {
    const spaces = gap
      .filter((token) => token.type === 'space')
      .map((token) => token.text)
      .join('');
    if (spaces === '') return '';
    return /[\n\r]/.test(spaces) || gap.length > 1 ? ' ' : spaces;
  });
}

// ---- Source map: segments at every token boundary of unchanged code and at each edit.

export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

const charClass = (char) => (/[\w$]/.test(char) ? 'word' : WHITESPACE.has(char) ? 'space' : 'punct');

/** A v3 source map from `code` to `code` with `edits` applied (edits ascending). */
export function sourceMap(code, edits, file) {
  const lines = [];
  let segments = [];
  let genColumn = 0;
  let lastGenColumn = 0;
  let line = 0;
  let column = 0;
  let lastLine = 0;
  let lastColumn = 0;
  const segment = () => {
    segments.push(vlq(genColumn - lastGenColumn) + 'A' + vlq(line - lastLine) + vlq(column - lastColumn));
    lastGenColumn = genColumn;
    lastLine = line;
    lastColumn = column;
  };
  const newGenLine = () => {
    lines.push(segments.join(','));
    segments = [];
    genColumn = 0;
    lastGenColumn = 0;
  };
  let next = 0;
  let boundary = true;
  for (let pos = 0; pos < code.length;) {
    const edit = edits[next];
    if (edit && edit.start === pos) {
      if (edit.text !== '') segment();
      for (const char of edit.text) {
        if (char === '\n') newGenLine();
        else genColumn += 1;
      }
      for (const char of code.slice(edit.start, edit.end)) {
        if (char === '\n') {
          line += 1;
          column = 0;
        } else {
          column += 1;
        }
      }
      pos = edit.end;
      next += 1;
      boundary = true;
      continue;
    }
    const char = code[pos];
    const kind = charClass(char);
    if (kind !== 'space' && (boundary || genColumn === 0 || kind === 'punct' || charClass(code[pos - 1]) !== kind)) segment();
    boundary = false;
    if (char === '\n') {
      newGenLine();
      line += 1;
      column = 0;
    } else {
      genColumn += 1;
      column += 1;
    }
    pos += 1;
  }
  lines.push(segments.join(','));
  return { version: 3, file, sources: [file], sourcesContent: [code], names: [], mappings: lines.join(';') };
}
