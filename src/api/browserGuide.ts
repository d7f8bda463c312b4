import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import express, { type Router } from 'express';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPLORE_DIR = path.join(repoRoot, 'cypher/explore');
const STYLE_FILE = path.join(repoRoot, 'neo4j/browser/newsgraph.grass');

export interface SavedQuery {
  /** The file's first comment line, without "Neo4j Browser:". */
  title: string;
  query: string;
}

/** The saved queries of cypher/explore, in file order: the guide shows exactly what the tests run. */
export function savedQueries(): SavedQuery[] {
  return readdirSync(EXPLORE_DIR)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const lines = readFileSync(path.join(EXPLORE_DIR, file), 'utf8').trimEnd().split('\n');
      const heading = lines[0]?.startsWith('//') ? lines.shift()! : `// ${file}`;
      const title = heading.replace(/^\/\/\s*(Neo4j Browser:\s*)?/, '').replace(/\.$/, '');
      return { title: title.charAt(0).toUpperCase() + title.slice(1), query: lines.join('\n') };
    });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function slide(heading: string, body: string): string {
  return `<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>${escapeHtml(heading)}</h3>
    ${body}
  </div>
</slide>`;
}

/** Neo4j Browser's HTML guide format: an article of carousel slides; `pre.runnable` puts a query in the editor. */
export function guideHtml(): string {
  const intro = slide(
    'newsgraph: who said what about whom',
    `<p class="lead">Each article becomes people, organizations and places (<code>:Entity</code>), the
statements they made (<code>:Statement</code>, with <code>kind</code> DIRECT, PARTIAL, INDIRECT or COMMENT)
and events. Click a query to put it in the editor, then run it.</p>
<ul>
  <li><code>(:Entity)-[:SAID]-&gt;(:Statement)-[:ABOUT]-&gt;(:Entity)</code>: who said what about whom</li>
  <li><code>(:Statement)-[:REPLIES_TO]-&gt;(:Statement)</code>: replies</li>
  <li><code>(:Statement)-[:REPORTED_BY]-&gt;(:Organization)</code>: claims relayed by news agencies</li>
  <li><code>(:Article)-[:CONTAINS]-&gt;(:Statement)</code>: where each statement was read</li>
</ul>
<p>The GraphQL API and its Playground are at <code>/graphql</code> on the newsgraph service.</p>`,
  );
  const queries = savedQueries().map(({ title, query }) =>
    slide(title, `<figure><pre class="pre-scrollable code runnable">${escapeHtml(query)}</pre></figure>`),
  );
  return `<article class="guide">
<carousel class="deck container-fluid">
${[intro, ...queries].join('\n')}
</carousel>
</article>
`;
}

/**
 * The guide and graph style that Neo4j Browser loads after connecting (`browser.post_connect_cmd`).
 * Browser fetches them cross-origin from its own page, so they say who may read them: anyone, as they are public.
 */
export function browserGuideRouter(): Router {
  const router = express.Router();
  // Browser's fetch sends custom headers, so it asks first (a CORS preflight)
  const allowAnyOrigin = (request: express.Request, response: express.Response, next: express.NextFunction) => {
    response.set({ 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' });
    if (request.method !== 'OPTIONS') return next();
    response.set({
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Allow-Headers': request.get('access-control-request-headers') ?? '',
      'Access-Control-Max-Age': '600',
    });
    response.sendStatus(204);
  };
  const files = ['/browser/guide.html', '/browser/style.grass'];
  router.options(files, allowAnyOrigin);
  router.get('/browser/guide.html', allowAnyOrigin, (_request, response) => {
    response.type('html').send(guideHtml());
  });
  router.get('/browser/style.grass', allowAnyOrigin, (_request, response) => {
    response.type('text/plain').sendFile(STYLE_FILE);
  });
  return router;
}
