// Is a story about Vietnam's relations or cooperation with another country? A story naming a
// partner is; without one, only clear bilateral wording counts ("les deux pays", an ambassador,
// a counterpart), and never in a multilateral setting (a UN committee, an international congress).
// Elections, domestic energy, a briefing on Vietnamese citizens abroad are not cooperation.

import { fold } from '../text/fold';
import { isMultilateral } from './partners';

const BILATERAL =
  /(?<![\p{L}])(?:les deux pays|deux pays|bilaterale?s?|bilateraux|ambassadeurs?|ambassadrices?|homologues?|visite officielle|visite d'etat|partenariat strategique|partenariat global|partenariat integral|relations speciales)(?![\p{L}])/u;

export function isCooperationStory(texts: (string | null | undefined)[], partners: string[]): boolean {
  if (partners.length > 0) return true;
  const folded = fold(texts.filter(Boolean).join('\n'));
  if (isMultilateral(folded)) return false;
  return BILATERAL.test(folded);
}
