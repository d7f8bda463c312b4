import { readFileSync } from 'node:fs';
import { extractAnnotation } from './src/extract/index.ts';
import { parseArticle } from './src/parse/index.ts';
const text = readFileSync(0, 'utf8');
const a = extractAnnotation(parseArticle('Title\n\n' + text));
const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
for (const s of a.statements) console.log(`${s.kind} [${name(s.speaker)}] ${s.text}`);
console.log('entities:', a.entities.map((e) => `${e.name}/${e.kind[0]}`).join(', '));
