import { randomHex } from './digest';

/** A personal passphrase is kept only as a salted PBKDF2 hash. */
export interface PassphraseLock {
  salt: string;
  hash: string;
}

const ITERATIONS = 100_000;

async function derive(passphrase: string, salt: string): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: new TextEncoder().encode(salt), iterations: ITERATIONS, hash: 'SHA-256' }, material, 256);
  return [...new Uint8Array(bits)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function createLock(passphrase: string): Promise<PassphraseLock> {
  const salt = randomHex(16);
  return { salt, hash: await derive(passphrase, salt) };
}

export async function checkLock(lock: PassphraseLock, passphrase: string): Promise<boolean> {
  return (await derive(passphrase, lock.salt)) === lock.hash;
}
