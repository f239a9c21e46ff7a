// Where the page states an entity's role: the texts of its mentions that also hold the role
// (near the name). A role the page never states comes from VNA Lens's knowledge base, as held at
// the page's date (lib/entities/reference-role.ts).
import { fold } from '../text/fold';
import type { Analysis, Entity, Mention } from '../types';
import { stringOf } from './index';

export type RoleWhere =
  | { in: 'title' | 'lead' | 'caption' | 'related' }
  | { in: 'paragraph'; index: number }
  | { in: 'knowledge' };

/** How far from the name a stated role may sit (characters). */
const NEAR = 160;

export function roleWhere(analysis: Analysis, entity: Entity, max = 3): { role: string; where: RoleWhere[] } | null {
  if (!entity.role) return null;
  const role = fold(entity.role);
  const where: RoleWhere[] = [];
  const seen = new Set<string>();
  for (const m of entity.mentions) {
    const text = stringOf(analysis, m);
    if (!text) continue;
    const near = fold(text.slice(Math.max(0, m.start - NEAR), Math.min(text.length, m.end + NEAR)));
    if (!near.includes(role)) continue;
    const key = m.in === 'paragraph' ? `p${m.index}` : m.in;
    if (seen.has(key)) continue;
    seen.add(key);
    where.push(whereOf(m));
    if (where.length >= max) break;
  }
  return { role: entity.role, where: where.length > 0 ? where : [{ in: 'knowledge' }] };
}

function whereOf(m: Mention): RoleWhere {
  return m.in === 'paragraph' ? { in: 'paragraph', index: m.index } : { in: m.in };
}
