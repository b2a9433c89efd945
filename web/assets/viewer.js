// newsgraph network viewer: searches the graph through the GraphQL API,
// draws the actors of a neighbourhood and their interactions with
// Cytoscape.js (fcose layout), folds statements, events, objects and
// articles into counts on their actors, finds paths between actors,
// shows a node's evidence on a timeline with a period brush, keeps the
// view in the page's URL, shows the evidence of the selection and
// exports the view. Everything it loads comes from the server that
// serves the page.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('newsgraph-config').textContent);
  cytoscape.use(cytoscapeFcose);

  // Colours: nodes by kind, actors by type, relations by class group.
  const KIND_COLOR = { actor: '#4e79a7', statement: '#f28e2b', event: '#e15759', object: '#59a14f', article: '#9c9c9c' };
  const TYPE_COLOR = { person: '#4e79a7', organization: '#76b7b2', country: '#b07aa1', group: '#d4a72c' };
  const KIND_SHAPE = { actor: 'ellipse', statement: 'round-rectangle', event: 'diamond', object: 'hexagon', article: 'rectangle' };
  const GROUP_COLOR = { cooperation: '#2e7d32', conflict: '#c62828', request: '#ef6c00', structure: '#546e7a', other: '#a0a8b0' };
  const GROUP_LABEL = { cooperation: 'Cooperation', conflict: 'Conflict', request: 'Requests', structure: 'Roles and family', other: 'Speech, events, mentions' };
  const KIND_LABEL = { actor: 'Actors', statement: 'Statements', event: 'Events', object: 'Objects', article: 'Articles' };
  const KIND_RANK = { actor: 0, event: 1, object: 2, statement: 3, article: 4 };
  // BADGE is the sign of each folded kind in an actor's label.
  const BADGE = { statement: '❝', event: '◆', object: '⬡', article: '▤' };
  const FOLDED_KINDS = ['statement', 'event', 'object', 'article'];
  const CLASS = {};
  for (const c of config.classes) CLASS[c.name] = c;
  // Actor relations are the interactions and the structural ties (roles,
  // family); the others link actors to what they said, did, discussed
  // and were mentioned in, and are folded into counts.
  const ACTOR_CLASSES = config.classes.filter((c) => c.group !== 'other').map((c) => c.name);
  const FOLDED_CLASSES = { statement: ['STATED'], event: ['PARTICIPATED_IN'], object: ['PROPOSED', 'REVIEWED'], article: ['MENTIONS'] };
  const isActorClass = (c) => ACTOR_CLASSES.includes(c);

  // HUB_LIMIT is how many neighbours a node the view was built from
  // shows before its "n more" node; DEEP_LIMIT that of the nodes further
  // out; MORE_STEP how many more a click on "n more" shows.
  const HUB_LIMIT = 14;
  const DEEP_LIMIT = 4;
  const MORE_STEP = 10;
  // SIDE_LIMIT is how many lines to other neighbours each neighbour of
  // the open nodes keeps.
  const SIDE_LIMIT = 2;
  // UNFOLD_LIMIT is how many of one node's statements, of its events,
  // of its objects and of its articles
  // and articles are fetched when it is unfolded.
  const UNFOLD_LIMIT = 20;

  const $ = (id) => document.getElementById(id);

  // el builds a DOM element; text is always set as text, never as HTML.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'style') e.style.cssText = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  // fold approximates graph.Fold: lower case, no accents or punctuation,
  // common transliteration variants folded.
  function fold(s) {
    return (s || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/['’‘.]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
      .split(' ').filter(Boolean).map((w) => {
        if (w.length < 4) return w;
        w = w.replace(/yy/g, 'y').replace(/iy/g, 'i').replace(/ii/g, 'i');
        return w.endsWith('y') ? w.slice(0, -1) + 'i' : w;
      }).join(' ');
  }

  function shorten(s, n) {
    s = (s || '').replace(/\s+/g, ' ').trim();
    return s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
  }

  const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + 's'}`;

  // ---- GraphQL ----

  const ARTICLE = 'id title url publisher published';
  const NODE_FIELDS = `__typename id
    ... on Actor { name type aliases }
    ... on Statement { text speaker { id name } article { ${ARTICLE} } }
    ... on Event { name eventType date place article { ${ARTICLE} } }
    ... on Object { name objectType attributes { key value } article { ${ARTICLE} } }
    ... on Article { title url publisher published }`;
  // The lists carry only the evidence's dates, for the period filter;
  // the sentences are fetched when a relation is selected.
  // Dates of the evidence: the article's, and the action's when the
  // server gives it (api, below).
  // The modality (planned, negated, …) of relations and of each piece of
  // evidence, when the server gives them.
  const evidenceDates = () => ['date', ...['when', 'actionDate', 'modality'].filter((f) => (api.fields.e || new Set()).has(f))].join(' ');
  const relationModality = () => ((api.fields.r || new Set()).has('modality') ? 'modality' : '');
  const edgeFields = () => `id source target class verb support firstSeen lastSeen ${relationModality()} evidence { ${evidenceDates()} }`;
  const evidenceFields = () => `evidence { sentence verb ${evidenceDates()} article { ${ARTICLE} } }`;
  // nonFactualArg asks a field for the relations that are no facts too,
  // when the view shows them and the server's field takes the argument.
  const nonFactualArg = (field) => (state.nonFactual && (api.args[field] || new Set()).has('includeNonFactual') ? ', includeNonFactual: true' : '');
  const qNeighborhood = () => `query ViewerNeighborhood($id: ID!, $depth: Int, $classes: [EdgeClass!], $maxNodes: Int) {
    neighborhood(id: $id, depth: $depth, classes: $classes, maxNodes: $maxNodes${nonFactualArg('neighborhood')}) {
      truncated nodes { ${NODE_FIELDS} } edges { ${edgeFields()} } } }`;
  const qRelation = () => `query ViewerRelation($id: ID!) { node(id: $id) { ... on Relation { id ${evidenceFields()} } } }`;
  const countField = (alias, classes) =>
    `${alias}: relations(first: 0${classes ? `, filter: { classes: [${classes.join(', ')}] }` : ''}) { totalCount }`;
  const Q_COUNTS = `query ViewerCounts($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Actor {
    ${countField('all')} ${countField('links', ACTOR_CLASSES)}
    ${FOLDED_KINDS.map((k) => countField(k, FOLDED_CLASSES[k])).join(' ')} } } }`;

  // inFlight counts the requests not yet answered, for idle.
  let inFlight = 0;
  async function gql(query, variables) {
    inFlight++;
    try {
      return await gqlOnce(query, variables);
    } finally {
      inFlight--;
    }
  }

  async function gqlOnce(query, variables) {
    let resp;
    try {
      resp = await fetch(config.graphql, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw new Error('the GraphQL endpoint cannot be reached: ' + e.message);
    }
    let body;
    try {
      body = await resp.json();
    } catch (e) {
      throw new Error(`the GraphQL endpoint answered ${resp.status} without JSON`);
    }
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    if (!resp.ok || !body.data) throw new Error(`the GraphQL endpoint answered ${resp.status}`);
    return body.data;
  }

  // api records which optional fields the server's schema has, so that
  // the page uses them when the server offers them: read once, by
  // introspection, before the first query that could use them.
  const api = { fields: {}, args: {} };
  const apiReady = gql(`query ViewerSchema {
    q: __type(name: "Query") { fields { name args { name } } }
    e: __type(name: "Evidence") { fields { name } }
    r: __type(name: "Relation") { fields { name } }
    t: __type(name: "TimelineEntry") { fields { name } } }`).then((d) => {
    for (const [k, t] of Object.entries(d)) {
      api.fields[k] = new Set(((t && t.fields) || []).map((f) => f.name));
      for (const f of (t && t.fields) || []) if (f.args) api.args[f.name] = new Set(f.args.map((a) => a.name));
    }
  }).catch(() => {});

  // ---- The store: every node and relation fetched so far ----

  const store = {
    nodes: new Map(), // ID → node as the API gave it
    edges: new Map(), // ID → relation
    adj: new Map(), // node ID → Set of relation IDs
    counts: new Map(), // actor ID → { all, links, statement, event, object, article }
    truncated: new Set(), // node IDs whose neighbourhood the server cut
  };

  function addToStore(sub) {
    for (const n of sub.nodes || []) {
      const old = store.nodes.get(n.id);
      store.nodes.set(n.id, old ? { ...old, ...n } : n);
    }
    for (const e of sub.edges || []) {
      if (!store.edges.has(e.id)) {
        for (const end of [e.source, e.target]) {
          if (!store.adj.has(end)) store.adj.set(end, new Set());
          store.adj.get(end).add(e.id);
        }
      }
      store.edges.set(e.id, { ...(store.edges.get(e.id) || {}), ...e });
    }
  }

  const kindOf = (n) => (n ? n.__typename.toLowerCase() : '');
  const other = (e, id) => (e.source === id ? e.target : e.source);
  const edgesOf = (id) => [...(store.adj.get(id) || [])].map((eid) => store.edges.get(eid));
  // edgeDates are the days a relation's facts are placed at, as the
  // timeline places them: the action's date when the server gives it,
  // the event's date for taking part in a dated event, else the
  // article's date.
  function edgeDates(e) {
    const ev = store.nodes.get(e.target);
    if (e.class === 'PARTICIPATED_IN' && ev && ev.date) return [ev.date];
    return (e.evidence || []).map((x) => x.when || x.actionDate || x.date).filter(Boolean);
  }

  // ---- The view's state: what the URL holds ----

  const state = {
    query: '', // the last search
    hits: [], // its ranked hits
    roots: [], // node IDs the view was built from: searched, added and expanded
    depth: 1,
    unfolded: new Set(), // nodes whose statements, events, objects and articles are shown
    more: new Map(), // node ID → how many neighbours past its limit are shown
    removed: new Set(), // nodes the user took out of the view
    hiddenKinds: new Set(),
    hiddenClasses: new Set(),
    nonFactual: false, // also the relations that are no facts (negated, demanded, hypothetical)
    since: '',
    until: '',
    path: null, // { from, to, all } when a path is asked for
    paths: [], // the paths found: { nodes: [IDs], edges: [IDs] }
    pathIndex: 0, // the path drawn
    timeline: '', // the node whose timeline is open
    selected: '',
  };

  // ---- Graph ----

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', shape: 'data(shape)', width: 'data(size)', height: 'data(size)',
        label: 'data(short)', 'font-size': 12, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': 150, 'text-outline-color': '#fbfcfd', 'text-outline-width': 2,
        // A light backing keeps a label readable where lines cross it.
        'text-background-color': '#fbfcfd', 'text-background-opacity': 0.7, 'text-background-shape': 'roundrectangle', 'text-background-padding': 1,
        'border-width': 1.5, 'border-color': '#ffffff', 'min-zoomed-font-size': 5 } },
      { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold' } },
      { selector: 'node.loading', style: { 'border-style': 'dashed', 'border-color': '#1565c0', 'border-width': 3 } },
      { selector: 'node.more', style: {
        shape: 'round-rectangle', 'background-color': '#eef1f5', 'border-color': '#8a96a3', 'border-style': 'dashed',
        'border-width': 1.5, width: 'label', height: 'label', padding: 6, 'text-valign': 'center', 'text-margin-y': 0,
        color: '#1565c0', 'font-weight': 'bold', 'text-outline-width': 0, 'text-background-opacity': 0 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)', 'arrow-scale': 1, 'curve-style': 'bezier', opacity: 0.8,
        label: 'data(short)', 'font-size': 10, color: 'data(textColor)',
        'text-background-color': '#fbfcfd', 'text-background-opacity': 0.92, 'text-background-padding': 1.5,
        'min-zoomed-font-size': 5 } },
      { selector: 'edge.structure', style: { 'line-style': 'dashed' } },
      { selector: 'edge.more', style: { 'line-style': 'dotted', 'line-color': '#8a96a3', width: 1.5, 'target-arrow-shape': 'none', label: '' } },
      // The label-collision pass hides the labels that would overlap
      // better-ranked ones; hovering or selecting shows them again.
      { selector: '.nolabel', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      { selector: 'node.hover, edge.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.92, 'z-index': 20 } },
      { selector: 'node:selected', style: { 'border-color': '#1565c0', 'border-width': 4, 'overlay-opacity': 0, 'text-opacity': 1, 'text-background-opacity': 0.7 } },
      { selector: 'edge:selected', style: { 'line-color': '#1565c0', 'target-arrow-color': '#1565c0', width: 4, opacity: 1, color: '#1565c0', 'font-weight': 'bold', 'text-opacity': 1, 'text-background-opacity': 0.92 } },
      // A path drawn: its relations thick, with their direction; the rest faded.
      { selector: '.faded', style: { opacity: 0.25 } },
      { selector: 'edge.path', style: { width: 5, opacity: 1, 'line-color': '#6a1b9a', 'target-arrow-color': '#6a1b9a', 'arrow-scale': 1.4, 'z-index': 10, color: '#6a1b9a', 'font-weight': 'bold' } },
      { selector: 'node.path', style: { 'border-color': '#6a1b9a', 'border-width': 4 } },
    ],
  });

  function nodeData(n) {
    const kind = kindOf(n);
    const d = { id: n.id, kind, shape: KIND_SHAPE[kind] || 'ellipse' };
    switch (kind) {
      case 'actor':
        d.label = n.name; d.type = (n.type || '').toLowerCase(); d.color = TYPE_COLOR[d.type] || KIND_COLOR.actor;
        break;
      case 'statement':
        d.label = '“' + n.text + '”'; d.type = '';
        break;
      case 'event':
        d.label = n.name; d.type = n.eventType || '';
        break;
      case 'object':
        d.label = n.name; d.type = n.objectType || '';
        break;
      case 'article':
        d.label = n.title; d.type = '';
        break;
      default:
        d.label = n.id;
    }
    d.color = d.color || KIND_COLOR[kind] || '#999';
    d.name = shorten(d.label, kind === 'actor' ? 40 : 30);
    return d;
  }

  // degree is how many relations a node has in the graph, as far as the
  // view knows: the server's count for actors, the relations fetched
  // for the others.
  function degree(id) {
    const c = store.counts.get(id);
    return c ? c.all : (store.adj.get(id) || new Set()).size;
  }

  // nodeSize grows with the logarithm of the degree, so that a hub is
  // large without hiding its neighbours.
  function nodeSize(id, kind) {
    const base = kind === 'actor' ? 18 : 14;
    return Math.round(Math.min(base + 3.5 * Math.log2(1 + degree(id)), 54));
  }

  // badges is the line of an actor's label that counts what is folded
  // into it: ❝ statements, ◆ events, ⬡ objects, ▤ articles.
  function badges(id) {
    const c = store.counts.get(id);
    if (!c || state.unfolded.has(id)) return '';
    return FOLDED_KINDS.filter((k) => c[k] > 0).map((k) => `${BADGE[k]} ${c[k]}`).join('  ');
  }

  function verbOf(e) {
    const v = (e.verb || '').trim();
    return v ? shorten(v, 26) : e.class.toLowerCase().replace(/_/g, ' ');
  }

  // MODALITY says, for a relation or a sentence that does not assert
  // what it reports, how it presents it; an asserted one says nothing.
  const MODALITY = {
    PLANNED: 'planned: announced or scheduled, not yet done',
    DEMANDED: 'demanded: asked for, not done',
    HYPOTHETICAL: 'hypothetical: possible, conditional or threatened',
    NEGATED: 'negated: denied or not done',
  };
  // modalityTag is the tag of a modality that is no plain assertion.
  function modalityTag(m) {
    return MODALITY[m] ? el('span', { class: 'modality', title: MODALITY[m] }, m.toLowerCase()) : '';
  }

  function edgeData(e) {
    const c = CLASS[e.class] || { group: 'other', symmetric: false };
    return {
      id: e.id, source: e.source, target: e.target, class: e.class, group: c.group,
      color: GROUP_COLOR[c.group], textColor: c.group === 'other' ? '#66727f' : GROUP_COLOR[c.group],
      arrow: c.symmetric ? 'none' : 'triangle', short: verbOf(e) + (MODALITY[e.modality] ? ' · ' + e.modality.toLowerCase() : ''),
      support: e.support, modality: e.modality || '',
      width: 1.2 + Math.min(Math.log2(1 + e.support), 4) * 1.1,
    };
  }

  // ---- What the view shows ----

  function edgeShown(e) {
    if (state.hiddenClasses.has(e.class)) return false;
    if (!state.nonFactual && MODALITY[e.modality] && e.modality !== 'PLANNED') return false;
    if (!state.since && !state.until) return true;
    const dates = edgeDates(e);
    return dates.some((d) => (!state.since || d >= state.since) && (!state.until || d <= state.until));
  }

  function nodeAllowed(id) {
    const n = store.nodes.get(id);
    return n && !state.removed.has(id) && !state.hiddenKinds.has(kindOf(n));
  }

  // strength ranks a node's neighbours: the articles supporting the
  // relations between them, then the neighbour's own degree.
  function neighbours(id, classOK) {
    const by = new Map();
    for (const e of edgesOf(id)) {
      if (!classOK(e) || !edgeShown(e)) continue;
      const o = other(e, id);
      if (o === id || !nodeAllowed(o)) continue;
      by.set(o, (by.get(o) || 0) + e.support);
    }
    return [...by.entries()].sort((a, b) => b[1] - a[1] || degree(b[0]) - degree(a[0]) || (a[0] < b[0] ? -1 : 1)).map((x) => x[0]);
  }

  // computeView decides which nodes and relations are drawn: the roots;
  // from each, its actor neighbours to the view's depth, strongest
  // first and at most a limit each (a hub shows its strongest
  // neighbours and how many more it has); what is folded into the
  // unfolded nodes; the path drawn; and the relations among them all
  // that the filters keep.
  function computeView() {
    const shown = new Set(), hiddenMore = new Map();
    const roots = state.roots.filter((id) => store.nodes.has(id) && !state.removed.has(id));
    for (const id of roots) shown.add(id);
    let frontier = roots;
    for (let level = 1; level <= state.depth; level++) {
      const next = [];
      for (const id of frontier) {
        const isRoot = roots.includes(id);
        const nonActor = kindOf(store.nodes.get(id)) !== 'actor';
        const cand = neighbours(id, (e) => isActorClass(e.class) || (isRoot && nonActor)).filter((o) => !shown.has(o));
        const limit = (isRoot ? HUB_LIMIT : DEEP_LIMIT) + (state.more.get(id) || 0);
        for (const o of cand.slice(0, limit)) { shown.add(o); next.push(o); }
        if (cand.length > limit || (isRoot && store.truncated.has(id) && cand.length >= limit)) {
          hiddenMore.set(id, { count: cand.length - Math.min(limit, cand.length), cut: store.truncated.has(id) });
        }
      }
      frontier = next;
    }
    // An unfolded node shows up to UNFOLD_LIMIT of each kind folded
    // into it, those with the best supported relations first.
    for (const id of state.unfolded) {
      if (!shown.has(id)) continue;
      const cand = neighbours(id, (e) => !isActorClass(e.class)).filter((o) => !shown.has(o) && kindOf(store.nodes.get(o)) !== 'actor');
      const perKind = {};
      for (const o of cand) {
        const k = kindOf(store.nodes.get(o));
        perKind[k] = (perKind[k] || 0) + 1;
        if (perKind[k] <= UNFOLD_LIMIT) shown.add(o);
      }
    }
    const path = state.paths[state.pathIndex];
    if (path) for (const id of path.nodes) if (store.nodes.has(id)) shown.add(id);
    const onPath = new Set(path ? path.edges : []);
    const open = new Set([...roots, ...state.unfolded]);
    const pairs = new Map(); // "a b" → the relations between a and b
    for (const [id, e] of store.edges) {
      if (!shown.has(e.source) || !shown.has(e.target) || e.source === e.target || (!edgeShown(e) && !onPath.has(id))) continue;
      // A statement, event or article drawn is linked to the nodes
      // drawn; a relation of those classes between actors is drawn only
      // when one end is open (a root or unfolded) or a path runs along it.
      if (!isActorClass(e.class) && !open.has(e.source) && !open.has(e.target) && !onPath.has(id)) continue;
      const key = e.source < e.target ? e.source + ' ' + e.target : e.target + ' ' + e.source;
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(e);
    }
    // One line per pair of nodes: the path's relation, else the best
    // supported; the others are counted on its label and listed when it
    // is selected.
    const lines = [];
    for (const rels of pairs.values()) {
      rels.sort((a, b) => (onPath.has(b.id) - onPath.has(a.id)) || b.support - a.support || (a.id < b.id ? -1 : 1));
      lines.push({ e: rels[0], also: rels.slice(1), key: rels[0].source + ' ' + rels[0].target });
    }
    // Between two nodes neither of which is open, only each node's
    // SIDE_LIMIT strongest lines are drawn: enough to see how the
    // neighbours of a hub hang together without a hairball.
    const side = new Map(), edges = [], also = new Map();
    lines.sort((a, b) => b.e.support - a.e.support || (a.e.id < b.e.id ? -1 : 1));
    let sideHidden = 0;
    for (const l of lines) {
      const { source: s, target: t } = l.e;
      if (!open.has(s) && !open.has(t) && !onPath.has(l.e.id)) {
        if ((side.get(s) || 0) >= SIDE_LIMIT && (side.get(t) || 0) >= SIDE_LIMIT) { sideHidden++; continue; }
        side.set(s, (side.get(s) || 0) + 1); side.set(t, (side.get(t) || 0) + 1);
      }
      edges.push(l.e.id);
      also.set(l.e.id, l.also.map((x) => x.id));
    }
    return { shown, edges, also, hiddenMore, sideHidden };
  }

  // render brings the drawing in step with the store and the state, and
  // lays it out when nodes came or went.
  function render(opts) {
    opts = opts || {};
    const view = computeView();
    const want = new Set([...view.shown, ...view.edges]);
    for (const [id, m] of view.hiddenMore) want.add('more:' + id), want.add('moreedge:' + id);
    let changed = false;
    const relabelled = [];
    cy.batch(() => {
      cy.elements().forEach((ele) => { if (!want.has(ele.id())) { ele.remove(); changed = true; } });
      const added = [];
      for (const id of view.shown) {
        const d = nodeData(store.nodes.get(id));
        d.size = nodeSize(id, d.kind);
        const b = d.kind === 'actor' ? badges(id) : '';
        d.short = b ? d.name + '\n' + b : d.name;
        const ele = cy.getElementById(id);
        if (ele.nonempty()) {
          relabelled.push([ele, d]);
          continue;
        }
        const item = { group: 'nodes', data: d };
        const near = edgesOf(id).map((e) => cy.getElementById(other(e, id))).find((n) => n.nonempty());
        if (near) {
          const p = near.position(), a = angleOf(id);
          item.position = { x: p.x + 90 * Math.cos(a), y: p.y + 90 * Math.sin(a) };
        }
        added.push(item);
      }
      for (const id of view.edges) {
        const e = store.edges.get(id), ele = cy.getElementById(id), d = edgeData(e);
        d.also = view.also.get(id) || [];
        if (d.also.length) d.short += ` +${d.also.length}`;
        if (ele.nonempty()) {
          relabelled.push([ele, d]);
          continue;
        }
        added.push({ group: 'edges', data: d, classes: CLASS[e.class] && CLASS[e.class].group === 'structure' ? 'structure' : '' });
      }
      for (const [id, m] of view.hiddenMore) {
        const label = m.count > 0 ? `+ ${m.count} more${m.cut ? '…' : ''}` : 'more…';
        const ele = cy.getElementById('more:' + id);
        if (ele.nonempty()) { ele.data('short', label); continue; }
        added.push({ group: 'nodes', classes: 'more', data: { id: 'more:' + id, of: id, short: label, kind: 'more', color: '#eef1f5', shape: 'round-rectangle', size: 20 } });
        added.push({ group: 'edges', classes: 'more', data: { id: 'moreedge:' + id, source: id, target: 'more:' + id, color: '#8a96a3', width: 1.5, arrow: 'none', short: '' } });
      }
      if (added.length) { cy.add(added); changed = true; }
    });
    // Data is updated out of the batch: in one, Cytoscape keeps the size
    // of a label measured before its text changed, and clips the new one.
    for (const [ele, d] of relabelled) {
      if (Object.keys(d).some((k) => ele.data(k) !== d[k] && typeof d[k] !== 'object')) ele.data(d);
    }
    state.sideHidden = view.sideHidden;
    markClasses();
    refreshFilters();
    summary();
    $('empty').hidden = cy.nodes().length > 0;
    if (changed || opts.layout) layout(!!opts.fresh);
    else placeLabelsSoon();
  }

  function markClasses() {
    cy.batch(() => {
      cy.nodes().removeClass('root');
      for (const id of state.roots) cy.getElementById(id).addClass('root');
      cy.elements().removeClass('path faded');
      const path = state.paths[state.pathIndex];
      if (path) {
        const on = cy.collection();
        for (const id of [...path.nodes, ...path.edges]) on.merge(cy.getElementById(id));
        on.addClass('path');
        cy.elements().not(on).addClass('faded');
      }
    });
  }

  // angleOf places a new node around its neighbour at an angle its ID
  // decides, so that the same view is drawn the same way every time.
  function angleOf(id) {
    let h = 0;
    for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
    return ((h >>> 0) % 360) * Math.PI / 180;
  }

  // seeded replaces Math.random while fn runs with a fixed sequence, so
  // that the same view is laid out the same way after a reload.
  function seeded(fn) {
    const saved = Math.random;
    let s = 0x9e3779b9;
    Math.random = () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    if (window.layoutBase && layoutBase.RandomSeed) { layoutBase.RandomSeed.seed = 1; layoutBase.RandomSeed.x = 0; }
    try { return fn(); } finally { Math.random = saved; }
  }

  const MAX_FIT_ZOOM = 1.3;
  let layoutRun = null;
  let layoutSeq = 0;
  // layout places the nodes with fcose, from scratch (fresh) or from
  // where they are, then runs the label-collision pass.
  function layout(fresh) {
    if (layoutRun) layoutRun.stop();
    const eles = cy.elements();
    if (eles.nodes().length === 0) { placeLabels(); return; }
    const seq = ++layoutSeq;
    state.layingOut = true;
    layoutRun = eles.layout({
      name: 'fcose', quality: 'default', randomize: fresh, animate: !fresh && eles.nodes().length < 200, animationDuration: 350,
      fit: true, padding: 40, nodeDimensionsIncludeLabels: true, packComponents: true,
      nodeRepulsion: () => 12000, idealEdgeLength: (e) => (e.hasClass('more') ? 50 : 110), edgeElasticity: () => 0.45,
      nodeSeparation: 90, numIter: 2500,
    });
    layoutRun.one('layoutstop', () => {
      if (seq !== layoutSeq) return;
      state.layingOut = false;
      // A small view is not blown up past MAX_FIT_ZOOM: its labels would
      // be larger than the page's text.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      placeLabelsSoon();
    });
    seeded(() => layoutRun.run());
  }

  // ---- Labels without overlaps ----

  function overlaps(a, b, m) {
    return a.x1 < b.x2 + m && b.x1 < a.x2 + m && a.y1 < b.y2 + m && b.y1 < a.y2 + m;
  }

  function labelBox(ele) {
    const bb = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, useCache: false });
    return bb.w > 0 && bb.h > 0 ? bb : null;
  }

  // labelRank orders labels by importance: the roots, the path and the
  // selection, then the "n more" nodes, then nodes by degree, then
  // relations by support.
  function labelRank(ele) {
    if (ele.selected()) return 0;
    if (ele.hasClass('root')) return 0.5;
    if (ele.hasClass('path')) return ele.isNode() ? 0.7 : 0.8;
    if (ele.hasClass('more')) return 1;
    if (ele.isNode()) return 2 + 1 / (1 + degree(ele.id()));
    return 4 + 1 / (1 + (ele.data('support') || 0));
  }

  // placeLabelsSoon runs the label-collision pass once Cytoscape has
  // measured the labels whose text changed, which it does when it next
  // draws.
  function placeLabelsSoon() {
    const seq = ++placeSeq;
    state.labelsPending = true;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (seq !== placeSeq) return;
      state.labelsPending = false;
      placeLabels();
    }));
  }
  let placeSeq = 0;

  // placeLabels is the label-collision pass: it keeps the labels in
  // order of rank and hides each one that would overlap a label kept
  // before it or another node, so that what is written can be read.
  // Boxes are in model coordinates, in which overlap does not depend on
  // the zoom.
  function placeLabels() {
    const eles = cy.elements().filter((e) => !!e.data('short'));
    cy.batch(() => eles.removeClass('nolabel'));
    const bodies = cy.nodes().map((n) => ({ id: n.id(), bb: n.boundingBox({ includeLabels: false, includeOverlays: false }) }));
    const ranked = eles.toArray().sort((a, b) => labelRank(a) - labelRank(b));
    const kept = [], hide = [];
    for (const ele of ranked) {
      const bb = labelBox(ele);
      if (!bb) continue;
      // A relation's label may not cover a node either; a node's label
      // may cover another node's edge, which is drawn under it.
      const clash = kept.some((k) => overlaps(bb, k, 2)) || (ele.isEdge() && bodies.some((b) => overlaps(bb, b.bb, 0)));
      // Only the selection's label is kept whatever it covers.
      if (clash && !ele.selected()) hide.push(ele); else kept.push(bb);
    }
    cy.batch(() => { for (const e of hide) e.addClass('nolabel'); });
    state.labelsPlaced = (state.labelsPlaced || 0) + 1;
  }

  // ---- Status ----

  function status(msg, isError) {
    const s = $('status');
    s.textContent = msg || '';
    s.classList.toggle('error', !!isError);
  }

  function summary() {
    const n = cy.nodes().not('.more').length, e = cy.edges().not('.more').length;
    let msg = `${plural(n, 'node')}, ${plural(e, 'relation')}`;
    const more = cy.nodes('.more').length;
    if (more) msg += ' · more neighbours behind “+ n more”';
    if (state.sideHidden) msg += ` · ${plural(state.sideHidden, 'line')} among neighbours not drawn (expand a node to see its own)`;
    status(n ? msg : '');
  }

  // ---- Loading ----

  async function fetchNeighbourhood(id, depth, classes, maxNodes) {
    await apiReady;
    const data = await gql(qNeighborhood(), { id, depth, classes, maxNodes });
    addToStore(data.neighborhood);
    if (data.neighborhood.truncated) store.truncated.add(id);
    return data.neighborhood;
  }

  // loadRoot fetches what a root shows: an actor's actor relations to
  // the view's depth; any other node's relations of every class.
  async function loadRoot(id, maxNodes) {
    const known = store.nodes.get(id);
    if (known && kindOf(known) !== 'actor') return fetchNeighbourhood(id, 1, null, maxNodes || 150);
    const sub = await fetchNeighbourhood(id, state.depth, ACTOR_CLASSES, maxNodes || 150);
    if (sub.nodes.length && kindOf(sub.nodes[0]) !== 'actor') return fetchNeighbourhood(id, 1, null, maxNodes || 150);
    return sub;
  }

  // loadCounts fetches the counts folded into the actors of ids that
  // the view does not know yet.
  async function loadCounts(ids) {
    ids = [...ids].filter((id) => kindOf(store.nodes.get(id)) === 'actor' && !store.counts.has(id));
    for (let i = 0; i < ids.length; i += 200) {
      const data = await gql(Q_COUNTS, { ids: ids.slice(i, i + 200) });
      for (const n of data.nodes) {
        if (!n || n.all == null) continue;
        const c = { all: n.all.totalCount, links: n.links.totalCount };
        for (const k of FOLDED_KINDS) c[k] = n[k].totalCount;
        store.counts.set(n.id, c);
      }
    }
  }

  // loadUnfolded fetches what is folded into a node: for an actor, the
  // best supported of each kind, kind by kind, so that articles do not
  // crowd out statements; for another node, all its relations.
  async function loadUnfolded(id) {
    if (kindOf(store.nodes.get(id)) !== 'actor') {
      await fetchNeighbourhood(id, 1, null, 4 * UNFOLD_LIMIT + 1);
      return;
    }
    await Promise.all(FOLDED_KINDS.map((k) => fetchNeighbourhood(id, 1, FOLDED_CLASSES[k], UNFOLD_LIMIT + 1)));
  }

  // refresh fetches the counts of the actors the view is to draw, so
  // that their sizes and badges are known before the layout, then
  // renders.
  async function refresh(opts) {
    state.loading = true;
    try {
      await loadCounts(computeView().shown);
      // The counts rank the neighbours: what is drawn may change.
      await loadCounts(computeView().shown);
    } catch (e) {
      status('Could not count what is folded into the actors: ' + e.message, true);
    } finally {
      state.loading = false;
    }
    render(opts || {});
    saveURL();
  }

  // show draws the neighbourhood of id, in place of the view or, with
  // add, into it.
  async function show(id, add) {
    state.depth = Number($('depth').value) || 1;
    status('Loading the neighbourhood…');
    if (!add) {
      state.roots = []; state.unfolded.clear(); state.more.clear(); state.removed.clear();
      state.paths = []; state.path = null; renderPathList();
    }
    state.removed.delete(id);
    try {
      await loadRoot(id);
    } catch (e) {
      status('Could not load the neighbourhood: ' + e.message, true);
      return;
    }
    if (!state.roots.includes(id)) state.roots.push(id);
    if (!add) cy.elements().remove();
    state.selected = id;
    await refresh({ fresh: !add, layout: true });
    select(id);
  }

  // expand adds a node's neighbours to the view: it becomes a root.
  async function expand(id) {
    const node = cy.getElementById(id);
    if (node.empty()) return 0;
    node.addClass('loading');
    status('Expanding ' + node.data('name') + '…');
    const before = cy.nodes().length;
    try {
      await loadRoot(id);
    } catch (e) {
      node.removeClass('loading');
      status('Could not expand: ' + e.message, true);
      return 0;
    }
    node.removeClass('loading');
    if (!state.roots.includes(id)) state.roots.push(id);
    await refresh({});
    const n = cy.nodes().length - before;
    if (n <= 0) status(node.data('name') + ' has no further neighbours. ' + $('status').textContent);
    return n;
  }

  // showMore shows MORE_STEP more of a node's neighbours, fetching
  // more from the server when those fetched are all shown.
  async function showMore(id) {
    const m = (state.more.get(id) || 0) + MORE_STEP;
    state.more.set(id, m);
    const known = neighbours(id, (e) => isActorClass(e.class)).length;
    if (store.truncated.has(id) && known < HUB_LIMIT + m + 1) {
      status('Fetching more neighbours…');
      try {
        store.truncated.delete(id);
        await loadRoot(id, Math.min(1000, 150 + 2 * m));
      } catch (e) {
        status('Could not fetch more: ' + e.message, true);
      }
    }
    await refresh({});
  }

  async function unfold(id, on) {
    if (on) {
      status('Unfolding…');
      try {
        await loadUnfolded(id);
      } catch (e) {
        status('Could not unfold: ' + e.message, true);
        return;
      }
      state.unfolded.add(id);
    } else {
      state.unfolded.delete(id);
    }
    await refresh({});
    select(id);
  }

  function removeNode(id) {
    state.removed.add(id);
    state.roots = state.roots.filter((r) => r !== id);
    state.unfolded.delete(id);
    if (state.selected === id) state.selected = '';
    renderDetails(null);
    render({});
    saveURL();
  }

  // ---- Search ----

  // SEARCH_FIRST is how many hits a search asks for: enough that an
  // actor whose name many share (Griffin) is among them when the API
  // ranks ties by ID, few enough to rank them here by their degree.
  const SEARCH_FIRST = 60;
  // SEARCH_GROUP is how many hits of each kind the result list shows
  // before its "n more" line.
  const SEARCH_GROUP = 6;
  // SEARCH_PER_KIND is how many hits of each kind searchResults returns.
  const SEARCH_PER_KIND = 15;
  const HIT_NODE = `__typename id
      ... on Actor { name type aliases relations(first: 0) { totalCount } }
      ... on Statement { text speaker { id name } }
      ... on Event { name eventType date }
      ... on Object { name objectType }
      ... on Article { title published }`;
  const Q_SEARCH = `query ViewerSearch($q: String!, $first: Int, $kinds: [NodeKind!]) {
    search(query: $q, first: $first, kinds: $kinds) { score field matched node { ${HIT_NODE} } } }`;
  // Q_SEARCH_RESULTS is used when the server has searchResults: the
  // best hits of each kind, ranked by score then prominence, with the
  // number of matches of each kind.
  const Q_SEARCH_RESULTS = `query ViewerSearchResults($q: String!, $first: Int, $perKind: Int, $kinds: [NodeKind!]) {
    searchResults(query: $q, first: $first, firstPerKind: $perKind, kinds: $kinds) {
      total counts { kind count } hits { score prominence field matched node { ${HIT_NODE} } } } }`;

  // rankHits orders search hits best first: by the API's score, then,
  // among hits that match equally well, the most prominent (the API's
  // prominence, else an actor's relations) and the kinds an analyst
  // looks for first (actors before events, statements and articles),
  // then in the API's order.
  function rankHits(hits) {
    const ranked = hits.map((h, i) => {
      const kind = kindOf(h.node);
      const deg = h.node.relations ? h.node.relations.totalCount : 0;
      return { ...h, kind, degree: deg, weight: h.prominence || deg, order: i };
    });
    ranked.sort((a, b) => (Math.abs(b.score - a.score) > 0.005 ? b.score - a.score : 0) ||
      b.weight - a.weight || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order);
    return ranked;
  }

  // groupHits groups ranked hits by kind, the group of the best hit
  // first.
  function groupHits(ranked) {
    const groups = new Map();
    for (const h of ranked) {
      if (!groups.has(h.kind)) groups.set(h.kind, []);
      groups.get(h.kind).push(h);
    }
    return [...groups.entries()].map(([kind, hits]) => ({ kind, hits }));
  }

  function hitLabel(h) {
    const n = h.node;
    switch (h.kind) {
      case 'actor': return n.name;
      case 'statement': return '“' + shorten(n.text, 90) + '”';
      case 'event': return n.name;
      case 'object': return n.name;
      case 'article': return n.title;
    }
    return n.id;
  }

  function hitNote(h) {
    const n = h.node;
    const matched = h.field !== 'name' && h.field !== 'title' && h.field !== 'text' ? `as “${h.matched}”` : '';
    switch (h.kind) {
      case 'actor': return [(n.type || '').toLowerCase(), plural(h.degree, 'relation'), matched].filter(Boolean).join(' · ');
      case 'statement': return n.speaker ? n.speaker.name : 'unknown speaker';
      case 'event': return [n.eventType, n.date].filter(Boolean).join(' · ');
      case 'object': return n.objectType || '';
      case 'article': return n.published || '';
    }
    return '';
  }

  // findHits searches through searchResults when the server has it (the
  // counts of each kind are then those of every match), else through
  // search (the counts are those of the hits read).
  async function findHits(query, kinds) {
    await apiReady;
    if ((api.fields.q || new Set()).has('searchResults')) {
      const data = await gql(Q_SEARCH_RESULTS, { q: query, first: SEARCH_FIRST, perKind: SEARCH_PER_KIND, kinds: kinds || null });
      const r = data.searchResults, counts = {};
      for (const c of r.counts) counts[c.kind.toLowerCase()] = c.count;
      return { ranked: rankHits(r.hits), counts, total: r.total };
    }
    const data = await gql(Q_SEARCH, { q: query, first: SEARCH_FIRST, kinds: kinds || null });
    const ranked = rankHits(data.search);
    return { ranked, counts: null, total: ranked.length, capped: data.search.length >= SEARCH_FIRST };
  }

  let searchSeq = 0;
  // search looks the words up through the API's search, lists the hits
  // grouped by kind and draws the neighbourhood of the best one.
  async function search(query, keep) {
    query = query.trim();
    if (!query) return null;
    const seq = ++searchSeq;
    state.query = query;
    status('Looking for “' + query + '”…');
    let found;
    try {
      found = await findHits(query);
    } catch (e) {
      status('Search failed: ' + e.message, true);
      return null;
    }
    if (seq !== searchSeq) return null;
    state.hits = found.ranked;
    showResults(found, !keep);
    if (found.ranked.length === 0) {
      status('Nothing is called “' + query + '”.', true);
      return null;
    }
    const best = found.ranked[0];
    if (!keep) await show(best.node.id, false);
    return best;
  }

  function showResults(found, open) {
    const ul = $('results'), ranked = found.ranked;
    ul.replaceChildren();
    const groups = groupHits(ranked);
    const count = (g) => (found.counts && found.counts[g.kind] != null ? found.counts[g.kind] : g.hits.length);
    const total = found.counts ? found.total : `${ranked.length}${found.capped ? '+' : ''}`;
    ul.append(el('li', { class: 'summary' }, `${total} found: ` +
      groups.map((g) => plural(count(g), g.kind)).join(', ')));
    for (const g of groups) {
      ul.append(el('li', { class: 'group', 'data-kind': g.kind },
        el('span', { class: 'swatch ' + g.kind, style: 'background:' + KIND_COLOR[g.kind] }),
        KIND_LABEL[g.kind] || g.kind, el('span', { class: 'count' }, String(count(g)))));
      const items = g.hits.map((h) => resultItem(h, ul));
      items.forEach((li, i) => { li.hidden = i >= SEARCH_GROUP; });
      ul.append(...items);
      if (items.length > SEARCH_GROUP) {
        const more = el('li', { class: 'more', onclick: (ev) => {
          ev.stopPropagation();
          items.forEach((li) => { li.hidden = false; });
          more.remove();
        } }, `${items.length - SEARCH_GROUP} more ${(KIND_LABEL[g.kind] || g.kind).toLowerCase()}…`);
        ul.append(more);
      }
      if (count(g) > items.length) ul.append(el('li', { class: 'none' }, `and ${count(g) - items.length} more matches: refine the words`));
    }
    ul.hidden = !open || ranked.length <= 1;
  }

  function resultItem(h, ul) {
    const color = h.kind === 'actor' ? TYPE_COLOR[(h.node.type || '').toLowerCase()] || KIND_COLOR.actor : KIND_COLOR[h.kind];
    return el('li', { class: 'hit', 'data-id': h.node.id, 'data-kind': h.kind, title: 'Show the neighbourhood',
      onclick: () => { ul.hidden = true; show(h.node.id, false); } },
    el('span', { class: 'swatch ' + h.kind, style: 'background:' + color }),
    el('span', { class: 'name' }, shorten(hitLabel(h), 70)),
    el('span', { class: 'aliases' }, hitNote(h)),
    el('button', { type: 'button', class: 'add', title: 'Add to the view',
      onclick: (ev) => { ev.stopPropagation(); ul.hidden = true; show(h.node.id, true); } }, '+ add'));
  }

  // ---- Filters and legend ----

  function buildFilters() {
    const kinds = $('kind-filters');
    for (const k of config.kinds) {
      const box = el('input', { type: 'checkbox', checked: true, 'data-kind': k, onchange: (ev) => {
        if (ev.target.checked) state.hiddenKinds.delete(k); else state.hiddenKinds.add(k);
        refresh({});
      } });
      kinds.append(el('li', { 'data-kind': k }, el('label', {}, box,
        el('span', { class: 'swatch ' + k, style: 'background:' + KIND_COLOR[k] }), KIND_LABEL[k] || k,
        BADGE[k] ? el('span', { class: 'badge-sign', title: 'the sign of its count on an actor' }, BADGE[k]) : null),
      el('span', { class: 'count' }, '0')));
    }
    const types = $('type-legend');
    for (const t of config.actorTypes) {
      types.append(el('li', {}, el('span', { class: 'swatch', style: 'background:' + TYPE_COLOR[t] }), t));
    }
    const classes = $('class-filters');
    const groups = {};
    for (const c of config.classes) (groups[c.group] = groups[c.group] || []).push(c);
    for (const g of Object.keys(GROUP_LABEL)) {
      if (!groups[g]) continue;
      classes.append(el('li', { class: 'group' }, el('span', { class: 'line ' + g, style: 'border-color:' + GROUP_COLOR[g] }),
        el('strong', { style: 'font-size:12px' }, GROUP_LABEL[g])));
      for (const c of groups[g]) {
        const box = el('input', { type: 'checkbox', checked: true, 'data-class': c.name, onchange: (ev) => {
          if (ev.target.checked) state.hiddenClasses.delete(c.name); else state.hiddenClasses.add(c.name);
          refresh({});
        } });
        classes.append(el('li', { 'data-class': c.name }, el('label', { title: c.symmetric ? 'undirected' : 'directed' }, box,
          c.name.toLowerCase().replace(/_/g, ' ')), el('span', { class: 'count' }, '0')));
      }
    }
    const setAll = (on) => {
      state.hiddenClasses = on ? new Set() : new Set(config.classes.map((c) => c.name));
      syncFilterInputs();
      refresh({});
    };
    $('classes-all').addEventListener('click', () => setAll(true));
    $('classes-none').addEventListener('click', () => setAll(false));
    for (const id of ['since', 'until']) {
      $(id).addEventListener('change', () => setPeriod(id === 'since' ? $(id).value : state.since, id === 'until' ? $(id).value : state.until));
    }
    for (const f of config.formats) {
      $('export-format').append(el('option', { value: f.name, title: f.description }, f.name));
    }
  }

  function syncFilterInputs() {
    for (const b of $('kind-filters').querySelectorAll('input')) b.checked = !state.hiddenKinds.has(b.dataset.kind);
    for (const b of $('class-filters').querySelectorAll('input')) b.checked = !state.hiddenClasses.has(b.dataset.class);
    $('since').value = state.since; $('until').value = state.until;
    $('depth').value = String(state.depth);
    $('nonfactual').checked = state.nonFactual;
  }

  // setNonFactual shows, or hides again, the relations that are no
  // facts: shown, the roots' neighbourhoods, the unfolded nodes, the
  // path and the timeline are read again with them.
  async function setNonFactual(on) {
    state.nonFactual = on;
    $('nonfactual').checked = on;
    if (on) {
      status('Loading what did not happen…');
      try {
        for (const id of state.roots) await loadRoot(id);
        for (const id of state.unfolded) await loadUnfolded(id);
      } catch (e) {
        status('Could not load what did not happen: ' + e.message, true);
      }
      if (state.path) await findPath(true);
    }
    await refresh({ layout: on });
    if (state.timeline) await openTimeline(state.timeline);
  }

  // setPeriod keeps the relations with evidence dated in the period,
  // in the graph and in the timeline.
  function setPeriod(since, until) {
    if (since && until && since > until) [since, until] = [until, since];
    state.since = since || ''; state.until = until || '';
    $('since').value = state.since; $('until').value = state.until;
    refresh({});
    renderTimeline();
  }

  // refreshFilters shows how many nodes of each kind and relations of
  // each class the view holds, and the period its evidence spans.
  function refreshFilters() {
    const kinds = {}, classes = {};
    let min = '', max = '';
    cy.nodes().not('.more').forEach((n) => { kinds[n.data('kind')] = (kinds[n.data('kind')] || 0) + 1; });
    cy.edges().not('.more').forEach((ele) => {
      classes[ele.data('class')] = (classes[ele.data('class')] || 0) + 1;
      for (const d of edgeDates(store.edges.get(ele.id()))) {
        if (!min || d < min) min = d;
        if (!max || d > max) max = d;
      }
    });
    for (const li of $('kind-filters').children) {
      const n = kinds[li.dataset.kind] || 0;
      li.querySelector('.count').textContent = n;
    }
    const empty = cy.edges().empty();
    let group = null, groupSeen = false;
    const closeGroup = () => { if (group) group.hidden = !groupSeen; };
    for (const li of $('class-filters').children) {
      if (!li.dataset.class) {
        closeGroup();
        group = li; groupSeen = empty;
        continue;
      }
      const n = classes[li.dataset.class] || 0;
      li.querySelector('.count').textContent = n;
      li.hidden = !empty && n === 0 && !state.hiddenClasses.has(li.dataset.class);
      groupSeen = groupSeen || !li.hidden;
    }
    closeGroup();
    for (const id of ['since', 'until']) {
      $(id).min = min; $(id).max = max;
    }
  }

  // ---- Selection and details ----

  function select(id) {
    const ele = id ? cy.getElementById(id) : cy.collection();
    cy.elements().unselect();
    state.selected = ele.nonempty() ? id : '';
    if (ele.nonempty()) ele.select();
    renderDetails(ele.nonempty() ? ele : null);
    saveURL();
  }

  function kindLine(kind, extra, color) {
    return el('div', { class: 'kind' }, el('span', { class: 'swatch ' + kind, style: 'background:' + color }),
      [kind, extra].filter(Boolean).join(' · '));
  }

  // articleLink links an article's title to its URL when that is an
  // http(s) URL: a graph stored before ingest refused others may hold a
  // javascript: or file: URL, which is shown as text, never followed.
  function articleLink(a) {
    if (!a) return null;
    const title = a.title || a.id;
    return a.url && /^https?:\/\//i.test(a.url) ? el('a', { class: 'article', href: a.url, target: '_blank', rel: 'noopener noreferrer' }, title)
      : el('span', { class: 'article' }, title);
  }

  function articleMeta(a) {
    return [a && a.publisher, a && a.published].filter(Boolean).join(', ');
  }

  function dl(rows) {
    const d = el('dl');
    for (const [k, v] of rows) {
      if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      d.append(el('dt', {}, k), el('dd', {}, v));
    }
    return d;
  }

  function nameOf(id) {
    const n = store.nodes.get(id);
    return n ? nodeData(n).label : id;
  }

  function nodeLink(id) {
    return el('a', { class: 'node-link', onclick: () => select(id), title: 'Select' }, shorten(nameOf(id), 60));
  }

  function renderDetails(ele) {
    const body = $('details-body');
    body.replaceChildren();
    body.className = 'details';
    if (!ele || ele.empty()) {
      body.className = 'details-empty';
      body.append(el('p', {}, 'Nothing selected.'),
        el('p', { class: 'hint' }, 'Select a relation to read the sentences it was read from, with links to their articles.'));
      return;
    }
    if (ele.hasClass('more')) return renderMore(body, ele);
    if (ele.isEdge()) return renderEdge(body, ele);
    const d = ele.data(), n = store.nodes.get(d.id);
    body.append(kindLine(d.kind, d.type, d.color), el('h2', {}, d.kind === 'statement' ? 'Statement' : d.label));
    switch (d.kind) {
      case 'actor':
        body.append(el('h3', {}, 'Also known as'),
          n.aliases && n.aliases.length ? el('ul', { class: 'aliases-list' }, n.aliases.map((a) => el('li', {}, a)))
            : el('p', { class: 'hint' }, 'No other names seen.'));
        break;
      case 'statement':
        body.append(el('blockquote', { class: 'quote' }, n.text),
          dl([['Speaker', n.speaker ? nodeLink(n.speaker.id) : 'unknown'],
            ['Article', articleLink(n.article)], ['Published', articleMeta(n.article)]]));
        break;
      case 'event':
        body.append(dl([['Type', n.eventType], ['Date', n.date], ['Place', n.place],
          ['Article', articleLink(n.article)], ['Published', articleMeta(n.article)]]));
        break;
      case 'object':
        body.append(dl([['Type', n.objectType], ...(n.attributes || []).map((a) => [a.key, a.value]),
          ['Article', articleLink(n.article)], ['Published', articleMeta(n.article)]]));
        break;
      case 'article':
        body.append(dl([['Title', articleLink(n)], ['Publisher', n.publisher], ['Published', n.published]]));
        break;
    }
    const c = store.counts.get(d.id);
    const edges = ele.connectedEdges().not('.more');
    body.append(dl([['Relations', `${edges.length} shown` + (c ? ` of ${c.all}` : '')], ['ID', d.id]]));
    if (c) {
      const folded = FOLDED_KINDS.filter((k) => c[k] > 0);
      if (folded.length) {
        body.append(el('div', { class: 'folded' },
          folded.map((k) => el('span', { class: 'chip', 'data-kind': k }, el('span', { class: 'swatch ' + k, style: 'background:' + KIND_COLOR[k] }),
            `${BADGE[k]} ${plural(c[k], k)}` +
            (state.unfolded.has(d.id) && c[k] > UNFOLD_LIMIT ? ` (the ${UNFOLD_LIMIT} best supported shown)` : ''))),
          el('button', { type: 'button', id: 'unfold', onclick: () => unfold(d.id, !state.unfolded.has(d.id)) },
            state.unfolded.has(d.id) ? 'Fold into counts' : 'Unfold')));
      }
    } else if (d.kind !== 'actor') {
      body.append(el('div', { class: 'folded' },
        el('button', { type: 'button', id: 'unfold', onclick: () => unfold(d.id, !state.unfolded.has(d.id)) },
          state.unfolded.has(d.id) ? 'Fold' : 'Unfold its relations')));
    }
    body.append(el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'expand', onclick: () => expand(d.id) }, 'Expand neighbours'),
      el('button', { type: 'button', id: 'open-timeline', onclick: () => openTimeline(d.id) }, 'Timeline'),
      d.kind === 'actor' ? el('button', { type: 'button', id: 'path-from-here', onclick: () => setPathEnd('from', d.id) }, 'Path from here') : null,
      d.kind === 'actor' ? el('button', { type: 'button', id: 'path-to-here', onclick: () => setPathEnd('to', d.id) }, 'Path to here') : null,
      el('button', { type: 'button', onclick: () => { cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 }); } }, 'Centre'),
      el('button', { type: 'button', onclick: () => removeNode(d.id) }, 'Remove')));
  }

  function renderMore(body, ele) {
    const of = ele.data('of');
    body.append(el('div', { class: 'kind' }, 'more neighbours'), el('h2', {}, nameOf(of)),
      el('p', {}, `${ele.data('short').replace(/^\+ /, '')}: only the strongest neighbours are drawn, those whose relations have most supporting articles.`),
      el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => showMore(of) }, `Show ${MORE_STEP} more`)));
  }

  async function renderEdge(body, ele) {
    const e = store.edges.get(ele.id()), c = CLASS[e.class] || { group: 'other' };
    body.append(el('div', { class: 'kind' }, 'relation'),
      el('h2', {}, el('span', { class: 'badge', style: 'background:' + GROUP_COLOR[c.group] }, e.class), ' ', verbOf(e)),
      el('p', { class: 'ends' }, nodeLink(e.source), c.symmetric ? ' — ' : ' → ', nodeLink(e.target)),
      dl([['Verb', e.verb], ['Modality', MODALITY[e.modality]], ['Support', plural(e.support, 'article')],
        ['Seen', e.firstSeen ? (e.firstSeen === e.lastSeen ? e.firstSeen : `${e.firstSeen} to ${e.lastSeen}`) : null], ['ID', e.id]]));
    const also = (ele.data('also') || []).map((id) => store.edges.get(id)).filter(Boolean);
    if (also.length) {
      body.append(el('h3', {}, `Also between them (${also.length})`), el('ul', { class: 'also' }, also.map((x) => {
        const xc = CLASS[x.class] || { group: 'other', symmetric: false };
        return el('li', {}, el('span', { class: 'badge', style: 'background:' + GROUP_COLOR[xc.group] }, x.class), ' ',
          shorten(nameOf(x.source), 30), xc.symmetric ? ' — ' : ' → ', verbOf(x), xc.symmetric ? ' — ' : ' → ', shorten(nameOf(x.target), 30),
          ` (${plural(x.support, 'article')})`);
      })));
    }
    const list = el('ul', { class: 'evidence' });
    body.append(el('h3', {}, `Evidence (${(e.evidence || []).length})`), list);
    if (!e.evidence || !e.evidence.length || e.evidence[0].sentence == null) {
      try {
        const data = await gql(qRelation(), { id: e.id });
        if (data.node) e.evidence = data.node.evidence;
      } catch (err) {
        list.append(el('li', { class: 'hint' }, 'Could not load the evidence: ' + err.message));
        return;
      }
    }
    if (state.selected !== e.id) return;
    list.append(...e.evidence.map((ev) => el('li', {},
      el('blockquote', {}, ev.sentence, ' ', modalityTag(ev.modality)),
      el('div', { class: 'src' }, articleLink(ev.article), articleMeta(ev.article) ? ' · ' + articleMeta(ev.article) : '',
        ev.verb ? ` · “${ev.verb}”` : ''))));
  }

  // ---- Paths ----

  const PATH_NODE = `__typename id ... on Actor { name type aliases } ... on Statement { text speaker { id name } article { ${ARTICLE} } }
    ... on Event { name eventType date place article { ${ARTICLE} } } ... on Object { name objectType attributes { key value } article { ${ARTICLE} } }
    ... on Article { title url publisher published }`;
  const pathFields = () => `length nodes { ${PATH_NODE} } edges { ${edgeFields()} }`;
  const PATH_MAX_DEPTH = 6;

  // kPathsField is the Query field that lists the k shortest paths,
  // when the server has one, with the name of its count argument.
  function kPathsField() {
    const q = api.fields.q || new Set();
    for (const name of ['shortestPaths', 'kShortestPaths', 'paths']) {
      if (!q.has(name)) continue;
      const args = api.args[name] || new Set();
      const k = ['k', 'first', 'count', 'limit'].find((a) => args.has(a));
      if (k) return { name, k };
    }
    return null;
  }

  // pathClasses are the classes a path follows: the actor relations
  // (interactions and structural ties), or, when asked, every class,
  // named one by one so that a server whose default skips mentions
  // follows them too.
  const pathClasses = (all) => (all ? config.classes.map((c) => c.name) : ACTOR_CLASSES);

  async function fetchPaths(from, to, all, k) {
    await apiReady;
    const vars = { from, to, classes: pathClasses(all), maxDepth: PATH_MAX_DEPTH };
    const kf = k > 1 ? kPathsField() : null;
    let paths;
    if (kf) {
      const data = await gql(`query ViewerPaths($from: ID!, $to: ID!, $classes: [EdgeClass!], $maxDepth: Int, $k: Int) {
        ${kf.name}(from: $from, to: $to, classes: $classes, maxDepth: $maxDepth, ${kf.k}: $k${nonFactualArg(kf.name)}) { ${pathFields()} } }`, { ...vars, k });
      paths = data[kf.name] || [];
    } else {
      const data = await gql(`query ViewerPath($from: ID!, $to: ID!, $classes: [EdgeClass!], $maxDepth: Int) {
        shortestPath(from: $from, to: $to, classes: $classes, maxDepth: $maxDepth${nonFactualArg('shortestPath')}) { ${pathFields()} } }`, vars);
      paths = data.shortestPath ? [data.shortestPath] : [];
    }
    for (const p of paths) addToStore(p);
    return paths.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) }));
  }

  // resolveActor gives the ID of the actor an input names: the one
  // chosen in the graph, else the best actor hit of a search.
  async function resolveActor(input) {
    if (input.dataset.id && input.value === input.dataset.name) return input.dataset.id;
    const text = input.value.trim();
    if (!text) return '';
    const found = await findHits(text, ['ACTOR']);
    const best = found.ranked[0];
    if (!best) throw new Error(`no actor is called “${text}”`);
    setPathInput(input, best.node.id, best.node.name);
    return best.node.id;
  }

  function setPathInput(input, id, name) {
    input.value = name; input.dataset.id = id; input.dataset.name = name;
  }

  // setPathEnd makes a node one end of the path; with both ends chosen,
  // the path is found.
  function setPathEnd(end, id) {
    setPathInput($('path-' + end), id, nameOf(id));
    if ($('path-from').value && $('path-to').value) findPath();
    else status(`Path ${end} ${nameOf(id)}: choose the other end.`);
  }

  // findPath finds the shortest paths between the actors of the two
  // inputs and draws the first.
  async function findPath(restoring) {
    let from, to;
    try {
      [from, to] = [await resolveActor($('path-from')), await resolveActor($('path-to'))];
    } catch (e) {
      status('Path: ' + e.message, true);
      return null;
    }
    if (!from || !to) { status('Path: choose two actors.', true); return null; }
    const all = $('path-all').checked, k = Number($('path-k').value) || 1;
    state.path = { from, to, all, k };
    status('Finding the path…');
    try {
      state.paths = await fetchPaths(from, to, all, k);
    } catch (e) {
      status('Could not find a path: ' + e.message, true);
      return null;
    }
    if (!restoring) state.pathIndex = 0;
    state.pathIndex = Math.min(state.pathIndex, Math.max(state.paths.length - 1, 0));
    renderPathList();
    if (!state.paths.length) {
      status(`No path of at most ${PATH_MAX_DEPTH} relations links ${nameOf(from)} and ${nameOf(to)}` +
        (all ? '.' : ' through actors; try through statements, events and articles.'), true);
    }
    if (!restoring) await refresh({});
    return state.paths;
  }

  function clearPath() {
    state.path = null; state.paths = []; state.pathIndex = 0;
    for (const id of ['path-from', 'path-to']) { $(id).value = ''; delete $(id).dataset.id; }
    renderPathList();
    refresh({});
  }

  // pathStep describes one relation of a path with its own direction:
  // "Ukraine → warned against → Kremlin", and whether the path runs
  // along it or against it.
  function pathStep(eid, at) {
    const e = store.edges.get(eid), c = CLASS[e.class] || { symmetric: false, group: 'other' };
    const along = e.source === at;
    return el('li', { class: 'step ' + (c.symmetric ? 'both' : along ? 'along' : 'against'), 'data-edge': eid,
      title: c.symmetric ? 'an undirected relation' : along ? 'the relation runs the way of the path' : 'the relation runs against the way of the path',
      onclick: () => select(eid) },
    el('span', { class: 'badge', style: 'background:' + GROUP_COLOR[c.group] }, e.class),
    el('span', { class: 'rel' }, nameOf(e.source), c.symmetric ? ' — ' : ' → ', verbOf(e), c.symmetric ? ' — ' : ' → ', nameOf(e.target)));
  }

  function renderPathList() {
    const ol = $('path-list');
    ol.replaceChildren();
    state.paths.forEach((p, i) => {
      const steps = [];
      p.edges.forEach((eid, j) => steps.push(pathStep(eid, p.nodes[j])));
      ol.append(el('li', { class: 'path' + (i === state.pathIndex ? ' current' : ''), 'data-index': i },
        el('a', { class: 'path-head', onclick: () => { state.pathIndex = i; renderPathList(); refresh({}); } },
          `${state.paths.length > 1 ? `Path ${i + 1}: ` : ''}${plural(p.edges.length, 'step')}`),
        el('div', { class: 'ends' }, nameOf(p.nodes[0]), ' … ', nameOf(p.nodes[p.nodes.length - 1])),
        el('ol', { class: 'steps' }, steps)));
    });
    $('path-clear').hidden = !state.path;
  }

  // ---- Timeline ----

  // The timeline reads its entries TL_PAGE at a time, TL_MAX at most.
  const TL_PAGE = 200; // under the server's complexity limit
  const TL_MAX = 3000;
  function timelineQuery() {
    const t = api.fields.t || new Set();
    const tWhen = ['when', 'actionDate'].filter((f) => t.has(f)).join(' ');
    return `query ViewerTimeline($id: ID!, $first: Int, $after: String) { timeline(id: $id, first: $first, after: $after${nonFactualArg('timeline')}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node {
      date ${tWhen} relation { ${edgeFields()} }
      ${evidenceFields()}
      other { __typename id ... on Actor { name type } ... on Statement { text } ... on Event { name date eventType }
        ... on Object { name } ... on Article { title published } } } } } }`;
  }

  // actionDate is the date an entry's fact is placed at: the action's
  // date when the server gives it, the event's date for taking part in
  // a dated event, else the article's date.
  function actionDate(entry) {
    const ev = entry.evidence || {};
    const o = entry.other || {};
    return entry.when || entry.actionDate || ev.when || ev.actionDate ||
      (o.__typename === 'Event' && o.date) || entry.date || ev.date || '';
  }

  const tl = { id: '', entries: [], total: 0 };

  // refit fits the graph in its area after the area changed size.
  function refit() {
    cy.resize();
    if (cy.nodes().empty()) return;
    cy.fit(cy.elements(), 40);
    if (cy.zoom() > MAX_FIT_ZOOM) { cy.zoom(MAX_FIT_ZOOM); cy.center(); }
  }

  async function openTimeline(id) {
    state.timeline = id;
    const wasHidden = $('timeline').hidden;
    $('timeline').hidden = false;
    if (wasHidden) refit();
    $('tl-title').textContent = 'Timeline of ' + shorten(nameOf(id), 60);
    $('tl-list').replaceChildren(el('li', { class: 'hint' }, 'Loading…'));
    await apiReady;
    // The first page is shown at once; the others are read behind it.
    const read = [];
    tl.id = id; tl.entries = []; tl.total = 0;
    try {
      for (let after = null; read.length < TL_MAX;) {
        const data = await gql(timelineQuery(), { id, first: TL_PAGE, after });
        if (state.timeline !== id) return;
        tl.total = data.timeline.totalCount;
        read.push(...data.timeline.edges);
        tl.entries = read.map((x) => ({ ...x.node, day: actionDate(x.node) }))
          .sort((a, b) => (a.day || '9999') < (b.day || '9999') ? -1 : (a.day || '9999') > (b.day || '9999') ? 1 : 0);
        renderTimeline();
        const pi = data.timeline.pageInfo;
        if (!pi.hasNextPage || !pi.endCursor || !data.timeline.edges.length) break;
        after = pi.endCursor;
      }
    } catch (e) {
      $('tl-list').replaceChildren(el('li', { class: 'hint' }, 'Could not load the timeline: ' + e.message));
      return;
    }
    if (state.timeline !== id) return;
    for (const x of tl.entries) {
      if (x.other) addToStore({ nodes: [x.other] });
    }
    renderTimeline();
    saveURL();
  }

  function closeTimeline() {
    state.timeline = '';
    tl.id = ''; tl.entries = [];
    const wasShown = !$('timeline').hidden;
    $('timeline').hidden = true;
    if (wasShown) refit();
    saveURL();
  }

  const dayNum = (d) => Math.round(Date.parse(d + 'T00:00:00Z') / 86400000);
  const numDay = (n) => new Date(n * 86400000).toISOString().slice(0, 10);

  function inPeriod(day) {
    return (!state.since || day >= state.since) && (!state.until || day <= state.until);
  }

  // renderTimeline draws the histogram of the entries' dates with the
  // period brushed on it, and lists the entries of the period.
  function renderTimeline() {
    if (!tl.id || $('timeline').hidden) return;
    const dated = tl.entries.filter((x) => x.day);
    const shown = tl.entries.filter((x) => !x.day ? !state.since && !state.until : inPeriod(x.day));
    $('tl-count').textContent = `${shown.length} of ${plural(tl.total, 'entry', 'entries')}` +
      (tl.total > tl.entries.length ? ` (the first ${tl.entries.length} read)` : '') +
      (state.since || state.until ? ` · period ${state.since || '…'} to ${state.until || '…'}` : '');
    $('tl-reset').hidden = !state.since && !state.until;
    drawBrush(dated);
    const ul = $('tl-list');
    ul.replaceChildren();
    let lastDay = null;
    for (const x of shown.slice(0, 300)) {
      const e = x.relation, c = CLASS[e.class] || { group: 'other', symmetric: false };
      const o = x.other || {};
      const otherName = shorten(o.name || o.title || (o.text ? '“' + o.text + '”' : o.id || ''), 80);
      const out = e.source === tl.id;
      ul.append(el('li', { class: 'entry', 'data-edge': e.id, 'data-day': x.day || '', onclick: () => { addToStore({ edges: [e] }); if (cy.getElementById(e.id).nonempty()) select(e.id); } },
        el('span', { class: 'day' + (x.day === lastDay ? ' same' : '') }, x.day || 'undated'),
        el('span', { class: 'badge', style: 'background:' + GROUP_COLOR[c.group] }, e.class),
        el('span', { class: 'what' }, out ? shorten(nameOf(tl.id), 40) : otherName, c.symmetric ? ' — ' : ' → ', verbOf(e),
          c.symmetric ? ' — ' : ' → ', out ? otherName : shorten(nameOf(tl.id), 40)),
        modalityTag(x.evidence.modality),
        el('div', { class: 'sentence' }, shorten(x.evidence.sentence, 240),
          el('span', { class: 'src' }, ' · ', articleLink(x.evidence.article)))));
      lastDay = x.day;
    }
    if (!shown.length) ul.append(el('li', { class: 'hint' }, 'No evidence dated in the period.'));
  }

  // The brush: drag across the histogram to choose a period; a click
  // without a drag clears it.
  const brush = { x0: null, dom: null };
  function drawBrush(dated) {
    const svg = $('tl-brush');
    const w = svg.clientWidth || 600, h = 56, pad = 8;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.replaceChildren();
    const NS = 'http://www.w3.org/2000/svg';
    const mk = (tag, attrs) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };
    if (!dated.length) { brush.dom = null; return; }
    let lo = dayNum(dated[0].day), hi = dayNum(dated[dated.length - 1].day);
    if (hi - lo < 6) { lo -= 3; hi += 3; }
    brush.dom = { lo, hi, w, pad };
    const x = (n) => pad + ((n - lo) / (hi - lo)) * (w - 2 * pad);
    const counts = new Map();
    for (const e of dated) counts.set(e.day, (counts.get(e.day) || 0) + 1);
    const max = Math.max(...counts.values());
    const bw = Math.max(2, Math.min(14, (w - 2 * pad) / (hi - lo + 1) - 1));
    for (const [d, n] of counts) {
      const bh = Math.max(2, (n / max) * (h - 22));
      svg.append(mk('rect', { x: x(dayNum(d)) - bw / 2, y: h - 16 - bh, width: bw, height: bh, class: 'bar' + (inPeriod(d) ? '' : ' out') }));
    }
    svg.append(mk('line', { x1: pad, x2: w - pad, y1: h - 16, y2: h - 16, class: 'axis' }));
    for (const [n, anchor] of [[lo, 'start'], [hi, 'end']]) {
      const t = mk('text', { x: x(n), y: h - 3, 'text-anchor': anchor, class: 'tick' });
      t.textContent = numDay(n);
      svg.append(t);
    }
    if (state.since || state.until) {
      const a = state.since ? x(dayNum(state.since)) : pad, b = state.until ? x(dayNum(state.until)) : w - pad;
      svg.append(mk('rect', { x: Math.min(a, b) - 2, y: 2, width: Math.abs(b - a) + 4, height: h - 18, class: 'sel' }));
    }
  }

  function brushDay(clientX) {
    const svg = $('tl-brush'), r = svg.getBoundingClientRect(), d = brush.dom;
    const px = ((clientX - r.left) / r.width) * d.w;
    const n = d.lo + ((px - d.pad) / (d.w - 2 * d.pad)) * (d.hi - d.lo);
    return numDay(Math.round(Math.min(Math.max(n, d.lo), d.hi)));
  }

  function wireBrush() {
    const svg = $('tl-brush');
    svg.addEventListener('pointerdown', (ev) => {
      if (!brush.dom) return;
      brush.x0 = ev.clientX;
      svg.setPointerCapture && svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener('pointermove', (ev) => {
      if (brush.x0 == null || !brush.dom) return;
      const old = svg.querySelector('rect.drag');
      if (old) old.remove();
      const r = svg.getBoundingClientRect(), k = brush.dom.w / r.width;
      const a = (brush.x0 - r.left) * k, b = (ev.clientX - r.left) * k;
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      for (const [key, v] of Object.entries({ x: Math.min(a, b), y: 2, width: Math.abs(b - a), height: 38, class: 'sel drag' })) rect.setAttribute(key, v);
      svg.append(rect);
    });
    svg.addEventListener('pointerup', (ev) => {
      if (brush.x0 == null || !brush.dom) return;
      const x0 = brush.x0;
      brush.x0 = null;
      if (Math.abs(ev.clientX - x0) < 3) { setPeriod('', ''); return; }
      setPeriod(brushDay(Math.min(x0, ev.clientX)), brushDay(Math.max(x0, ev.clientX)));
    });
  }

  // ---- URL state ----

  // saveURL writes the view into the page's URL (after #), so that it
  // can be shared, bookmarked and restored on reload: the search, the
  // roots, the depth, what is unfolded, shown further or removed, the
  // filters, the period, the path, the timeline and the selection.
  function saveURL() {
    if (restoring) return;
    const p = new URLSearchParams();
    const set = (k, v) => { if (v !== '' && v != null) p.set(k, v); };
    set('q', state.query);
    set('r', state.roots.join(','));
    if (state.depth !== 1) set('d', String(state.depth));
    set('u', [...state.unfolded].join(','));
    set('m', [...state.more].map(([id, n]) => id + ':' + n).join(','));
    set('x', [...state.removed].join(','));
    set('k', [...state.hiddenKinds].join(','));
    set('c', [...state.hiddenClasses].join(','));
    set('s', state.since);
    set('t', state.until);
    if (state.nonFactual) set('nf', '1');
    if (state.path) set('p', [state.path.from, state.path.to, state.path.all ? 'all' : '', state.path.k > 1 ? state.path.k : ''].join(',').replace(/,+$/, ''));
    if (state.pathIndex) set('pi', String(state.pathIndex));
    set('tl', state.timeline);
    set('sel', state.selected);
    const hash = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
    if (location.hash.slice(1) !== hash) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  let restoring = false;
  let restoreProblem = '';
  // restoreURL rebuilds the view the URL describes: it fetches what the
  // roots, the unfolded nodes and the path need, then draws it.
  async function restoreURL() {
    const p = new URLSearchParams(location.hash.slice(1));
    const list = (k) => (p.get(k) || '').split(',').filter(Boolean);
    if (![...p.keys()].length) return false;
    restoring = true;
    state.loading = true;
    try {
      state.query = p.get('q') || '';
      $('search-input').value = state.query;
      state.depth = Math.min(Math.max(Number(p.get('d')) || 1, 1), 3);
      state.roots = list('r');
      state.unfolded = new Set(list('u'));
      state.more = new Map(list('m').map((x) => { const i = x.lastIndexOf(':'); return [x.slice(0, i), Number(x.slice(i + 1)) || 0]; }));
      state.removed = new Set(list('x'));
      state.hiddenKinds = new Set(list('k'));
      state.hiddenClasses = new Set(list('c'));
      state.since = p.get('s') || '';
      state.until = p.get('t') || '';
      state.nonFactual = p.get('nf') === '1';
      syncFilterInputs();
      status('Restoring the view…');
      await apiReady;
      // A node the graph no longer holds is left out, and named.
      const missing = [];
      for (const id of state.roots) {
        try {
          await loadRoot(id, state.more.has(id) ? Math.min(1000, 150 + 2 * state.more.get(id)) : undefined);
        } catch (e) {
          missing.push(id);
        }
      }
      state.roots = state.roots.filter((id) => !missing.includes(id));
      for (const id of state.unfolded) {
        try {
          await loadUnfolded(id);
        } catch (e) {
          missing.push(id);
          state.unfolded.delete(id);
        }
      }
      if (missing.length) restoreProblem = `the graph no longer holds ${missing.join(', ')}`;
      const path = list('p');
      if (path.length >= 2) {
        for (const id of path.slice(0, 2)) if (!store.nodes.has(id)) await fetchNeighbourhood(id, 1, ACTOR_CLASSES, 1);
        setPathInput($('path-from'), path[0], nameOf(path[0]));
        setPathInput($('path-to'), path[1], nameOf(path[1]));
        $('path-all').checked = path[2] === 'all';
        $('path-k').value = String(Number(path[3]) || 1);
        state.pathIndex = Number(p.get('pi')) || 0;
        await findPath(true);
      }
      if (state.query) {
        try {
          const found = await findHits(state.query);
          state.hits = found.ranked;
          showResults(found, false);
        } catch (e) { /* the list only; the view is restored without it */ }
      }
    } catch (e) {
      status('Could not restore the view: ' + e.message, true);
    } finally {
      state.loading = false;
    }
    await refresh({ fresh: true, layout: true });
    restoring = false;
    if (restoreProblem) { status('Restored the view without what is missing: ' + restoreProblem + '.', true); restoreProblem = ''; }
    const sel = p.get('sel') || '';
    if (sel && store.edges.has(sel) && cy.getElementById(sel).empty()) addToStore({});
    select(sel);
    if (p.get('tl')) await openTimeline(p.get('tl'));
    saveURL();
    return true;
  }

  // ---- Export ----

  // exportURL is the /export URL of the view: every node shown as a root
  // at depth 0 (the nodes and the relations among them), or, past the
  // server's root limit, the view's roots at its depth; with the class
  // and period filters.
  function exportURL(format) {
    const shown = cy.nodes().not('.more').map((n) => n.id());
    const p = new URLSearchParams({ format });
    if (shown.length && shown.length <= config.maxRoots) {
      for (const id of shown) p.append('root', id);
      p.set('depth', '0');
    } else if (state.roots.length) {
      for (const id of state.roots.slice(0, config.maxRoots)) p.append('root', id);
      p.set('depth', String(state.depth));
    }
    if (state.hiddenClasses.size) {
      const kept = config.classes.map((c) => c.name).filter((c) => !state.hiddenClasses.has(c));
      if (kept.length) p.set('class', kept.join(','));
    }
    if (state.since) p.set('since', state.since);
    if (state.until) p.set('until', state.until);
    if (state.nonFactual) p.set('nonfactual', 'true');
    return config.export + '?' + p.toString();
  }

  function download(href, name) {
    const a = el('a', { href, download: name || '', style: 'display:none' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function exportView(format) {
    if (cy.nodes().not('.more').empty()) {
      status('Nothing to export: the view is empty.', true);
      return null;
    }
    if (state.hiddenClasses.size === config.classes.length) {
      status('Nothing to export: no relation class is selected.', true);
      return null;
    }
    const url = exportURL(format);
    // Check first, so that a refusal is shown here and not saved as a file.
    let resp;
    try {
      resp = await fetch(url, { method: 'HEAD' });
      await resp.text(); // empty; read so that the request completes
    } catch (e) {
      status('Export failed: ' + e.message, true);
      return null;
    }
    if (!resp.ok) {
      const why = await fetch(url).then((r) => r.text()).catch(() => String(resp.status));
      status('Export refused: ' + why.replace(/^newsgraph export: /, ''), true);
      return null;
    }
    download(url);
    status(`Exporting ${format}…`);
    return url;
  }

  function exportPNG() {
    if (cy.nodes().empty()) {
      status('Nothing to export: the view is empty.', true);
      return null;
    }
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    const href = URL.createObjectURL(blob);
    const name = 'newsgraph-' + (state.roots[0] && store.nodes.has(state.roots[0]) ? fold(nameOf(state.roots[0])).replace(/ /g, '-') : 'view') + '.png';
    download(href, name);
    setTimeout(() => URL.revokeObjectURL(href), 10000);
    return blob;
  }

  // ---- Wiring ----

  buildFilters();

  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    search($('search-input').value);
  });
  // The keyboard walks the result list: arrows move, Enter shows the
  // hit chosen, Escape closes the list.
  $('search-input').addEventListener('keydown', (ev) => {
    const ul = $('results');
    if (ev.key === 'Escape') { ul.hidden = true; return; }
    if (ul.hidden || !['ArrowDown', 'ArrowUp', 'Enter'].includes(ev.key)) return;
    const items = [...ul.querySelectorAll('li.hit')].filter((li) => !li.hidden);
    const at = items.findIndex((li) => li.classList.contains('active'));
    if (ev.key === 'Enter') {
      if (at < 0) return; // the form searches
      ev.preventDefault();
      items[at].click();
      return;
    }
    ev.preventDefault();
    const next = ev.key === 'ArrowDown' ? Math.min(at + 1, items.length - 1) : Math.max(at - 1, 0);
    items.forEach((li, i) => li.classList.toggle('active', i === next));
    if (items[next]) items[next].scrollIntoView({ block: 'nearest' });
  });
  $('search-input').addEventListener('focus', () => { if ($('results').children.length > 2) $('results').hidden = false; });
  document.addEventListener('click', (ev) => { if (!$('search').contains(ev.target)) $('results').hidden = true; });
  $('relayout').addEventListener('click', () => layout(true));
  $('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 }));
  $('clear').addEventListener('click', () => {
    cy.elements().remove();
    state.roots = []; state.unfolded.clear(); state.more.clear(); state.removed.clear();
    state.paths = []; state.path = null; state.selected = ''; state.query = '';
    closeTimeline(); renderDetails(null); renderPathList(); render({}); saveURL();
  });
  $('export-png').addEventListener('click', exportPNG);
  $('path-form').addEventListener('submit', (ev) => { ev.preventDefault(); findPath(); });
  $('path-clear').addEventListener('click', clearPath);
  for (const id of ['path-from', 'path-to']) $(id).addEventListener('input', () => { delete $(id).dataset.id; });
  $('tl-close').addEventListener('click', closeTimeline);
  $('tl-reset').addEventListener('click', () => setPeriod('', ''));
  wireBrush();
  new ResizeObserver(() => renderTimeline()).observe($('timeline'));
  $('copy-link').addEventListener('click', async () => {
    saveURL();
    try {
      await navigator.clipboard.writeText(location.href);
      status('Link to this view copied.');
    } catch (e) {
      status('The link to this view is the page’s address: ' + location.href);
    }
  });
  apiReady.then(() => { $('path-k').hidden = !kPathsField(); });
  $('export-download').addEventListener('click', () => exportView($('export-format').value));
  $('nonfactual').addEventListener('change', (ev) => setNonFactual(ev.target.checked));

  cy.on('tap', 'node, edge', (ev) => {
    if (ev.target.hasClass('more') && ev.target.isNode()) { showMore(ev.target.data('of')); return; }
    select(ev.target.id());
  });
  cy.on('tap', (ev) => { if (ev.target === cy) select(''); });
  cy.on('dbltap', 'node', (ev) => { if (!ev.target.hasClass('more')) expand(ev.target.id()); });
  cy.on('mouseover', 'node, edge', (ev) => ev.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (ev) => ev.target.removeClass('hover'));

  summary();
  restoreURL();
  // A view pasted into the address bar of an open page replaces the
  // one shown (the page's own changes use replaceState, which fires no
  // hashchange).
  window.addEventListener('hashchange', async () => {
    restoring = true;
    cy.elements().remove();
    store.nodes.clear(); store.edges.clear(); store.adj.clear(); store.truncated.clear();
    state.paths = []; state.path = null; state.pathIndex = 0; state.hits = [];
    for (const id of ['path-from', 'path-to']) { $(id).value = ''; delete $(id).dataset.id; }
    renderPathList();
    closeTimeline();
    restoring = false;
    if (!(await restoreURL())) { state.roots = []; render({}); renderDetails(null); }
  });

  // idle tells tests that the view is settled: nothing being fetched,
  // laid out or labelled.
  const idle = () => inFlight === 0 && !state.layingOut && !state.labelsPending && !state.loading;

  // For tests and the browser console.
  window.newsgraphViewer = { idle, cy, state, store, search, rankHits, show, expand, showMore, unfold, select, findPath, setPathEnd,
    openTimeline, setPeriod, setNonFactual, exportURL, exportView, exportPNG, fold, placeLabels, layout, render };
})();
