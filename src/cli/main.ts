/**
 * The `newsgraph` command. Each command's module is imported only when it runs, so `--help` and `extract`
 * never load the GraphQL and Neo4j stack. Exit codes: 0 done, 1 failed, 2 bad usage or bad input.
 */
interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'serve',
    summary: 'start the GraphQL service with the reference article loaded',
    run: async () => {
      await (await import('./serve.ts')).serve();
      return -1; // keeps running
    },
  },
  extract: {
    usage: 'extract FILE [--published YYYY-MM-DD] [--json]',
    summary: 'print who said what in an article (no Neo4j needed)',
    run: async (args) => (await import('./extract.ts')).extract(args),
  },
  ingest: {
    usage: 'ingest FILE|FOLDER… [--published YYYY-MM-DD] [--force]',
    summary: 'load articles into Neo4j, with a progress bar',
    run: async (args) => (await import('./ingestCommand.ts')).ingest(args),
  },
  export: {
    usage: 'export --csv DIR FILE|FOLDER… [--published YYYY-MM-DD]',
    summary: "the articles' graph as CSV files for neo4j-admin's bulk import",
    run: async (args) => (await import('./exportCommand.ts')).exportCsv(args),
  },
  eval: {
    usage: 'eval [--corpus SPLIT_DIR] [--errors FILE.tsv]',
    summary: 'score the extractor on test/fixtures/gold, or on a PolNeAR-shaped corpus split',
    run: async (args) => (args.length ? (await import('./evalCorpus.ts')).evalCorpus(args) : (await import('./evaluate.ts')).evaluate()),
  },
  bench: {
    usage: 'bench [cli|extract|graph|compare [--quick|--full]]',
    summary: 'print speed figures and their ratios to the targets',
    run: async (args) => {
      process.env.LOG_LEVEL ??= 'warn'; // figures, not a log line per benchmark request
      return (await import('./benchAll.ts')).bench(args[0], args.slice(1));
    },
  },
  schema: {
    usage: 'schema [--check]',
    summary: 'write schema/schema.graphql (or check that it is current)',
    run: async (args) => (await import('./schema.ts')).schema(args),
  },
  db: {
    usage: 'db fetch|start|stop|status|import DIR [--tests]',
    summary: "the local Neo4j (--tests: the tests' own one)",
    run: async (args) => (await import('./db.ts')).db(args[0], args.slice(1)),
  },
};

const HELP_FLAGS = new Set(['-h', '--help', 'help']);

function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length));
  return [
    'usage: newsgraph <command> [options]',
    '',
    ...Object.values(COMMANDS).map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'newsgraph <command> --help shows one command. Exit codes: 0 done, 1 failed, 2 bad usage or input.',
  ].join('\n');
}

/** Errors that are the user's to fix: one line, no stack, exit code 2. */
const USER_ERRORS = new Set(['ConfigError', 'GraphUnavailableError', 'LocalNeo4jError', 'ArticleInputError']);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP_FLAGS.has(name)) {
    const topic = name === 'help' ? COMMANDS[rest[0] ?? ''] : undefined;
    console.log(topic ? `usage: newsgraph ${topic.usage}\n  ${topic.summary}` : usage());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`newsgraph: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  if (rest.some((arg) => arg === '-h' || arg === '--help')) {
    console.log(`usage: newsgraph ${command.usage}\n  ${command.summary}`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const kind = (error as Error | undefined)?.constructor?.name ?? '';
    if (USER_ERRORS.has(kind) || (error as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`newsgraph: ${(error as Error).message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
