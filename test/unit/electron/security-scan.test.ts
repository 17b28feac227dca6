// @vitest-environment node
/**
 * Static scan of everything under electron/: no weakened webPreferences, and every
 * shell.openExternal( call sits in a function that checks isSafeExternalUrl first.
 * Plus: renderer/index.html (when it exists) carries a strict CSP.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');
const electronDir = path.join(repo, 'electron');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(c|m)?[jt]sx?$/.test(e.name) ? [p] : [];
  });
}

/** Blanks out comments (keeps strings, offsets and newlines) so commented-out code neither passes nor fails. */
function stripComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];
    if (c === '/' && n === '/') {
      while (i < src.length && src[i] !== '\n') (out += ' '), i++;
    } else if (c === '/' && n === '*') {
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) (out += src[i] === '\n' ? '\n' : ' '), i++;
      out += '  ';
      i += 2;
    } else if (c === '"' || c === "'" || c === '`') {
      const quote = c;
      out += c;
      i++;
      while (i < src.length && src[i] !== quote) {
        if (src[i] === '\\') (out += src[i]), i++;
        out += src[i] ?? '';
        i++;
      }
      out += src[i] ?? '';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const BLOCK_KEYWORDS = /\b(if|for|while|switch|catch|with)\s*$/;

/** Start offset of the body of the function enclosing `index` (0 = module scope). */
function enclosingFunctionStart(code: string, index: number): number {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const ch = code[i];
    if (ch === '}') depth++;
    else if (ch === '{') {
      if (depth > 0) {
        depth--;
        continue;
      }
      const before = code.slice(0, i).trimEnd();
      if (before.endsWith('=>')) return i;
      if (before.endsWith(')') || /\)\s*:\s*[\w<>[\]|.,\s]+$/.test(before)) {
        // find the matching "(" and look at the word before it
        let paren = 0;
        let j = before.lastIndexOf(')');
        for (; j >= 0; j--) {
          if (before[j] === ')') paren++;
          else if (before[j] === '(') {
            paren--;
            if (paren === 0) break;
          }
        }
        if (!BLOCK_KEYWORDS.test(before.slice(0, j))) return i;
      }
      // a plain block, object literal or class body: keep walking outwards
    }
  }
  return 0;
}

interface Finding {
  file: string;
  line: number;
  rule: string;
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bnodeIntegration(InWorker|InSubFrames)?\s*:\s*true\b/g, 'nodeIntegration: true'],
  [/\bcontextIsolation\s*:\s*false\b/g, 'contextIsolation: false'],
  [/\bsandbox\s*:\s*false\b/g, 'sandbox: false'],
  [/\bwebSecurity\s*:\s*false\b/g, 'webSecurity: false'],
  [/\ballowRunningInsecureContent\b/g, 'allowRunningInsecureContent'],
  [/\benableBlinkFeatures\b/g, 'enableBlinkFeatures'],
  [/\bexposeInMainWorld\s*\([^)]*\bipcRenderer\s*\)/g, 'raw ipcRenderer exposed'],
];

function scanSource(file: string, src: string): Finding[] {
  const code = stripComments(src);
  const lineOf = (i: number) => code.slice(0, i).split('\n').length;
  const findings: Finding[] = [];
  for (const [re, rule] of FORBIDDEN) {
    for (const m of code.matchAll(re)) findings.push({ file, line: lineOf(m.index!), rule });
  }
  for (const m of code.matchAll(/\bshell\s*\.\s*openExternal\s*\(/g)) {
    const at = m.index!;
    const expressionArrow = /=>\s*(void\s+|await\s+|return\s+)?$/.test(code.slice(0, at));
    const start = enclosingFunctionStart(code, at);
    const checked = !expressionArrow && /\bisSafeExternalUrl\s*\(/.test(code.slice(start, at));
    if (!checked) findings.push({ file, line: lineOf(at), rule: 'shell.openExternal without isSafeExternalUrl check' });
  }
  return findings;
}

describe('security scan of electron/', () => {
  const files = sourceFiles(electronDir);

  it('finds source files to scan', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no weakened webPreferences and no unchecked shell.openExternal', () => {
    const findings = files.flatMap((f) => scanSource(path.relative(repo, f), fs.readFileSync(f, 'utf8')));
    expect(findings).toEqual([]);
  });

  it('renderer/index.html has a strict CSP (skipped until the renderer exists)', () => {
    const indexHtml = path.join(repo, 'renderer', 'index.html');
    if (!fs.existsSync(indexHtml)) return;
    const html = fs.readFileSync(indexHtml, 'utf8');
    const meta = html.match(/<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*>/i);
    expect(meta, 'CSP <meta> tag').not.toBeNull();
    const content = meta![0].match(/content=(["'])(.*?)\1/i)?.[2] ?? meta![0].match(/content="([^"]*)"/i)?.[1] ?? '';
    expect(content).toMatch(/default-src 'none'/);
    expect(content).toMatch(/script-src 'self'(;|$)/);
    expect(content).toMatch(/object-src 'none'/);
    expect(content).toMatch(/base-uri 'none'/);
    expect(content).not.toMatch(/unsafe-eval/);
  });
});

describe('the scanner itself', () => {
  const scan = (src: string) => scanSource('x.ts', src).map((f) => f.rule);

  it('flags weakened preferences but not comments', () => {
    expect(scan('new BrowserWindow({ webPreferences: { nodeIntegration: true, sandbox: false } })')).toEqual([
      'nodeIntegration: true',
      'sandbox: false',
    ]);
    expect(scan('const p = { contextIsolation : false, webSecurity:false }')).toEqual(['contextIsolation: false', 'webSecurity: false']);
    expect(scan('// nodeIntegration: true\n/* sandbox: false */ const ok = 1;')).toEqual([]);
    expect(scan("contextBridge.exposeInMainWorld('x', ipcRenderer)")).toEqual(['raw ipcRenderer exposed']);
  });

  it('requires isSafeExternalUrl before shell.openExternal in the same function', () => {
    const rule = 'shell.openExternal without isSafeExternalUrl check';
    expect(scan('function open(u) { if (isSafeExternalUrl(u)) { void shell.openExternal(u); } }')).toEqual([]);
    expect(scan('const open = (u) => { if (!isSafeExternalUrl(u)) return; shell.openExternal(u); };')).toEqual([]);
    expect(scan('function open(u) { shell.openExternal(u); }')).toEqual([rule]);
    expect(scan('function open(u) { shell.openExternal(u); isSafeExternalUrl(u); }')).toEqual([rule]);
    expect(scan('function a(u) { isSafeExternalUrl(u); }\nfunction b(u) { shell.openExternal(u); }')).toEqual([rule]);
    expect(scan('function a(u) { if (isSafeExternalUrl(u)) { x.on("e", (v) => shell.openExternal(v)); } }')).toEqual([rule]);
    expect(scan("const s = 'https://a.b'; function b(u) { // isSafeExternalUrl(u)\n shell.openExternal(u); }")).toEqual([rule]);
  });
});
