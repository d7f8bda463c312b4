import { extractAnnotation } from './src/extract/index.ts';
import { parseArticle } from './src/parse/index.ts';
const shape = process.argv[2] ?? 'bare';
const n = Number(process.argv[3] ?? 2000);
const make = shape === 'bare' ? (i: number) => `“q${i}” ` : (i: number) => (i % 2 ? `“Yes ${i}.” ` : `Tom Lee said it was ${i}. `);
const text = `Quotes\n\n${Array.from({ length: n }, (_, i) => make(i)).join('')}`;
const t = performance.now();
const a = extractAnnotation(parseArticle(text));
console.log(shape, n, a.statements.length, (performance.now() - t).toFixed(0), 'ms');
