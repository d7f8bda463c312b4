import { benchExtract } from './bench.ts';

/** `npm run bench` runs every benchmark; `bench extract` only the extractor's. */
export async function bench(which: string | undefined): Promise<number> {
  if (which === undefined || which === 'extract') benchExtract();
  return 0;
}
