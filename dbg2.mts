import { tagText } from './src/extract/nlp.ts';
const text = process.argv[2]!;
const t = tagText(text, [{ start: 0, end: text.length }]);
console.log(t.tokens.map((x) => `${x.text}/${x.pos}`).join(' '));
console.log(t.sentences.map((s) => `[${text.slice(s.start, s.end)}]`).join(' '));
