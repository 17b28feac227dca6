// @vitest-environment node
/**
 * Static check: text from files and peers is only ever rendered by React as text.
 * No source under renderer/ may use an HTML sink (dangerouslySetInnerHTML, innerHTML =,
 * outerHTML, insertAdjacentHTML, document.write) or turn strings into code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(c|m)?[jt]sx?$|\.html$/.test(e.name) ? [p] : [];
  });
}

/** Blank out // and /* *\/ comments so commented-out code neither passes nor fails (keeps line numbers). */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\'"`])\/\/[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));
}

const SINKS: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/g, 'dangerouslySetInnerHTML'],
  [/\.innerHTML\s*(\+?=)/g, 'innerHTML ='],
  [/\.outerHTML\s*(\+?=)/g, 'outerHTML ='],
  [/\binsertAdjacentHTML\s*\(/g, 'insertAdjacentHTML'],
  [/\bdocument\s*\.\s*write(ln)?\s*\(/g, 'document.write'],
  [/\bcreateContextualFragment\s*\(/g, 'createContextualFragment'],
  [/\beval\s*\(/g, 'eval'],
  [/\bnew\s+Function\s*\(/g, 'new Function'],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/g, 'string timer'],
  [/\bhref\s*=\s*\{\s*[^}]*\b(personName|roundLabel|note|label|name)\b/g, 'untrusted text in href'],
];

export function scan(file: string, src: string): string[] {
  const code = stripComments(src);
  const out: string[] = [];
  for (const [re, rule] of SINKS) for (const m of code.matchAll(re)) out.push(`${file}:${code.slice(0, m.index).split('\n').length}: ${rule}`);
  return out;
}

describe('renderer/ has no HTML or code sinks', () => {
  const files = sourceFiles(path.join(repo, 'renderer'));

  it('finds the renderer sources', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.endsWith('.tsx'))).toBe(true);
  });

  it('uses no dangerouslySetInnerHTML, innerHTML =, insertAdjacentHTML, document.write, eval or new Function', () => {
    const findings = files.flatMap((f) => scan(path.relative(repo, f), fs.readFileSync(f, 'utf8')));
    expect(findings).toEqual([]);
  });

  it('the scanner flags each sink and ignores comments', () => {
    expect(scan('x.tsx', '<div dangerouslySetInnerHTML={{ __html: s }} />')).toEqual(['x.tsx:1: dangerouslySetInnerHTML']);
    expect(scan('x.ts', 'el.innerHTML = s;\nel.innerHTML += t;\nconst y = el.innerHTML;')).toEqual(['x.ts:1: innerHTML =', 'x.ts:2: innerHTML =']);
    expect(scan('x.ts', 'el.insertAdjacentHTML("beforeend", s); document.write(s); eval(s); new Function(s);')).toHaveLength(4);
    expect(scan('x.ts', "setTimeout('alert(1)', 1)")).toEqual(['x.ts:1: string timer']);
    expect(scan('x.tsx', '<a href={payload.personName}>x</a>')).toEqual(['x.tsx:1: untrusted text in href']);
    expect(scan('x.ts', '// el.innerHTML = s\n/* eval(s) */ const ok = "http://x";')).toEqual([]);
  });
});
