// Plain Readability, as a reader would get it without VNA Lens: the comparison line of
// `npm run eval` and `npm run bench`.
import { Readability } from '@mozilla/readability';

/** Body blocks of plain Readability on a clone of `doc`. */
export function readabilityParagraphs(doc: Document): { title: string; paragraphs: string[] } {
  let parsed: { title?: string | null; content: unknown } | null;
  try {
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability(clone, { serializer: (el: Node) => el }).parse() as typeof parsed;
  } catch {
    // (a page thousands of elements deep overflows the stack of jsdom's serializer: Readability reads nothing)
    parsed = null;
  }
  const root = parsed?.content as Element | null | undefined;
  const paragraphs = root
    ? [...root.querySelectorAll('p, li, h2, h3, h4, figcaption')]
        .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean)
    : [];
  return { title: parsed?.title ?? '', paragraphs };
}
