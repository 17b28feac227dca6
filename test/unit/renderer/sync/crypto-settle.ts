// Waiting for code under test that runs WebCrypto in the background (the relay, the wrong-code
// detector) without timing: encrypt/decrypt calls are counted while in flight, and settle()
// returns once none has been running for a few event-loop turns (between two of them the code
// only runs microtasks, which every turn drains).
const subtle = crypto.subtle as unknown as Record<'encrypt' | 'decrypt', (...args: unknown[]) => Promise<unknown>>;
let inFlight = 0;
for (const name of ['encrypt', 'decrypt'] as const) {
  const original = subtle[name].bind(crypto.subtle);
  subtle[name] = (...args: unknown[]) => {
    inFlight++;
    return original(...args).finally(() => inFlight--);
  };
}

export async function settle(quietTurns = 3): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 100_000 && quiet < quietTurns; i++) {
    await new Promise((r) => setImmediate(r));
    quiet = inFlight === 0 ? quiet + 1 : 0;
  }
}
