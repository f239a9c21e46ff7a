// What the site does when the reader clicks "Voir plus": more teasers appended to the feed.
// Runs in the page (page.evaluate) in both browsers' tests.
export function appendTeasers(count: number): number {
  const feed = document.querySelector('.content-list[data-source^="recommendation"]');
  if (!feed) return 0;
  for (let i = 0; i < count; i++) {
    const id = 990_000 + i;
    const story = document.createElement('article');
    story.className = 'story';
    story.innerHTML = `<h3 class="story__heading"><a class="cms-link" href="/vietnam-laos-cooperation-ajoutee-${i}-post${id}.vnp">Vietnam-Laos : coopération renforcée dans l'éducation (${i + 1})</a></h3>
      <div class="story__summary">Les ministères de l'Éducation du Vietnam et du Laos ont signé le ${i + 2} mars à Vientiane un nouveau programme d'échanges.</div>
      <time class="time" datetime="2026-03-2${i}T09:00:00+07:00">2${i}/03/2026 09:00</time>`;
    feed.appendChild(story);
  }
  return feed.querySelectorAll('article.story').length;
}
