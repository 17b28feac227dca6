import type { AccordDatabase } from './db';

export interface SettingsRepository {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export class DexieSettingsRepository implements SettingsRepository {
  constructor(private readonly db: AccordDatabase) {}
  async get(key: string) {
    return (await this.db.settings.get(key))?.value;
  }
  async set(key: string, value: string) {
    await this.db.settings.put({ key, value });
  }
}

export class MemorySettingsRepository implements SettingsRepository {
  private readonly map = new Map<string, string>();
  async get(key: string) {
    return this.map.get(key);
  }
  async set(key: string, value: string) {
    this.map.set(key, value);
  }
}
