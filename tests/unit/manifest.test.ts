// The built manifests and bundles (issue 7, hardening): exactly the permissions the README
// promises, the default extension-page CSP, and no remote code anywhere in the built files.
// Reads .output/chrome-mv3 and .output/firefox-mv3: build first (npx wxt build && npx wxt build -b firefox).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VNA_HOST_PATTERNS } from '../../lib/hosts';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** URL literals a bundle may hold: standard XML namespaces (Preact's, the chart export's SVG) and template-built VNA addresses. */
const ALLOWED_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/,
  /^https:\/\/\$\{/, // `https://${host}${path}`: canonical URLs built from page data (lib/stories)
];

describe.each(BUILDS)('the built %s extension', (build) => {
  const dir = join(OUTPUT, build);

  it('is built (npm test builds before the unit tests)', () => {
    expect(existsSync(join(dir, 'manifest.json')), `no ${dir}: run npm run build`).toBe(true);
  });

  it('asks for storage, activeTab, scripting and the VNA hosts — nothing else', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([...VNA_HOST_PATTERNS].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // nothing a web page or another extension can use to reach the extension
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // content scripts: the VNA hosts only, in the isolated world
    for (const cs of manifest.content_scripts) {
      expect([...cs.matches].sort()).toEqual([...VNA_HOST_PATTERNS].sort());
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(cs.all_frames ?? false).toBe(false);
    }
  });

  it('keeps the default content security policy (no unsafe-eval, no remote hosts)', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const csp = manifest.content_security_policy;
    if (csp !== undefined) {
      const policies = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
      for (const p of policies) {
        expect(p).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
      }
    }
    expect(manifest.sandbox).toBeUndefined();
  });

  it('loads no remote code: no remote script, import(), importScripts or fetch of a URL', () => {
    const built = files(dir).filter((f) => /\.(js|html|css)$/.test(f));
    expect(built.length).toBeGreaterThan(3);
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      const where = relative(dir, file);
      // every URL literal in the bundle is a known harmless one
      const urls = [...text.matchAll(/(?:https?:)?\/\/[a-z0-9$][^\s"'`<>()\\]*/gi)]
        .map((m) => m[0])
        .filter((u) => /^https?:/i.test(u));
      for (const u of urls)
        expect(
          ALLOWED_URLS.some((re) => re.test(u)),
          `${where}: ${u}`,
        ).toBe(true);
      // script loading from anywhere but the package itself
      expect(text, where).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, where).not.toMatch(/import\(\s*["'`](https?:)?\/\//);
      expect(text, where).not.toMatch(/importScripts\(\s*["'`](https?:)?\/\//);
      expect(text, where).not.toMatch(/fetch\(\s*["'`](https?:)?\/\//);
      expect(text, where).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//);
      // no code from strings
      expect(text, where).not.toMatch(/\bnew Function\s*\(|[^.\w]eval\s*\(/);
    }
  });

  it('has extension pages that load only their own bundled scripts', () => {
    for (const page of ['popup.html', 'options.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] as string);
      expect(srcs.length).toBeGreaterThan(0);
      for (const src of srcs) {
        expect(src).toMatch(/^\/chunks\/[\w.-]+\.js$/);
        expect(existsSync(join(dir, src))).toBe(true);
      }
      // no inline script (the default CSP would refuse it anyway)
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });
});

it('has both builds to check (npx wxt build && npx wxt build -b firefox)', () => {
  for (const build of BUILDS) expect(existsSync(join(OUTPUT, build, 'manifest.json')), build).toBe(true);
});
