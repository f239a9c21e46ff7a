// Shared by the unit tests: the corpus, the extra layout pages, and a Document from HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../lib/node-dom';

export { loadCorpus } from '../support/corpus';
export { parseHtml };

export const LAYOUTS_DIR = join(import.meta.dirname, '..', 'fixtures', 'layouts');

export function layoutPage(name: string, url: string): Document {
  return parseHtml(readFileSync(join(LAYOUTS_DIR, name), 'utf8'), url);
}
