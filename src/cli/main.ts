import { ConfigError } from '../config/index.ts';
import { GraphUnavailableError } from '../graph/index.ts';
import { LocalNeo4jError } from '../localdb/index.ts';
import { ArticleInputError } from '../parse/index.ts';
import { bench } from './benchAll.ts';
import { db } from './db.ts';
import { evaluate } from './evaluate.ts';
import { evalCorpus } from './evalCorpus.ts';
import { extract } from './extract.ts';
import { ingest } from './ingestCommand.ts';
import { schema } from './schema.ts';
import { serve } from './serve.ts';

const USAGE = `usage: newsgraph <command>
  serve                                     start the GraphQL service with the reference article loaded
  extract FILE [--published YYYY-MM-DD] [--json]   print who said what in an article (no Neo4j needed)
  ingest FILE|FOLDER… [--published DATE]    load articles into Neo4j, with a progress bar
  schema [--check]                          write schema/schema.graphql (or check it is current)
  eval                                      score the extractor against the gold annotations in test/fixtures/gold
  eval --corpus SPLIT_DIR [--errors FILE]   extract a PolNeAR-shaped split in-process and score it
  bench [extract|graph]                     print speed figures and their ratios to the targets
  db fetch|start|stop|status [--tests]      the local Neo4j (--tests: the tests' own one)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return -1; // keeps running
    case 'extract':
      return extract(rest);
    case 'ingest':
      return ingest(rest);
    case 'schema':
      return schema(rest);
    case 'db':
      return db(rest[0], rest.slice(1));
    case 'eval':
      return rest.length ? evalCorpus(rest) : evaluate();
    case 'bench':
      return bench(rest[0]);
    default:
      console.error(USAGE);
      return command === undefined || command === '--help' ? 0 : 2;
  }
}

const KNOWN_ERRORS = [ConfigError, GraphUnavailableError, LocalNeo4jError, ArticleInputError];

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (KNOWN_ERRORS.some((known) => error instanceof known)) {
      console.error(`newsgraph: ${(error as Error).message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
