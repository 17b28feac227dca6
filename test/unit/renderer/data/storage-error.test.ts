import { describe, expect, it } from 'vitest';
import { storageErrorText } from '../../../../renderer/data/storage-error';

describe('storageErrorText', () => {
  it('says the disk is full for IndexedDB’s quota error, bare or as Dexie wraps it', () => {
    expect(storageErrorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('the disk is full');
    const wrapped = Object.assign(new Error('The quota has been exceeded. QuotaExceededError: The quota has been exceeded.'), { name: 'AbortError' });
    expect(storageErrorText(wrapped)).toBe('the disk is full');
    expect(storageErrorText(Object.assign(new Error('Transaction aborted'), { inner: { name: 'QuotaExceededError' } }))).toBe('the disk is full');
  });

  it('keeps any other failure’s own message', () => {
    expect(storageErrorText(new Error('Database closed'))).toBe('Database closed');
    // Callers put it inside a sentence: its own full stop would double.
    expect(storageErrorText(new Error('Transaction was aborted.'))).toBe('Transaction was aborted');
    expect(storageErrorText('plain text')).toBe('plain text');
    expect(storageErrorText(undefined)).toBe('undefined');
  });
});
