import type { Plugin } from 'vite';

/**
 * Puts the entry stylesheet (≈10 KB) inside index.html. A linked stylesheet holds back the
 * module scripts after it until it has loaded, so at start-up it costs a request before any
 * JavaScript runs; inline, the first render starts as soon as the scripts are in. The CSP
 * already allows inline styles (`style-src 'self' 'unsafe-inline'`); scripts stay external.
 * Lazy pages keep their own linked CSS.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'accord-inline-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'index.html');
      if (!html || html.type !== 'asset') return;
      let text = String(html.source);
      for (const match of text.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g)) {
        const css = bundle[match[1]];
        if (!css || css.type !== 'asset') continue;
        text = text.replace(match[0], `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>`);
        // Still emitted: nothing else links it now, but it costs nothing on disk and keeps any
        // reference from a lazy chunk valid.
      }
      html.source = text;
    },
  };
}
