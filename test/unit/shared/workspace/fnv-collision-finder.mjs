// Finds two strings with the same state of the former agreement hash (two FNV-1a lanes,
// 64 bits) after two different prefixes — how workspace-agreement-hostile.test.ts's
// texts were made. Not a test: `node --max-old-space-size=2048 <this file>` (~15 s).
// Why it is cheap: a lane's low 16 bits after a character depend only on its low 16 bits
// and the character, and with those equal, the high bits move additively. So: bring the
// low bits together (a 2^16 birthday), then chain 22 pairs of blocks that keep them equal
// (2^16 each); the high bits then match on some {-1,0,1} mix of the choices (3^22 > 2^32).
const P = 0x01000193;
function run(a, b, s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, P) >>> 0;
    b = Math.imul(b ^ c ^ 0x5a, P) >>> 0;
  }
  return [a, b];
}
let seed = 12345;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
// CJK characters: JSON.stringify never escapes them.
const block = () => String.fromCharCode(...[0, 1, 2].map(() => 0x4e00 + ((rnd() >>> 8) % 0x5000)));
const low = ([a, b]) => (a & 0xffff) * 0x10000 + (b & 0xffff);

function collide(pA, pB, k = 22) {
  const sA = run(0x811c9dc5, 0xcbf29ce4, pA);
  const sB = run(0x811c9dc5, 0xcbf29ce4, pB);
  const seen = new Map();
  let tA, tB;
  for (;;) {
    const t = block();
    seen.set(low(run(...sA, t)), t);
    const u = block();
    const hit = seen.get(low(run(...sB, u)));
    if (hit !== undefined) [tA, tB] = [hit, u];
    if (tA !== undefined) break;
  }
  let L = run(...sA, tA).map((x) => x & 0xffff);
  const pairs = [];
  while (pairs.length < k) {
    const m = new Map();
    for (;;) {
      const x = block();
      const key = low(run(...L, x));
      const y = m.get(key);
      if (y !== undefined && y !== x) {
        pairs.push([x, y]);
        L = run(...L, x).map((v) => v & 0xffff);
        break;
      }
      m.set(key, x);
    }
  }
  const each = (s0, t, f) => {
    const rec = (s, i, bits) => (i === k ? f(s, bits) : [0, 1].forEach((j) => rec(run(...s, pairs[i][j]), i + 1, bits * 2 + j)));
    rec(run(...s0, t), 0, 0);
  };
  const key = (s) => (s[0] >>> 16) * 0x10000 + (s[1] >>> 16);
  const table = new Map();
  each(sA, tA, (s, bits) => table.set(key(s), bits));
  let out;
  each(sB, tB, (s, bits) => {
    if (out === undefined && table.has(key(s))) out = [table.get(key(s)), bits];
  });
  const tail = (t, bits) => t + pairs.map((p, i) => p[(bits >> (k - 1 - i)) & 1]).join('');
  return out && [tail(tA, out[0]), tail(tB, out[1])];
}

// The row's canonical JSON up to its decision text (keys sorted; the rest is the same in both).
const pre = '{"accountable":["CTO"],"cadence":"Monthly strategy","consulted":["CEO"],"decision":"';
const A = 'Infra spend up to $25k per month: the CTO decides ';
const B = 'Infra spend up to $500k per month: the CTO decides ';
const r = collide(pre + A, pre + B);
console.log(JSON.stringify(r && { a: A + r[0], b: B + r[1] }));
