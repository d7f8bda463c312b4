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
