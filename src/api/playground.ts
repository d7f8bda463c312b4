import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import express, { type Router } from 'express';
import { PAGE_SECURITY_HEADERS } from './pageSecurity.ts';

const require = createRequire(import.meta.url);

/** GraphiQL, React and ReactDOM come from our own node_modules: the IDE works with no internet. */
const packageFile = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
const assets: Record<string, string> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
};

/**
 * Example tabs for the IDE. They belong to the default data set, so they live beside it in data/;
 * without the file the IDE opens with one generic query.
 */
export function exampleQueries(): { title: string; query: string }[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/playground-queries.json');
  if (!existsSync(file)) return [{ title: 'Articles', query: '{ articles { totalCount nodes { id title } } }\n' }];
  return JSON.parse(readFileSync(file, 'utf8')) as { title: string; query: string }[];
}

/** Starts GraphiQL from the settings the page carries in a JSON block: no inline script, so the CSP can forbid them. */
const APP_SCRIPT = `const settings = JSON.parse(document.getElementById('playground-settings').textContent);
// subscriptions (statementAdded) go over a WebSocket to the same endpoint
const subscriptionUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + settings.endpoint;
const fetcher = GraphiQL.createFetcher({ url: settings.endpoint, subscriptionUrl });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: settings.tabs, defaultQuery: settings.tabs[0].query, defaultEditorToolsVisibility: true }),
);
`;

const STYLE = 'body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }\n';

function page(endpoint: string): string {
  const settings = JSON.stringify({ endpoint, tabs: exampleQueries().map(({ query }) => ({ query })) }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>newsgraph · GraphQL Playground</title>
  <link rel="stylesheet" href="/playground/graphiql.min.css" />
  <link rel="stylesheet" href="/playground/playground.css" />
</head>
<body>
  <div id="graphiql">Loading the GraphQL IDE…</div>
  <script type="application/json" id="playground-settings">${settings}</script>
  <script src="/playground/react.production.min.js"></script>
  <script src="/playground/react-dom.production.min.js"></script>
  <script src="/playground/graphiql.min.js"></script>
  <script src="/playground/playground.js"></script>
</body>
</html>`;
}

/** GET /graphql from a browser shows the IDE; the static assets live under /playground. */
export function playgroundRouter(endpoint = '/graphql'): Router {
  const router = express.Router();
  const html = page(endpoint);
  router.get('/playground/playground.js', (_request, response) => {
    response.type('text/javascript').send(APP_SCRIPT);
  });
  router.get('/playground/playground.css', (_request, response) => {
    response.type('text/css').send(STYLE);
  });
  router.get('/playground/:asset', (request, response, next) => {
    const file = assets[request.params.asset];
    if (!file) return next();
    response.sendFile(file, { maxAge: '1d' });
  });
  router.get(endpoint, (request, response, next) => {
    if (!request.accepts(['application/json', 'text/html']) || request.accepts(['application/json', 'text/html']) !== 'text/html') {
      return next();
    }
    response.set(PAGE_SECURITY_HEADERS);
    response.type('html').send(html);
  });
  return router;
}
