// Notices teasers the site appends after load ("Voir plus" loads more) without re-reading the
// page on every DOM change: mutations are coalesced, and the re-read runs at most once per
// `delay` ms and at most `maxRuns` times per page.

export function watchForNewTeasers(
  doc: Document,
  onChange: () => void,
  { delay = 400, maxRuns = 50 }: { delay?: number; maxRuns?: number } = {},
): () => void {
  const view = doc.defaultView;
  if (!view || !doc.body) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs = 0;
  const observer = new view.MutationObserver((records) => {
    // only element additions can add teasers; text edits and attribute flips cannot
    if (!records.some((r) => r.addedNodes.length > 0)) return;
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
