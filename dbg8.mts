import { tagText } from './src/extract/nlp.ts';
import { parseArticle } from './src/parse/index.ts';
const a = parseArticle("T\n\nPlaying Field Promotions, a sports and celebrity talent agency, says that Walker has lost money.\n");
const t = tagText(a.text, a.paragraphs);
console.log(t.tokens.map((x) => `${x.text}/${x.pos}`).join(' '));
