import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeName } from '../extract/index.ts';
import { applySchema, createDriver, cypher, GraphStore } from '../graph/index.ts';
import { BENCH_BOLT_PORT, BENCH_NEO4J, startLocalNeo4j, stopLocalNeo4j } from '../localdb/index.ts';
import { loadConfig } from '../config/index.ts';
import { ingestFiles } from './ingestCommand.ts';
import { repoRoot } from './paths.ts';
import { ProgressBar } from './progress.ts';
import { REFERENCE_ARTICLE } from './serve.ts';

type Target = 'newsgraph' | 'raw driver' | '@neo4j/graphql';
const TARGETS: Target[] = ['newsgraph', 'raw driver', '@neo4j/graphql'];
const PORTS: Record<Target, number> = { newsgraph: 4601, 'raw driver': 4602, '@neo4j/graphql': 4603 };
const CONNECTIONS = 16;
const REPETITIONS = 3;

interface Request {
  path: string;
  body: unknown;
}

/** The three questions, asked of each target in its own language, with the same answer expected. */
type Question = { name: string; ask: Record<Target, Request>; answer: Record<Target, (body: any) => unknown> };

function questions(speaker: string, target: string): Question[] {
  const speakerKey = normalizeName(speaker);
  const targetKey = normalizeName(target);
  return [
  {
    name: 'statements by speaker + about, nested',
    ask: {
      newsgraph: { path: '/graphql', body: { query: `{ statements(where: {speaker: ${JSON.stringify(speaker)}, about: ${JSON.stringify(target)}}, first: 20) { nodes { text kind speaker { name } about { name } article { title } } } }` } },
      'raw driver': { path: '/speaker-about', body: { speaker: speakerKey, about: targetKey, limit: 20 } },
      '@neo4j/graphql': {
        path: '/graphql',
        body: {
          query: `{ statements(where: { speaker: { some: { names: { some: { key: { eq: ${JSON.stringify(speakerKey)} } } } } }, about: { some: { names: { some: { key: { eq: ${JSON.stringify(targetKey)} } } } } } },
                   sort: [{ articleId: ASC }, { position: ASC }], limit: 20) { text kind speaker { name } about { name } article { title } } }`,
        },
      },
    },
    answer: {
      newsgraph: (body) => body.data.statements.nodes.map((s: any) => [s.text, s.kind, s.speaker.name, s.about.map((e: any) => e.name).sort(), s.article.title]),
      'raw driver': (body) => body.data.map((s: any) => [s.text, s.kind, s.speaker, [...s.about].sort(), s.title]),
      '@neo4j/graphql': (body) => body.data.statements.map((s: any) => [s.text, s.kind, s.speaker[0]?.name, s.about.map((e: any) => e.name).sort(), s.article[0]?.title]),
    },
  },
  {
    name: 'entity by name with its statements',
    ask: {
      newsgraph: { path: '/graphql', body: { query: `{ entity(name: ${JSON.stringify(speaker)}) { name kind said(first: 20) { nodes { text kind } } } }` } },
      'raw driver': { path: '/entity-said', body: { name: speakerKey, limit: 20 } },
      '@neo4j/graphql': {
        path: '/graphql',
        body: { query: `{ entities(where: { names: { some: { key: { eq: ${JSON.stringify(speakerKey)} } } } }, limit: 1) { name kind said(sort: [{ articleId: ASC }, { position: ASC }], limit: 20) { text kind } } }` },
      },
    },
    answer: {
      newsgraph: (body) => [body.data.entity.name, body.data.entity.said.nodes.map((s: any) => [s.text, s.kind])],
      'raw driver': (body) => [body.data[0].name, body.data[0].said.map((s: any) => [s.text, s.kind])],
      '@neo4j/graphql': (body) => [body.data.entities[0].name, body.data.entities[0].said.map((s: any) => [s.text, s.kind])],
    },
  },
  {
    name: 'page of 50 statements, nested',
    ask: {
      newsgraph: { path: '/graphql', body: { query: '{ statements(first: 50) { nodes { text kind speaker { name } about { name } article { title } } } }' } },
      'raw driver': { path: '/page-of-50', body: { limit: 50 } },
      '@neo4j/graphql': {
        path: '/graphql',
        body: { query: '{ statements(sort: [{ articleId: ASC }, { position: ASC }], limit: 50) { text kind speaker { name } about { name } article { title } } }' },
      },
    },
    answer: {
      newsgraph: (body) => body.data.statements.nodes.map((s: any) => [s.text, s.kind, s.speaker.name, s.about.map((e: any) => e.name).sort(), s.article.title]),
      'raw driver': (body) => body.data.map((s: any) => [s.text, s.kind, s.speaker, [...s.about].sort(), s.title]),
      '@neo4j/graphql': (body) => body.data.statements.map((s: any) => [s.text, s.kind, s.speaker[0]?.name, s.about.map((e: any) => e.name).sort(), s.article[0]?.title]),
    },
  },
];
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Variants of the reference article and the test fixtures: real-shaped news where the same people recur. */
function corpus(size: number): string[] {
  const folder = path.join(repoRoot, 'bench/corpus');
  mkdirSync(folder, { recursive: true });
  const sources = [REFERENCE_ARTICLE, ...readdirSync(path.join(repoRoot, 'test/fixtures/articles')).sort().map((file) => path.join(repoRoot, 'test/fixtures/articles', file))].map((file) =>
    readFileSync(file, 'utf8'),
  );
  return Array.from({ length: size }, (_, i) => {
    const file = path.join(folder, `${String(i).padStart(6, '0')}.txt`);
    if (!existsSync(file)) {
      const [title, ...rest] = sources[i % sources.length]!.split('\n');
      writeFileSync(file, [`${title} (archive copy ${Math.floor(i / sources.length) + 1})`, ...rest].join('\n'));
    }
    return file;
  });
}

/**
 * Before the timed loads Neo4j is warmed in rounds of this many articles (then wiped) until a round's rate is
 * within WARM_UP_SETTLED of the one before, at most WARM_UP_ROUNDS rounds: a steady state, not a fixed guess.
 */
const WARM_UP_ROUND = 250;
const WARM_UP_ROUNDS = 6;
const WARM_UP_SETTLED = 0.15;

function start(target: Target, env: NodeJS.ProcessEnv): ChildProcess {
  const args =
    target === 'newsgraph'
      ? ['bin/newsgraph.js', 'serve']
      : ['bin/newsgraph.js', 'bench', 'peer', target === 'raw driver' ? 'raw' : 'neo4j-graphql', String(PORTS[target])];
  // The same V8 flag `npm start` gives the service, for every target alike (see package.json).
  const child = spawn(process.execPath, ['--max-semi-space-size=32', ...args], { cwd: repoRoot, env: { ...env, PORT: String(PORTS[target]) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (/error/i.test(chunk.toString())) process.stderr.write(`[${target}] ${chunk}`);
  });
  return child;
}

async function post(target: Target, request: Request): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${PORTS[target]}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${target}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body;
}

/** A question's first run plans its query on a cold Neo4j and may pass the read budget: warm up, then check. */
async function warmAnswer(target: Target, request: Request): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await post(target, request);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function waitForTargets(probe: Question): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (const target of TARGETS) {
    for (;;) {
      try {
        await post(target, probe.ask[target]);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`${target} did not start: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
}

async function load(target: Target, request: Request, seconds: number, connections = CONNECTIONS): Promise<Run> {
  const autocannon = (await import('autocannon')).default;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORTS[target]}${request.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
    connections,
    duration: seconds,
    // a GraphQL error (a timeout, say) comes with status 200: its body counts it as an error, not an answer
    verifyBody: (body) => !String(body ?? '').includes('"errors"'),
  });
  const failed = result.errors + result.non2xx + result.timeouts + result.mismatches;
  // answered requests per second: errors are not throughput
  return { requestsPerSecond: Math.max(0, result.requests.total - result.non2xx - result.mismatches) / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: failed };
}

/**
 * `npm run bench:compare [-- --quick|--full]`: newsgraph against the raw-driver floor and @neo4j/graphql on the
 * same Neo4j (its own instance, `.neo4j-bench/`) and data, over HTTP with autocannon, interleaved, repeated;
 * at 1k and 10k articles (and 100k with --full). Prints req/s, p50/p99 and ratios; writes bench/results/*.json.
 */
export async function benchCompare(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { quick: { type: 'boolean', default: false }, full: { type: 'boolean', default: false } } });
  const seconds = values.quick ? 3 : 10;
  const scales = values.full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  // A fresh store every run, as on a new machine: deleting a large archive from the last run leaves its
  // indexes sparse (a 10k graph read like the 100k one it replaced). The bench's own Neo4j holds nothing else.
  await stopLocalNeo4j(log, BENCH_NEO4J);
  rmSync(path.join(BENCH_NEO4J.home, 'data'), { recursive: true, force: true });
  const startedNeo4j = await startLocalNeo4j(config.neo4jPassword, log, BENCH_NEO4J);
  const uri = `bolt://127.0.0.1:${BENCH_BOLT_PORT}`;
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword, database: config.neo4jDatabase });
  const store = new GraphStore(driver, config.neo4jDatabase, 60_000);
  const env = { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn', NODE_ENV: '' };
  const children: ChildProcess[] = [];
  const report: Record<string, unknown> = { date: new Date().toISOString(), connections: CONNECTIONS, seconds, repetitions: REPETITIONS, scales: {} };
  try {
    const wipe = async () => {
      const session = driver.session({ database: config.neo4jDatabase });
      await session.run(cypher()['bench-wipe']).finally(() => session.close());
      await applySchema(driver, config.neo4jDatabase);
    };
    const files = corpus(scales.at(-1)!);
    // A Neo4j that has just started runs its write path interpreted until the JIT catches up (the first 1,000
    // articles load at a third of the later rate): warm-up rounds until the rate settles, then a wiped graph, so
    // the timed loads measure a running database, as a service has. The cold figures are printed too. (The
    // store is fresh: only the schema is missing.)
    await applySchema(driver, config.neo4jDatabase);
    const warmUpRates: number[] = [];
    for (let round = 1; round <= WARM_UP_ROUNDS; round += 1) {
      // from the end of the corpus, away from the articles the timed loads start with
      const warmUp = files.slice(-round * WARM_UP_ROUND, files.length - (round - 1) * WARM_UP_ROUND);
      const warmStarted = performance.now();
      await ingestFiles(store, warmUp, { progress: new ProgressBar(warmUp.length, `warm-up round ${round}`) });
      warmUpRates.push(warmUp.length / ((performance.now() - warmStarted) / 1000));
      const [before, last] = warmUpRates.slice(-2);
      if (warmUpRates.length >= 2 && Math.abs(last! - before!) <= WARM_UP_SETTLED * before!) break;
    }
    console.log(`\nwarm-up (rounds of ${WARM_UP_ROUND} articles into a Neo4j just started, until the rate settles): ${warmUpRates.map((rate) => rate.toFixed(0)).join(' → ')} articles/s (not a target)`);
    report.warmUpRates = warmUpRates;
    await wipe();
    let loaded = 0;
    for (const scale of scales) {
      const started = performance.now();
      const tally = await ingestFiles(store, files.slice(loaded, scale), { progress: new ProgressBar(scale - loaded, `articles to ${scale}`) });
      const rate = tally.loaded / ((performance.now() - started) / 1000);
      loaded = scale;
      console.log(`\n${scale} articles (${tally.statements} statements added): ingestion ${rate.toFixed(0)} articles/s (newsgraph ingest, batches; target ≥ 200: ratio ${(rate / 200).toFixed(2)})`);
      const [names] = await store.read('bench-top-names');
      const asked = questions(String(names!.speaker), String(names!.target));
      console.log(`  asking about the most quoted speaker (${names!.speaker}) and their most frequent target (${names!.target})`);
      if (children.length === 0) {
        children.push(...TARGETS.map((target) => start(target, env)));
        await waitForTargets(asked[2]!);
      }
      const scaleReport: Record<string, unknown> = { ingestPerSecond: rate };
      for (const question of asked) {
        // a target that cannot answer (over its time budget at this scale) is reported, and the run goes on
        const answers = await Promise.all(
          TARGETS.map((target) =>
            warmAnswer(target, question.ask[target]).then(
              (body) => JSON.stringify(question.answer[target](body)),
              (error: Error) => {
                console.log(`  ${target} could not answer "${question.name}": ${error.message.slice(0, 160)}`);
                return `failed ${target}`;
              },
            ),
          ),
        );
        const same = answers.every((answer) => answer === answers[0]);
        const runs = Object.fromEntries(TARGETS.map((target) => [target, [] as Run[]])) as Record<Target, Run[]>;
        for (let repetition = 0; repetition < REPETITIONS; repetition += 1) {
          for (const target of TARGETS) runs[target].push(await load(target, question.ask[target], seconds));
        }
        const summary = Object.fromEntries(
          TARGETS.map((target) => [
            target,
            {
              requestsPerSecond: median(runs[target].map((run) => run.requestsPerSecond)),
              p50: median(runs[target].map((run) => run.p50)),
              p99: median(runs[target].map((run) => run.p99)),
              errors: runs[target].reduce((sum, run) => sum + run.errors, 0),
            },
          ]),
        ) as Record<Target, Run>;
        console.log(`  ${question.name}${same ? '' : '  (ANSWERS DIFFER)'}`);
        for (const target of TARGETS) {
          const { requestsPerSecond, p50, p99, errors } = summary[target];
          console.log(`    ${target.padEnd(15)} ${requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(p50).padStart(5)} ms  p99 ${String(p99).padStart(5)} ms  errors ${errors}`);
        }
        const ours = summary.newsgraph.requestsPerSecond;
        console.log(
          `    ratios: newsgraph / raw driver ${(ours / summary['raw driver'].requestsPerSecond).toFixed(2)} (target ≥ 0.7), newsgraph / @neo4j/graphql ${(ours / summary['@neo4j/graphql'].requestsPerSecond).toFixed(2)} (target ≥ 2)`,
        );
        scaleReport[question.name] = { sameAnswer: same, ...summary };
      }
      (report.scales as Record<string, unknown>)[scale] = scaleReport;
      if (scale === scales[0]) {
        const soak = await load('newsgraph', asked[0]!.ask.newsgraph, values.quick ? 20 : 60, 64);
        console.log(`  64 connections for ${values.quick ? 20 : 60} s (newsgraph, speaker + about): ${soak.requestsPerSecond.toFixed(0)} req/s, p99 ${soak.p99} ms (target < 300), errors ${soak.errors} (target 0)`);
        report.soak = soak;
      }
    }
    mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true });
    const out = path.join(repoRoot, 'bench/results', `compare-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, JSON.stringify(report, null, 2));
    console.log(`\nwritten ${path.relative(repoRoot, out)}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await driver.close();
    if (startedNeo4j) await stopLocalNeo4j(log, BENCH_NEO4J);
  }
  return 0;
}
