// A VNA story's address carried by a proxy that spells the host in its own (a translation proxy, a
// free-data proxy, the AMP cache): the story's own address, its own parameters kept, the proxy's
// gone (reviewer R39's addresses).
import { describe, expect, it } from 'vitest';
import { carriedVnaUrl } from '../../lib/hosts';

const carried = (href: string) => carriedVnaUrl(new URL(href))?.href ?? null;

describe('a proxy that spells the VNA host in its own', () => {
  it('the AMP cache: its "/c/s/<host>" or "/v/s/<host>" prefix and its own parameters go', () => {
    expect(
      carried(
        'https://fr-vietnamplus-vn.cdn.ampproject.org/c/s/fr.vietnamplus.vn/le-vietnam-et-la-france-renforcent-leur-cooperation-post229001.vnp',
      ),
    ).toBe('https://fr.vietnamplus.vn/le-vietnam-et-la-france-renforcent-leur-cooperation-post229001.vnp');
    expect(
      carried(
        'https://fr-vietnamplus-vn.cdn.ampproject.org/v/s/fr.vietnamplus.vn/le-vietnam-post229001.vnp?amp_js_v=0.1&usqp=mq331AQ',
      ),
    ).toBe('https://fr.vietnamplus.vn/le-vietnam-post229001.vnp');
  });

  it("a translation proxy keeps the site's own parameters: an old portal's page needs them", () => {
    expect(
      carried('https://lecourrier-vn.translate.goog/default.asp?page=newsdetail&newsid=60042&_x_tr_sl=fr&_x_tr_tl=en'),
    ).toBe('https://lecourrier.vn/default.asp?page=newsdetail&newsid=60042');
  });

  it("a free-data proxy's host, its service parameter gone", () => {
    expect(
      carried(
        'https://lecourrier-vn.0.freebasics.com/forte-hausse-des-exportations/1273262.html?iorg_service_id_internal=8034%3BAf',
      ),
    ).toBe('https://lecourrier.vn/forte-hausse-des-exportations/1273262.html');
  });

  it('a dashed host that spells no VNA host carries nothing', () => {
    expect(carried('https://news-example-com.translate.goog/un-article-sur-le-vietnam-123.html')).toBeNull();
  });
});
