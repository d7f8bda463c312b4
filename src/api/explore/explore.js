// /explore: who said what about an entity, drawn with Cytoscape.js from our own GraphQL API.
const endpoint = '/graphql';
const colours = { PERSON: '#4C8EDA', ORGANIZATION: '#F79767', PLACE: '#57C7E3' };
const $ = (id) => document.getElementById(id);
let cy;
let shown = [];

async function graphql(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

const STATEMENTS = `query Explore($about: String!, $kind: StatementKind, $outlet: String, $from: String, $to: String) {
  entity(name: $about) { id name kind }
  statements(where: {about: $about, kind: $kind, reportedBy: $outlet, from: $from, to: $to}, first: 50) {
    totalCount
    nodes {
      id text kind sentence
      speaker { id name kind }
      about { id name kind }
      stances { target { id } stance }
      reportedBy { id name }
      replyTo { id }
      article { title publisher publishedAt }
    }
  }
}`;

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function draw(focus, statements) {
  const elements = new Map();
  const node = (id, data) => elements.set(id, { group: 'nodes', data: { id, ...data } });
  const edge = (source, target, label) => elements.set(`${source}>${target}>${label}`, { group: 'edges', data: { id: `${source}>${target}>${label}`, source, target, label } });
  if (focus) node(focus.id, { label: focus.name, kind: focus.kind, role: 'focus' });
  const ids = new Set(statements.map((statement) => statement.id));
  for (const statement of statements) {
    node(statement.speaker.id, { label: statement.speaker.name, kind: statement.speaker.kind, role: 'entity' });
    node(statement.id, { label: statement.text.split(/\s+/).slice(0, 6).join(' ') + '…', role: 'statement', statementKind: statement.kind });
    edge(statement.speaker.id, statement.id, 'said');
    for (const target of statement.about) {
      node(target.id, { label: target.name, kind: target.kind, role: target.id === focus?.id ? 'focus' : 'entity' });
      const stance = statement.stances.find((toward) => toward.target.id === target.id)?.stance ?? 'NEUTRAL';
      edge(statement.id, target.id, stance === 'NEUTRAL' ? 'about' : stance.toLowerCase());
    }
    if (statement.reportedBy) {
      node(statement.reportedBy.id, { label: statement.reportedBy.name, kind: 'ORGANIZATION', role: 'entity' });
      edge(statement.id, statement.reportedBy.id, 'relayed by');
    }
    if (statement.replyTo && ids.has(statement.replyTo.id)) edge(statement.id, statement.replyTo.id, 'replies to');
  }
  cy?.destroy();
  cy = cytoscape({
    container: $('graph'),
    elements: [...elements.values()],
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 120, width: 26, height: 26 } },
      ...Object.entries(colours).map(([kind, colour]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': colour } })),
      { selector: 'node[role = "focus"]', style: { width: 44, height: 44, 'border-width': 3, 'border-color': '#1d2330', 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'node[role = "statement"]', style: { shape: 'round-rectangle', 'background-color': '#FFE081', width: 16, height: 16, 'font-size': 9, color: '#604A0E' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f5a623' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#b8bfcc', 'target-arrow-color': '#b8bfcc', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#6b7385' } },
      { selector: 'edge[label = "critical"]', style: { 'line-color': '#d9534f', 'target-arrow-color': '#d9534f' } },
      { selector: 'edge[label = "supportive"]', style: { 'line-color': '#3c9d5d', 'target-arrow-color': '#3c9d5d' } },
      { selector: 'edge[label = "replies to"]', style: { 'line-style': 'dashed', 'line-color': '#C990C0', 'target-arrow-color': '#C990C0' } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70 },
  });
  cy.on('tap', 'node[role = "statement"]', (event) => select(event.target.id()));
}

function listSpeakers(statements) {
  const counts = new Map();
  for (const statement of statements) counts.set(statement.speaker.name, (counts.get(statement.speaker.name) ?? 0) + 1);
  $('speakers').replaceChildren(...[...counts].sort((a, b) => b[1] - a[1]).map(([name, count]) => text('li', `${name} (${count})`)));
  $('speakers-heading').hidden = counts.size === 0;
}

function listStatements(statements) {
  $('statements').replaceChildren(
    ...statements.map((statement) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = statement.id;
      button.append(text('span', statement.kind, 'kind'), `${statement.speaker.name}: ${statement.text}`);
      button.addEventListener('click', () => select(statement.id));
      item.append(button);
      return item;
    }),
  );
  $('statements-heading').hidden = statements.length === 0;
}

const CUES = 'query Cues($id: ID!) { node(id: $id) { ... on Statement { stances { target { id } stance cues } } } }';

/** Shows one statement: its words, kind, outlet, stance (with the words that decided it) and article, its sentence marked. */
async function select(id) {
  const statement = shown.find((candidate) => candidate.id === id);
  if (!statement) return;
  const stances = (await graphql(CUES, { id }).catch(() => null))?.node?.stances ?? statement.stances;
  for (const button of $('statements').querySelectorAll('button')) button.setAttribute('aria-current', String(button.dataset.id === id));
  cy?.$(':selected').unselect();
  cy?.$id(id).select();
  const details = $('details');
  const sentence = document.createElement('p');
  const at = statement.sentence.indexOf(statement.text);
  if (at >= 0) sentence.append(statement.sentence.slice(0, at), text('mark', statement.text), statement.sentence.slice(at + statement.text.length));
  else sentence.append(text('mark', statement.sentence || statement.text));
  const facts = document.createElement('dl');
  const fact = (term, value, className) => facts.append(text('dt', term), text('dd', value, className));
  fact('Speaker', statement.speaker.name);
  fact('Kind', statement.kind);
  fact('Outlet', statement.reportedBy?.name ?? statement.article.publisher ?? '—');
  for (const toward of stances) {
    const target = statement.about.find((entity) => entity.id === toward.target.id)?.name ?? '';
    fact(`Toward ${target}`, `${toward.stance}${toward.cues?.length ? ` (${toward.cues.join(', ')})` : ''}`, toward.stance.toLowerCase());
  }
  fact('Article', `${statement.article.title} · ${statement.article.publishedAt ?? 'undated'}`);
  details.replaceChildren(text('h2', 'Statement'), text('blockquote', statement.text), sentence, facts);
  details.hidden = false;
}

let latest = 0;

async function explore(event) {
  event?.preventDefault();
  const request = ++latest;
  const about = $('entity').value.trim();
  if (!about) return;
  const filters = { kind: $('kind').value || null, outlet: $('outlet').value.trim() || null, from: $('from').value || null, to: $('to').value || null };
  $('status').textContent = `Loading what was said about ${about}…`;
  const params = new URLSearchParams({ entity: about, ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) });
  history.replaceState(null, '', `?${params}`);
  try {
    const data = await graphql(STATEMENTS, { about, ...filters });
    if (request !== latest) return; // a newer search is under way: its answer wins
    shown = data.statements.nodes;
    $('status').textContent = data.entity
      ? `${data.statements.totalCount} statements about ${data.entity.name}${shown.length < data.statements.totalCount ? ` (first ${shown.length} shown)` : ''}.`
      : `No entity is called “${about}”.`;
    draw(data.entity, shown);
    listSpeakers(shown);
    listStatements(shown);
    $('details').hidden = true;
  } catch (error) {
    $('status').textContent = `Could not load: ${error.message}`;
  }
}

let suggesting;
$('entity').addEventListener('input', () => {
  clearTimeout(suggesting);
  const typed = $('entity').value.trim();
  if (typed.length < 2) return;
  suggesting = setTimeout(async () => {
    const data = await graphql('query Suggest($q: String) { entities(where: {nameContains: $q}, first: 10) { nodes { name } } }', { q: typed }).catch(() => null);
    if (data) $('suggestions').replaceChildren(...data.entities.nodes.map((entity) => Object.assign(document.createElement('option'), { value: entity.name })));
  }, 150);
});
$('search').addEventListener('submit', explore);

const initial = new URLSearchParams(location.search);
for (const [field, id] of [['entity', 'entity'], ['kind', 'kind'], ['outlet', 'outlet'], ['from', 'from'], ['to', 'to']]) {
  if (initial.get(field)) $(id).value = initial.get(field);
}
if (initial.get('entity')) explore();
