// Hand-made text for the property tests (tests/unit/property.test.ts): invisible and bidi
// characters, hostile names holding markup or script, French news words; and the helpers that
// splice them into text.
import fc from 'fast-check';

const INVISIBLES = [
  ...'\u200b\u200c\u200d\u200e\u200f',
  ...'\u202a\u202b\u202c\u202d\u202e',
  ...'\u2066\u2067\u2068\u2069',
  '\ufeff',
];
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'Nguyen <b>Van</b> An',
  'Hun Sen<script>alert(1)</script>',
  '<Nguyen Van Binh>',
  'Samdech <i>Techo</i> Hun Sen',
  'Tô <img src=x onerror=alert(1)> Lâm',
  'M. <a href="javascript:alert(1)">Pham Minh Chinh</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '__proto__ constructor toString hasOwnProperty',
  'Le Ministère de <b>la</b> Défense',
  '\ud800 lone \udfff surrogates',
];
const WORDS = [
  'le',
  'la',
  'de',
  "l'",
  "d'",
  'du',
  'et',
  'à',
  'au',
  'Vietnam',
  'Cambodge',
  'Laos',
  'Chine',
  'VN',
  'vietnamien',
  'cambodgienne',
  'sino-vietnamien',
  'Vietnam-Laos',
  'ministre',
  'président',
  'Premier ministre',
  'ambassadeur',
  'ministère',
  'Comité',
  'Parti',
  'PCV',
  'ASEAN',
  'ONU',
  'province de',
  'Hanoi',
  'Soc Trang',
  'Nguyen',
  'Tran',
  'Lê',
  'Van',
  'Minh',
  'Phuong',
  'Hun Sen',
  'Tô Lâm',
  'M.',
  'Mme',
  'Samdech',
  '(VNA)',
  '(VNA) –',
  '-VNA',
  'Photo :',
  'le 17 février',
  'du 22 au 25 mars 2026',
  '18/02/2017 10:15',
  'hier',
  'lundi dernier',
  'coopération',
  'sécurité',
  'défense',
  '>>',
  ',',
  '.',
  ':',
  '(',
  ')',
  '«',
  '»',
  '–',
  "'",
  '’',
  '-',
];

export const invisible = fc.constantFrom(...INVISIBLES);
export const hostile = fc.constantFrom(...HOSTILE);

/** `arb` one time in `n`, else null (fc.option's `freq` is the other way round: the odds of null). */
export function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

/** Insert invisible characters at random places. */
export function sprinkle(text: string, marks: { at: number; ch: string }[]): string {
  let out = text;
  for (const { at, ch } of marks) {
    const i = Math.floor(at * (out.length + 1));
    out = out.slice(0, i) + ch + out.slice(i);
  }
  return out;
}

export const wordSoup = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: hostile }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((ws) => ws.join(' '));

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
