// Notices teasers the site appends after load ("Voir plus" loads more) without re-reading the
// page on every DOM change: mutations are coalesced, and the re-read runs at most once per
// `delay` ms and at most `maxRuns` times per page. Nodes VNA Lens adds itself (marks, split
// text, the card host) are ignored, so highlighting never re-triggers an analysis.

export function watchForNewTeasers(
  doc: Document,
  onChange: () => void,
  {
    delay = 400,
    maxRuns = 50,
    ignore = () => false,
  }: { delay?: number; maxRuns?: number; ignore?: (node: Node) => boolean } = {},
): () => void {
  const view = doc.defaultView;
  if (!view || !doc.body) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs = 0;
  const observer = new view.MutationObserver((records) => {
    // only element additions can add teasers; text edits and attribute flips cannot
    if (!records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1 && !ignore(n)))) return;
    if (timer !== undefined || runs >= maxRuns) return;
    timer = setTimeout(() => {
      timer = undefined;
      runs++;
      onChange();
      if (runs >= maxRuns) observer.disconnect();
    }, delay);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
