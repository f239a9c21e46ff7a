// A Document from an HTML string in Node (for the analyze command, eval, bench and tests).
// The browser never loads this file.
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string, url: string): Document {
  // A silent console: jsdom's CSS parser complains about real-world stylesheets.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}
