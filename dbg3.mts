import { extractAnnotation } from './src/extract/index.ts';
import { parseArticle } from './src/parse/index.ts';
const shapes: Record<string, (i: number) => string> = {
  paragraphs: (i) => (i % 2 ? `“We will win ${i},” Anna Berg said.\n\n` : `“It is close ${i}.”\n\n`),
  bare: (i) => `“q${i}” `,
  mixed: (i) => (i % 2 ? `“Yes ${i}.” ` : `Tom Lee said it was ${i}. `),
  alternating: (i) => (i % 2 ? `“a${i}” ` : `"b${i}" `),
  singles: (i) => `‘s${i}’ x `,
};
for (const [name, make] of Object.entries(shapes)) {
  const text = `Quotes\n\n${Array.from({ length: 25000 }, (_, i) => make(i)).join('')}`.slice(0, 999_000);
  const t = performance.now();
  const a = extractAnnotation(parseArticle(text));
  console.log(name, 25000, text.length, a.statements.length, (performance.now() - t).toFixed(0), 'ms');
}
