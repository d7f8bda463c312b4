import { benchCli } from './benchCli.ts';
import { benchExtract } from './benchExtract.ts';
import { benchGraph } from './benchGraph.ts';

/** `npm run bench` runs every benchmark; `bench cli`, `bench extract` or `bench graph` only one. */
export async function bench(which: string | undefined): Promise<number> {
  if (which === undefined || which === 'cli') benchCli();
  if (which === undefined || which === 'extract') benchExtract();
  if (which === undefined || which === 'graph') await benchGraph();
  return 0;
}
