// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Test hooks (`window.__accord…`) exist only in a test build (`vite build --mode test`):
 * every function that installs one must first return unless the build mode is 'test', which
 * Vite replaces with a constant so the production bundle drops the hook entirely.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('test hooks stay out of production builds', () => {
  it('every window.__accord… assignment sits behind the test-mode guard', () => {
    const offenders: string[] = [];
    let hooks = 0;
    for (const file of files('renderer')) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!/\.__accord\w*\s*=/.test(line)) return;
        hooks++;
        // The guard must come earlier in the same function: look back to the function's start.
        const before = lines.slice(Math.max(0, i - 8), i).join('\n');
        if (!/if \(import\.meta\.env\.MODE !== 'test'\) return;/.test(before)) offenders.push(`${file}:${i + 1}`);
      });
    }
    expect(hooks).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
