import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAnnotation, type Annotation } from '../../src/extract/index.ts';
import { deleteArticle, loadAnnotation, loadAnnotations, type GraphStore } from '../../src/graph/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { testStore } from '../support/graph.ts';
import { testServer, type TestServer } from '../support/server.ts';

let store: GraphStore;
let server: TestServer;
const name = `Dravenholm${Date.now() % 100000}`;
const article = (title: string, body: string, publishedAt: string) => extractAnnotation(parseArticle(`${name} ${title}\n\n${body}\n`, { publishedAt }));

// A corpus whose truth is known: which quoted statements carry the same words.
const corpus: { annotation: Annotation; group: string }[] = [
  { group: 'farmers', annotation: article('rejects deal', `BRUSSELS (Reuters) - Farm Minister Ada ${name} said: “We will not accept any deal that hurts our farmers,” on Monday.`, '2017-02-16') },
  { group: 'farmers', annotation: article('stands firm', `Farm Minister Ada ${name} told reporters: "we will NOT accept any deal that hurts our  farmers."`, '2017-02-17') },
  { group: 'farmers', annotation: article('talks stall', `${name} said the country "will not accept any deal that hurts" its farmers, officials said.`, '2017-02-18') },
  { group: 'farmers', annotation: article('first warning', `Farm Minister Ada ${name} said: “We will not accept any deal that hurts our farmers.”`, '2017-02-14') },
  { group: 'harbour', annotation: article('harbour plans', `Farm Minister Ada ${name} said: “The harbour will reopen in the spring.”`, '2017-02-20') },
  { group: 'other', annotation: article('tariffs', `Farm Minister Ada ${name} said: “Any deal that hurts exporters is dead.”`, '2017-02-21') },
];

beforeAll(async () => {
  store = await testStore();
  server = await testServer(store);
  // three in one batch (the quote resolution inside a batch is ordered), the rest one by one, the earliest last
  await loadAnnotations(store, corpus.slice(0, 3).map(({ annotation }) => annotation));
  for (const { annotation } of corpus.slice(3)) await loadAnnotation(store, annotation);
});

afterAll(async () => {
  for (const { annotation } of corpus) await deleteArticle(store, annotation.article.id);
});

const data = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await server.graphql(query, variables);
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
};

describe('quote provenance across articles', () => {
  it('groups the same words (and partial quotes) into one Quote, and nothing else: pairwise precision and recall', async () => {
    const quoted = corpus.flatMap(({ annotation, group }) => annotation.statements.filter((s) => s.kind === 'DIRECT').map((s) => ({ id: s.id, group })));
    const quoteOf = new Map<string, string | null>();
    for (const { id } of quoted) {
      const result = await data('query($id: ID!) { node(id: $id) { ... on Statement { quote { id } } } }', { id });
      quoteOf.set(id, result.node.quote?.id ?? null);
    }
    let truePairs = 0;
    let predictedPairs = 0;
    let right = 0;
    for (let i = 0; i < quoted.length; i += 1) {
      for (let j = i + 1; j < quoted.length; j += 1) {
        const same = quoted[i]!.group === quoted[j]!.group && quoted[i]!.group !== 'other';
        const linked = quoteOf.get(quoted[i]!.id) !== null && quoteOf.get(quoted[i]!.id) === quoteOf.get(quoted[j]!.id);
        truePairs += Number(same);
        predictedPairs += Number(linked);
        right += Number(same && linked);
      }
    }
    const precision = predictedPairs ? right / predictedPairs : 1;
    const recall = truePairs ? right / truePairs : 1;
    console.log(`quote provenance on a known corpus (${quoted.length} quoted statements, ${truePairs} true pairs): pairwise precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    expect(truePairs).toBe(6);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it('quote(text:) says who first carried the words and who repeated them', async () => {
    const result = await data(`{ quote(text: "We will not accept any deal that hurts our farmers") {
      text articleCount firstArticle { title publishedAt } articles { publishedAt } relayedBy { name }
      statements { text speaker { name } }
    } }`);
    expect(result.quote.articleCount).toBe(4);
    expect(result.quote.firstArticle).toEqual({ title: `${name} first warning`, publishedAt: '2017-02-14' });
    expect(result.quote.articles.map((a: { publishedAt: string }) => a.publishedAt)).toEqual(['2017-02-14', '2017-02-16', '2017-02-17', '2017-02-18']);
    expect(result.quote.relayedBy.map((e: { name: string }) => e.name)).toEqual(['Reuters']);
    expect(result.quote.text).toMatch(/We will not accept any deal that hurts our farmers/i);
    const unknown = await data('{ quote(text: "words nobody ever said in any article") { id } }');
    expect(unknown.quote).toBeNull();
  });
});
