import { readFileSync, writeFileSync } from 'node:fs';
import { printApiSchema, schemaFile } from '../api/index.ts';

/** `newsgraph schema` writes the SDL; `--check` fails when the checked-in file has drifted. */
export async function schema(args: string[]): Promise<number> {
  const sdl = await printApiSchema();
  if (args.includes('--check')) {
    const current = readFileSync(schemaFile, 'utf8');
    if (current !== sdl) {
      console.error('schema/schema.graphql is out of date: run `npm run schema:emit`.');
      return 1;
    }
    return 0;
  }
  writeFileSync(schemaFile, sdl);
  console.log(`Wrote ${schemaFile}`);
  return 0;
}
