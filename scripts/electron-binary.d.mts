export type ElectronBinaryCheck = { ok: true; binaryPath: string } | { ok: false; reason: string };

export function resolveElectronBinary(input: {
  electronDir: string;
  pathTxt: string | null;
  overrideDistPath?: string;
  exists: (p: string) => boolean;
}): ElectronBinaryCheck;

export function checkElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): ElectronBinaryCheck;

export function shortDownloadReason(output: string): string;

export function missingBinaryMessage(reason: string): string;
