// newsgraph network viewer: finds actors through the GraphQL API, draws
// their neighbourhoods with Cytoscape.js (fcose layout), expands nodes,
// filters by node kind, relation class and period, shows the evidence of
// the selection and exports the view. Everything it loads comes from the
// server that serves the page.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('newsgraph-config').textContent);
  cytoscape.use(cytoscapeFcose);

  // Colours: nodes by kind, actors by type, relations by class group.
  const KIND_COLOR = { actor: '#4e79a7', statement: '#f28e2b', event: '#e15759', object: '#59a14f', article: '#9c9c9c' };
  const TYPE_COLOR = { person: '#4e79a7', organization: '#76b7b2', country: '#b07aa1', group: '#d4a72c' };
  const KIND_SHAPE = { actor: 'ellipse', statement: 'round-rectangle', event: 'diamond', object: 'hexagon', article: 'rectangle' };
  const KIND_SIZE = { actor: 34, statement: 22, event: 26, object: 24, article: 20 };
  const GROUP_COLOR = { cooperation: '#2e7d32', conflict: '#c62828', request: '#ef6c00', structure: '#546e7a', other: '#a0a8b0' };
  const GROUP_LABEL = { cooperation: 'Cooperation', conflict: 'Conflict', request: 'Requests', structure: 'Roles and family', other: 'Speech, events, mentions' };
  const KIND_LABEL = { actor: 'Actors', statement: 'Statements', event: 'Events', object: 'Objects', article: 'Articles' };
  // QUIET_EDGES is how many relations a view may show with all their
  // labels; past it, only those around the selection are labelled.
  const QUIET_EDGES = 60;
  const CLASS = {};
  for (const c of config.classes) CLASS[c.name] = c;

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

  // ---- GraphQL ----

  const ARTICLE = 'id title url publisher published';
  const NODE_FIELDS = `__typename id
    ... on Actor { name type aliases }
    ... on Statement { text speaker { id name } article { ${ARTICLE} } }
    ... on Event { name eventType date place article { ${ARTICLE} } }
    ... on Object { name objectType attributes { key value } article { ${ARTICLE} } }
    ... on Article { title url publisher published }`;
  const EDGE_FIELDS = `id source target class verb support firstSeen lastSeen
    evidence { sentence verb date article { ${ARTICLE} } }`;
  const Q_ACTORS = `query ViewerFindActors($name: String!) {
    actors(filter: { name: $name }, first: 20) { totalCount edges { node { id name type aliases } } } }`;
  const Q_NEIGHBORHOOD = `query ViewerNeighborhood($id: ID!, $depth: Int) {
    neighborhood(id: $id, depth: $depth) { truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`;

  async function gql(query, variables) {
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
        label: 'data(short)', 'font-size': 11, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 130, 'text-outline-color': '#fbfcfd', 'text-outline-width': 2,
        'border-width': 1.5, 'border-color': '#ffffff', 'min-zoomed-font-size': 6 } },
      { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold' } },
      { selector: 'node.loading', style: { 'border-style': 'dashed', 'border-color': '#1565c0', 'border-width': 3 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)', 'arrow-scale': 0.9, 'curve-style': 'bezier', opacity: 0.85,
        label: 'data(class)', 'font-size': 8, color: '#4a5561', 'text-rotation': 'autorotate',
        'text-background-color': '#fbfcfd', 'text-background-opacity': 0.9, 'text-background-padding': 1,
        'min-zoomed-font-size': 7 } },
      { selector: 'edge.structure', style: { 'line-style': 'dashed' } },
      { selector: 'node:selected', style: { 'border-color': '#1565c0', 'border-width': 4, 'overlay-opacity': 0 } },
      { selector: 'edge:selected', style: { 'line-color': '#1565c0', 'target-arrow-color': '#1565c0', width: 4, opacity: 1, color: '#1565c0', 'font-weight': 'bold' } },
      // In a crowded view relations are labelled only around the selection.
      { selector: 'edge.quiet', style: { 'text-opacity': 0 } },
      { selector: 'edge.quiet.near, edge.quiet:selected', style: { 'text-opacity': 1 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });

  const state = {
    roots: [], // node IDs the view was built from: searched and expanded
    depth: 1,
    truncated: false,
    hiddenKinds: new Set(),
    hiddenClasses: new Set(),
    since: '',
    until: '',
    query: '', // the last search
    hits: [], // its ranked hits
  };

  function nodeData(n) {
    const kind = n.__typename.toLowerCase();
    const d = { id: n.id, kind, info: n, shape: KIND_SHAPE[kind] || 'ellipse', size: KIND_SIZE[kind] || 24 };
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
    d.short = shorten(d.label, kind === 'actor' ? 40 : 34);
    return d;
  }

  function edgeData(e) {
    const c = CLASS[e.class] || { group: 'other', symmetric: false };
    const dates = e.evidence.map((ev) => ev.date).filter(Boolean);
    return {
      id: e.id, source: e.source, target: e.target, class: e.class, info: e, dates,
      color: GROUP_COLOR[c.group], arrow: c.symmetric ? 'none' : 'triangle',
      width: 1.5 + Math.min(e.support, 5) * 0.7,
    };
  }

  // merge adds a subgraph's nodes and edges to the view, placing new
  // nodes around near, and returns how many elements were new.
  function merge(sub, near) {
    const added = [];
    const center = near && near.length ? near.position() : null;
    let i = 0;
    for (const n of sub.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      const item = { group: 'nodes', data: nodeData(n) };
      if (center) {
        const a = (2 * Math.PI * i++) / Math.max(sub.nodes.length, 1);
        item.position = { x: center.x + 80 * Math.cos(a), y: center.y + 80 * Math.sin(a) };
      }
      added.push(item);
    }
    for (const e of sub.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      added.push({ group: 'edges', data: edgeData(e), classes: CLASS[e.class] && CLASS[e.class].group === 'structure' ? 'structure' : '' });
    }
    cy.add(added);
    state.truncated = state.truncated || sub.truncated;
    return added.length;
  }

  function markRoots() {
    cy.nodes().removeClass('root');
    for (const id of state.roots) cy.getElementById(id).addClass('root');
  }

  let layoutRun = null;
  function layout(randomize) {
    const eles = cy.elements().not('.hidden');
    if (layoutRun) layoutRun.stop();
    if (eles.nodes().length === 0) return;
    layoutRun = eles.layout({
      name: 'fcose', quality: 'default', randomize: !!randomize, animate: !randomize, animationDuration: 450,
      fit: true, padding: 50, nodeDimensionsIncludeLabels: true, packComponents: true,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 95, edgeElasticity: () => 0.45, nodeSeparation: 80,
    });
    layoutRun.run();
  }

  // ---- Status ----

  function status(msg, isError) {
    const s = $('status');
    s.textContent = msg || '';
    s.classList.toggle('error', !!isError);
  }

  function summary() {
    const n = cy.nodes().not('.hidden').length, e = cy.edges().not('.hidden').length;
    const hidden = cy.elements('.hidden').length;
    let msg = `${n} node${n === 1 ? '' : 's'}, ${e} relation${e === 1 ? '' : 's'}`;
    if (hidden) msg += ` · ${hidden} hidden by filters`;
    if (state.truncated) msg += ' · neighbourhood cut at the server’s limit';
    status(cy.nodes().length ? msg : '');
    $('empty').hidden = cy.nodes().length > 0;
  }

  // ---- Search ----

  // SEARCH_FIRST is how many hits a search asks for: enough that an
  // actor whose name many share (Griffin) is among them when the API
  // ranks ties by ID, few enough to rank them here by their degree.
  const SEARCH_FIRST = 60;
  // SEARCH_GROUP is how many hits of each kind the result list shows
  // before its "n more" line.
  const SEARCH_GROUP = 6;
  const KIND_RANK = { actor: 0, event: 1, object: 2, statement: 3, article: 4 };
  const Q_SEARCH = `query ViewerSearch($q: String!, $first: Int) {
    search(query: $q, first: $first) { score field matched node {
      __typename id
      ... on Actor { name type aliases relations(first: 0) { totalCount } }
      ... on Statement { text speaker { id name } }
      ... on Event { name eventType date }
      ... on Object { name objectType }
      ... on Article { title published } } } }`;

  // rankHits orders search hits best first: by the API's score, then,
  // among hits that match equally well, the most connected (an actor's
  // relations) and the kinds an analyst looks for first (actors before
  // events, statements and articles), then in the API's order.
  function rankHits(hits) {
    const ranked = hits.map((h, i) => {
      const kind = h.node.__typename.toLowerCase();
      const degree = h.node.relations ? h.node.relations.totalCount : 0;
      return { ...h, kind, degree, order: i };
    });
    ranked.sort((a, b) => (Math.abs(b.score - a.score) > 0.005 ? b.score - a.score : 0) ||
      b.degree - a.degree || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order);
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
      case 'actor': return [(n.type || '').toLowerCase(), `${h.degree} relation${h.degree === 1 ? '' : 's'}`, matched].filter(Boolean).join(' · ');
      case 'statement': return n.speaker ? n.speaker.name : 'unknown speaker';
      case 'event': return [n.eventType, n.date].filter(Boolean).join(' · ');
      case 'object': return n.objectType || '';
      case 'article': return n.published || '';
    }
    return '';
  }

  let searchSeq = 0;
  // search looks the words up through the API's search, lists the hits
  // grouped by kind and draws the neighbourhood of the best one.
  async function search(query) {
    query = query.trim();
    if (!query) return null;
    const seq = ++searchSeq;
    state.query = query;
    status('Looking for “' + query + '”…');
    let data;
    try {
      data = await gql(Q_SEARCH, { q: query, first: SEARCH_FIRST });
    } catch (e) {
      status('Search failed: ' + e.message, true);
      return null;
    }
    if (seq !== searchSeq) return null;
    const ranked = rankHits(data.search);
    state.hits = ranked;
    showResults(ranked, data.search.length >= SEARCH_FIRST);
    if (ranked.length === 0) {
      status('Nothing is called “' + query + '”.', true);
      return null;
    }
    const best = ranked[0];
    await show(best.node.id, false);
    return best;
  }

  function showResults(ranked, capped) {
    const ul = $('results');
    ul.replaceChildren();
    if (ranked.length <= 1) {
      ul.hidden = true;
      return;
    }
    const groups = groupHits(ranked);
    ul.append(el('li', { class: 'summary' }, `${ranked.length}${capped ? '+' : ''} found: ` +
      groups.map((g) => `${g.hits.length} ${(KIND_LABEL[g.kind] || g.kind).toLowerCase()}`).join(', ')));
    for (const g of groups) {
      ul.append(el('li', { class: 'group', 'data-kind': g.kind },
        el('span', { class: 'swatch ' + g.kind, style: 'background:' + KIND_COLOR[g.kind] }),
        KIND_LABEL[g.kind] || g.kind, el('span', { class: 'count' }, String(g.hits.length))));
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
    }
    ul.hidden = false;
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

  // show draws the neighbourhood of id, in place of the view or, with
  // add, into it.
  async function show(id, add) {
    state.depth = Number($('depth').value) || 1;
    status('Loading the neighbourhood…');
    let data;
    try {
      data = await gql(Q_NEIGHBORHOOD, { id, depth: state.depth });
    } catch (e) {
      status('Could not load the neighbourhood: ' + e.message, true);
      return;
    }
    if (!add) {
      cy.elements().remove();
      state.roots = [];
      state.truncated = false;
    }
    if (!state.roots.includes(id)) state.roots.push(id);
    merge(data.neighborhood, null);
    markRoots();
    refreshFilters();
    applyFilters();
    layout(true);
    const root = cy.getElementById(id);
    cy.elements().unselect();
    root.select();
    renderDetails(root);
    summary();
  }

  // expand fetches the neighbourhood of a node in view and merges it.
  async function expand(id) {
    const node = cy.getElementById(id);
    if (node.empty()) return 0;
    node.addClass('loading');
    status('Expanding ' + node.data('short') + '…');
    let data;
    try {
      data = await gql(Q_NEIGHBORHOOD, { id, depth: 1 });
    } catch (e) {
      node.removeClass('loading');
      status('Could not expand: ' + e.message, true);
      return 0;
    }
    node.removeClass('loading');
    if (!state.roots.includes(id)) state.roots.push(id);
    const n = merge(data.neighborhood, node);
    markRoots();
    refreshFilters();
    applyFilters();
    if (n) layout(false);
    summary();
    if (!n) status(node.data('short') + ' has no further neighbours. ' + $('status').textContent);
    return n;
  }

  // ---- Filters and legend ----

  function buildFilters() {
    const kinds = $('kind-filters');
    for (const k of config.kinds) {
      const box = el('input', { type: 'checkbox', checked: true, 'data-kind': k, onchange: (ev) => {
        if (ev.target.checked) state.hiddenKinds.delete(k); else state.hiddenKinds.add(k);
        applyFilters(); summary();
      } });
      kinds.append(el('li', { 'data-kind': k }, el('label', {}, box,
        el('span', { class: 'swatch ' + k, style: 'background:' + KIND_COLOR[k] }), KIND_LABEL[k] || k),
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
          applyFilters(); summary();
        } });
        classes.append(el('li', { 'data-class': c.name }, el('label', { title: c.symmetric ? 'undirected' : 'directed' }, box,
          c.name.toLowerCase().replace(/_/g, ' ')), el('span', { class: 'count' }, '0')));
      }
    }
    const setAll = (on) => {
      state.hiddenClasses = on ? new Set() : new Set(config.classes.map((c) => c.name));
      for (const b of classes.querySelectorAll('input')) b.checked = on;
      applyFilters(); summary();
    };
    $('classes-all').addEventListener('click', () => setAll(true));
    $('classes-none').addEventListener('click', () => setAll(false));
    for (const id of ['since', 'until']) {
      $(id).addEventListener('change', () => { state[id] = $(id).value; applyFilters(); summary(); });
    }
    for (const f of config.formats) {
      $('export-format').append(el('option', { value: f.name, title: f.description }, f.name));
    }
  }

  // refreshFilters shows how many nodes of each kind and relations of
  // each class the view holds, and the period its evidence spans.
  function refreshFilters() {
    const kinds = {}, classes = {};
    let min = '', max = '';
    cy.nodes().forEach((n) => { kinds[n.data('kind')] = (kinds[n.data('kind')] || 0) + 1; });
    cy.edges().forEach((e) => {
      classes[e.data('class')] = (classes[e.data('class')] || 0) + 1;
      for (const d of e.data('dates')) {
        if (!min || d < min) min = d;
        if (!max || d > max) max = d;
      }
    });
    for (const li of $('kind-filters').children) {
      const n = kinds[li.dataset.kind] || 0;
      li.querySelector('.count').textContent = n;
      li.classList.toggle('absent', n === 0);
    }
    // Only the classes in view are listed, under their groups; with
    // nothing in view, every class is.
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
      li.hidden = !empty && n === 0;
      groupSeen = groupSeen || !li.hidden;
    }
    closeGroup();
    for (const id of ['since', 'until']) {
      $(id).min = min; $(id).max = max;
    }
    $('since').placeholder = min; $('until').placeholder = max;
  }

  function inPeriod(dates) {
    if (!state.since && !state.until) return true;
    return dates.some((d) => (!state.since || d >= state.since) && (!state.until || d <= state.until));
  }

  // applyFilters hides nodes of unchecked kinds, relations of unchecked
  // classes or outside the period, and nodes other than the roots that
  // are left with no relation shown.
  function applyFilters() {
    cy.batch(() => {
      cy.elements().removeClass('hidden');
      cy.nodes().forEach((n) => { if (state.hiddenKinds.has(n.data('kind'))) n.addClass('hidden'); });
      cy.edges().forEach((e) => {
        if (state.hiddenClasses.has(e.data('class')) || !inPeriod(e.data('dates')) ||
            e.source().hasClass('hidden') || e.target().hasClass('hidden')) e.addClass('hidden');
      });
      const edgesFiltered = state.hiddenClasses.size > 0 || state.since || state.until || state.hiddenKinds.size > 0;
      if (edgesFiltered) {
        cy.nodes().forEach((n) => {
          if (!n.hasClass('root') && n.connectedEdges().not('.hidden').empty()) n.addClass('hidden');
        });
      }
    });
    const sel = cy.$(':selected');
    if (sel.nonempty() && sel.hasClass('hidden')) { sel.unselect(); renderDetails(null); }
    const shown = cy.edges().not('.hidden');
    cy.edges().toggleClass('quiet', shown.length > QUIET_EDGES);
  }

  function markNear(ele) {
    cy.edges('.near').removeClass('near');
    if (ele && ele.nonempty() && ele.isNode()) ele.connectedEdges().addClass('near');
  }

  // ---- Details ----

  function kindLine(kind, extra, color) {
    return el('div', { class: 'kind' }, el('span', { class: 'swatch ' + kind, style: 'background:' + color }),
      [kind, extra].filter(Boolean).join(' · '));
  }

  function articleLink(a) {
    if (!a) return null;
    const title = a.title || a.id;
    return a.url ? el('a', { class: 'article', href: a.url, target: '_blank', rel: 'noopener noreferrer' }, title)
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

  function nodeLink(id) {
    const n = cy.getElementById(id);
    const label = n.nonempty() ? n.data('label') : id;
    return el('a', { onclick: () => { cy.elements().unselect(); n.select(); renderDetails(n); }, title: 'Select' }, shorten(label, 60));
  }

  function renderDetails(ele) {
    markNear(ele);
    const body = $('details-body');
    body.replaceChildren();
    body.className = 'details';
    if (!ele || ele.empty()) {
      body.className = 'details-empty';
      body.append(el('p', {}, 'Nothing selected.'),
        el('p', { class: 'hint' }, 'Select a relation to read the sentences it was read from, with links to their articles.'));
      return;
    }
    if (ele.isEdge()) return renderEdge(body, ele);
    const d = ele.data(), n = d.info;
    body.append(kindLine(d.kind, d.type, d.color), el('h2', {}, d.kind === 'statement' ? 'Statement' : d.label));
    switch (d.kind) {
      case 'actor':
        body.append(el('h3', {}, 'Also known as'),
          n.aliases && n.aliases.length ? el('ul', { class: 'aliases-list' }, n.aliases.map((a) => el('li', {}, a)))
            : el('p', { class: 'hint' }, 'No other names seen.'));
        break;
      case 'statement':
        body.append(el('blockquote', { class: 'quote' }, n.text),
          dl([['Speaker', n.speaker ? (cy.getElementById(n.speaker.id).nonempty() ? nodeLink(n.speaker.id) : n.speaker.name) : 'unknown'],
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
    const edges = ele.connectedEdges().not('.hidden');
    body.append(dl([['Relations', `${edges.length} shown`], ['ID', d.id]]));
    body.append(el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => expand(d.id) }, 'Expand neighbours'),
      el('button', { type: 'button', onclick: () => { cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 }); } }, 'Centre'),
      el('button', { type: 'button', onclick: () => removeNode(d.id) }, 'Remove')));
  }

  function renderEdge(body, ele) {
    const d = ele.data(), e = d.info, c = CLASS[d.class] || { group: 'other' };
    body.append(el('div', { class: 'kind' }, 'relation'),
      el('h2', {}, el('span', { class: 'badge', style: 'background:' + GROUP_COLOR[c.group] }, d.class)),
      el('p', { class: 'ends' }, nodeLink(e.source), c.symmetric ? ' — ' : ' → ', nodeLink(e.target)),
      dl([['Verb', e.verb], ['Support', `${e.support} article${e.support === 1 ? '' : 's'}`],
        ['Seen', e.firstSeen ? (e.firstSeen === e.lastSeen ? e.firstSeen : `${e.firstSeen} to ${e.lastSeen}`) : null], ['ID', e.id]]),
      el('h3', {}, `Evidence (${e.evidence.length})`),
      el('ul', { class: 'evidence' }, e.evidence.map((ev) => el('li', {},
        el('blockquote', {}, ev.sentence),
        el('div', { class: 'src' }, articleLink(ev.article), articleMeta(ev.article) ? ' · ' + articleMeta(ev.article) : '',
          ev.verb ? ` · “${ev.verb}”` : '')))));
  }

  function removeNode(id) {
    cy.getElementById(id).remove();
    state.roots = state.roots.filter((r) => r !== id);
    renderDetails(null);
    refreshFilters();
    applyFilters();
    summary();
  }

  // ---- Export ----

  // exportURL is the /export URL of the view: every node shown as a root
  // at depth 0 (the nodes and the relations among them), or, past the
  // server's root limit, the view's roots at its depth; with the class
  // and period filters.
  function exportURL(format) {
    const shown = cy.nodes().not('.hidden').map((n) => n.id());
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
    return config.export + '?' + p.toString();
  }

  function download(href, name) {
    const a = el('a', { href, download: name || '', style: 'display:none' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function exportView(format) {
    if (cy.nodes().not('.hidden').empty()) {
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
    if (cy.nodes().not('.hidden').empty()) {
      status('Nothing to export: the view is empty.', true);
      return null;
    }
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    const href = URL.createObjectURL(blob);
    const root = cy.getElementById(state.roots[0] || '');
    const name = 'newsgraph-' + (root.nonempty() ? fold(root.data('label')).replace(/ /g, '-') : 'view') + '.png';
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
  $('search-input').addEventListener('keydown', (ev) => { if (ev.key === 'Escape') $('results').hidden = true; });
  document.addEventListener('click', (ev) => { if (!$('search').contains(ev.target)) $('results').hidden = true; });
  $('relayout').addEventListener('click', () => layout(true));
  $('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 50 } }, { duration: 300 }));
  $('clear').addEventListener('click', () => {
    cy.elements().remove(); state.roots = []; state.truncated = false;
    renderDetails(null); refreshFilters(); summary();
  });
  $('export-png').addEventListener('click', exportPNG);
  $('export-download').addEventListener('click', () => exportView($('export-format').value));

  cy.on('tap', 'node, edge', (ev) => {
    cy.elements().unselect();
    ev.target.select();
    renderDetails(ev.target);
  });
  cy.on('tap', (ev) => { if (ev.target === cy) renderDetails(null); });
  cy.on('dbltap', 'node', (ev) => { expand(ev.target.id()); });

  summary();

  // For tests and the browser console.
  window.newsgraphViewer = { cy, state, search, rankHits, show, expand, exportURL, exportView, exportPNG, fold };
})();
