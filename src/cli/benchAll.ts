import { benchCli } from './benchCli.ts';
import { benchExtract } from './benchExtract.ts';
import { benchGraph } from './benchGraph.ts';

/**
 * `npm run bench` runs every benchmark; `bench cli`, `bench extract` or `bench graph` only one. `bench compare`
 * (`npm run bench:compare`) measures newsgraph against its peers; `bench peer` is one of those peers.
 */
export async function bench(which: string | undefined, rest: string[] = []): Promise<number> {
  if (which === 'compare') return (await import('./benchCompare.ts')).benchCompare(rest);
  if (which === 'peer') return (await import('./benchPeers.ts')).benchPeer(rest);
  if (which === undefined || which === 'cli') benchCli();
  if (which === undefined || which === 'extract') benchExtract();
  if (which === undefined || which === 'graph') await benchGraph();
  return 0;
}
