// Roles and countries stated around a name. French VNA text states them in two places:
//   before the name: "le vice-Premier ministre et ministre de l'Intérieur Sar Kheng",
//                    "l'ambassadeur du Vietnam au Laos, Nguyen Minh Tam"
//   after it (apposition): "Hun Sen, président du Parti du peuple cambodgien,"
// The country is the first country the role names: a country name, a nationality adjective
// ("ministre cambodgien"), or an organisation whose country is known (PPRL → LA).
// Where each is read: roles-before.ts and roles-after.ts; a role's text and country, role-text.ts;
// the title words and token tests both sides share, role-words.ts. Here: joinRoles, which joins
// the role said before a name with the one said after it, and the public functions, re-exported.

import { fold } from '../text/fold';
import { isFunction, isKindOfPerson, isMissionPost, isRank, type StatedRole } from './role-words';

export { countryIn } from './role-text';
export { isFunction, isHanging, isPluralTitle, roleHead, type StatedRole } from './role-words';
export { roleAfter } from './roles-after';
export { roleBefore, roleEndingSentence, unnamedRoleBefore } from './roles-before';

/**
 * "le général X, ministre de la Défense": both parts, as the text states them. `added` when the
 * only function is one added to another ("X, qui est également chef de…"): a page's main one wins.
 */
export function joinRoles(before: string | null, after: StatedRole): { role: string | null; added: boolean } {
  const b = isFunction(before) ? before : null;
  const a = isFunction(after.role) ? after.role : null;
  // ("trois procureurs, X (procureur principal)": the title said again, more fully, is one; not
  // one added with "également": "le président mauritanien X, également président de l'UA")
  const [fa, fb] = [a && fold(a), b && fold(b)];
  if (fa && fb && !after.also && (fa === fb || fa.startsWith(`${fb} `))) return { role: a, added: false };
  // ("l'ambassadeur X pour sa nomination au poste de secrétaire général…": the post held is said
  // before the name, the new one after)
  // (a rank, a kind of person or a former post gives way to the post taken up: "le général X pour
  // sa nomination au poste de ministre de la Défense")
  if (b && a && after.takenUp)
    return { role: isRank(b) || isKindOfPerson(b) || /^ancien/.test(fold(b)) ? a : b, added: false };
  // ("le vice-Premier ministre X, également ministre des AE": the text's own link stays)
  if (b && a)
    return {
      role:
        isRank(b) || (isKindOfPerson(b) && !/^membres?\b/i.test(a)) || (isFormOfAddress(b) && !isMissionPost(a))
          ? a
          : `${b}, ${after.also ? `${after.also} ` : ''}${a}`,
      added: false,
    };
  return { role: b ?? a, added: !b && !!a && (!!after.also || !!after.predicated || !!after.takenUp) };
}

/** "L'ambassadeur X, secrétaire général…": a bare title used as a form of address, said before the function. */
function isFormOfAddress(role: string): boolean {
  return ADDRESSED.has(fold(role));
}

const ADDRESSED = new Set(['ambassadeur', 'ambassadrice', 'ancien ambassadeur', 'ancienne ambassadrice']);
