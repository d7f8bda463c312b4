import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import express, { type Router } from 'express';
import { PAGE_SECURITY_HEADERS } from './pageSecurity.ts';

const require = createRequire(import.meta.url);
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'explore');

/** The page's files; Cytoscape.js comes from our own node_modules, so /explore works offline. */
const files: Record<string, string> = {
  'explore.js': path.join(here, 'explore.js'),
  'explore.css': path.join(here, 'explore.css'),
  // the package exports no package.json; its main file sits in dist/ beside the minified browser build
  'cytoscape.min.js': path.join(path.dirname(require.resolve('cytoscape')), 'cytoscape.min.js'),
};

/** GET /explore: who said what about an entity, as a graph, fed only by the GraphQL API. */
export function exploreRouter(): Router {
  const router = express.Router();
  router.get('/explore', (_request, response) => {
    response.set(PAGE_SECURITY_HEADERS);
    response.sendFile(path.join(here, 'explore.html'));
  });
  router.get('/explore/:file', (request, response, next) => {
    const file = files[request.params.file];
    if (!file) return next();
    response.set({ 'X-Content-Type-Options': 'nosniff' });
    response.sendFile(file, { maxAge: '1h' });
  });
  return router;
}
