import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printApiSchema, schemaFile } from '../../src/api/index.ts';

describe('schema/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema:emit` after changing the API)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printApiSchema());
  });

  it('names the core of the design', async () => {
    const sdl = await printApiSchema();
    expect(sdl).toMatch(/articles\(after: String, first: Int = 20\): ArticleConnection!/);
    expect(sdl).toMatch(/interface Node/);
  });
});

describe('the README and the Playground examples', () => {
  it('lists exactly the tabs of data/playground-queries.json', () => {
    const examples = JSON.parse(readFileSync('data/playground-queries.json', 'utf8')) as { title: string }[];
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Asking the graph'), readme.indexOf('More to try in a new tab'));
    const listed = [...section.matchAll(/^- (.+)$/gm)].map((match) => match[1]);
    expect(listed).toEqual(examples.map((example) => example.title));
  });
});
