// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');
// js-yaml ships with electron-builder (no types of its own here).
const yaml = createRequire(import.meta.url)('js-yaml') as { load(src: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  icon?: string;
  directories: { output: string; buildResources?: string };
  linux: { target: string[]; category: string; icon?: string };
  mac: { target: string[]; icon?: string };
  win: { target: string[]; icon?: string };
}

const config = yaml.load(fs.readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { main: string; productName: string };

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('app.accord.desktop');
    expect(config.productName).toBe('Accord');
    expect(pkg.productName).toBe('Accord');
  });

  it('packages only the built renderer, the Electron bundles and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
    expect(config.files.filter((f) => !f.startsWith('!')).sort()).toEqual(['dist-electron/**', 'dist/renderer/**', 'package.json']);
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(config.directories.output).toBe('release');
  });

  it('targets AppImage + deb (Office), dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('points at icons that exist (a 512×512 PNG and its SVG source)', () => {
    const icons = new Set([config.icon, config.linux.icon, config.mac.icon, config.win.icon].filter(Boolean) as string[]);
    expect(icons.size).toBeGreaterThan(0);
    for (const icon of icons) expect(fs.existsSync(path.join(repo, icon)), icon).toBe(true);
    const png = fs.readFileSync(path.join(repo, 'resources/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(fs.readFileSync(path.join(repo, 'resources/icon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 512 512"/);
  });
});
