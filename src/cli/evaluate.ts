import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeName, type Annotation, type AnnotatedEntity, type Stance } from '../extract/index.ts';
import { annotateFile } from './ingest.ts';
import { repoRoot } from './paths.ts';

export interface GoldStatement {
  speaker: string;
  kind: string;
  text: string;
  about: string[];
  reportedBy: string | null;
  replyToSpeaker?: string | null;
  /** The statement's stance toward each target it is about, by target name. */
  stance?: Record<string, Stance>;
}

export interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  aboutRecall: number;
  reportedByAccuracy: number;
  replyAccuracy: number;
  /** Gold and predicted stance for every gold target that the matched statement is about too. */
  stances: { gold: Stance; predicted: Stance }[];
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the gold words that the prediction covers, and of the prediction that is gold (token overlap F1). */
function overlap(predicted: string, gold: string): number {
  const a = words(predicted);
  const b = words(gold);
  const pool = new Map<string, number>();
  for (const word of b) pool.set(word, (pool.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of a) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      pool.set(word, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}

function answersTo(entity: AnnotatedEntity | undefined, name: string | null | undefined): boolean {
  if (!entity || !name) return false;
  const key = normalizeName(name);
  return [entity.name, ...entity.aliases].some((surface) => normalizeName(surface) === key);
}

/** Statement precision/recall/F1 (text overlap ≥ 0.5 and the right speaker), about recall, reportedBy and reply accuracy. */
export function score(annotation: Annotation, gold: GoldStatement[]): Scores {
  const entities = new Map(annotation.entities.map((entity) => [entity.id, entity]));
  const statements = new Map(annotation.statements.map((statement) => [statement.id, statement]));
  const unused = new Set(annotation.statements);
  let matched = 0;
  let aboutWanted = 0;
  let aboutFound = 0;
  let reportedByRight = 0;
  let replyRight = 0;
  const stances: Scores['stances'] = [];
  for (const wanted of gold) {
    const candidates = [...unused]
      .filter((statement) => answersTo(entities.get(statement.speaker), wanted.speaker))
      .map((statement) => ({ statement, overlap: overlap(statement.text, wanted.text) }))
      .filter((candidate) => candidate.overlap >= 0.5)
      .sort((a, b) => b.overlap - a.overlap);
    const best = candidates[0]?.statement;
    if (!best) continue;
    unused.delete(best);
    matched += 1;
    aboutWanted += wanted.about.length;
    aboutFound += wanted.about.filter((name) => best.about.some((id) => answersTo(entities.get(id), name))).length;
    for (const [name, stance] of Object.entries(wanted.stance ?? {})) {
      const predicted = best.stances?.find((toward) => answersTo(entities.get(toward.about), name));
      if (predicted) stances.push({ gold: stance, predicted: predicted.stance });
    }
    const reportedBy = best.reportedBy ? entities.get(best.reportedBy) : undefined;
    if (wanted.reportedBy ? answersTo(reportedBy, wanted.reportedBy) : !reportedBy) reportedByRight += 1;
    const replyTo = best.replyTo ? statements.get(best.replyTo) : undefined;
    if (wanted.replyToSpeaker ? answersTo(entities.get(replyTo?.speaker ?? ''), wanted.replyToSpeaker) : !replyTo) replyRight += 1;
  }
  const precision = annotation.statements.length ? matched / annotation.statements.length : 0;
  const recall = gold.length ? matched / gold.length : 0;
  return {
    gold: gold.length,
    predicted: annotation.statements.length,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    aboutRecall: aboutWanted ? aboutFound / aboutWanted : 1,
    reportedByAccuracy: matched ? reportedByRight / matched : 0,
    replyAccuracy: matched ? replyRight / matched : 0,
    stances,
  };
}

export const goldDir = path.join(repoRoot, 'test/fixtures/gold');

export function evaluateGoldFile(file: string): { article: string; scores: Scores } {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { article: string; statements: GoldStatement[] };
  const annotation = annotateFile(path.join(repoRoot, gold.article));
  return { article: gold.article, scores: score(annotation, gold.statements) };
}

/** `npm run eval`: scores every gold annotation in test/fixtures/gold. */
export function evaluate(): number {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  console.log('article                                           gold pred  match  precision recall     F1  about  reportedBy  replies');
  const stances: Scores['stances'] = [];
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort()) {
    const { article, scores } = evaluateGoldFile(path.join(goldDir, file));
    stances.push(...scores.stances);
    console.log(
      `${path.basename(article).padEnd(48)} ${String(scores.gold).padStart(5)} ${String(scores.predicted).padStart(4)} ${String(scores.matched).padStart(6)} ${percent(scores.precision)}   ${percent(scores.recall)} ${percent(scores.f1)} ${percent(scores.aboutRecall)} ${percent(scores.reportedByAccuracy)}    ${percent(scores.replyAccuracy)}`,
    );
  }
  console.log(stanceReport(stances));
  return 0;
}

/** Precision and recall of each stance class over the gold targets the extractor also found. */
export function stanceScores(pairs: Scores['stances']): Record<Stance, { precision: number; recall: number; gold: number; predicted: number }> {
  const classes: Stance[] = ['CRITICAL', 'SUPPORTIVE', 'NEUTRAL'];
  return Object.fromEntries(
    classes.map((stance) => {
      const gold = pairs.filter((pair) => pair.gold === stance).length;
      const predicted = pairs.filter((pair) => pair.predicted === stance).length;
      const right = pairs.filter((pair) => pair.gold === stance && pair.predicted === stance).length;
      return [stance, { precision: predicted ? right / predicted : 0, recall: gold ? right / gold : 0, gold, predicted }];
    }),
  ) as ReturnType<typeof stanceScores>;
}

function stanceReport(pairs: Scores['stances']): string {
  const lines = Object.entries(stanceScores(pairs)).map(
    ([stance, { precision, recall, gold, predicted }]) =>
      `  ${stance.padEnd(11)} gold ${String(gold).padStart(3)}  predicted ${String(predicted).padStart(3)}  precision ${(precision * 100).toFixed(1).padStart(5)}%  recall ${(recall * 100).toFixed(1).padStart(5)}%`,
  );
  return [`stance toward each target (${pairs.length} gold targets the extractor also found):`, ...lines].join('\n');
}
