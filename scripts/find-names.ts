// Prints the names VNA Lens finds in the texts given as arguments (one paragraph each), a line a name:
//   npx tsx scripts/find-names.ts "Le général Nguyen Van A a reçu l’ambassadeur du Vietnam au Laos."
import { findEntities } from '../lib/entities';

const texts = process.argv.slice(2);
const ents = findEntities({ title: '', lead: null, paragraphs: texts, captions: [], related: [] });
for (const e of ents)
  console.log(`${e.type}\t${e.name}\t[${e.aliases.join(' | ')}]\t${e.role ?? ''}\t${e.country ?? ''}`);
