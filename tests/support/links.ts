// Every address a page's links resolve to (fragment dropped): what "found in the page" means for
// the listing tests.
export function linkedAddresses(doc: Document, base: string): Set<string> {
  const out = new Set<string>();
  for (const a of doc.querySelectorAll('a[href], link[href]')) {
    try {
      const u = new URL(a.getAttribute('href') ?? '', base);
      u.hash = '';
      out.add(u.href);
    } catch {
      // not an address
    }
  }
  return out;
}
