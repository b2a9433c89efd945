-- newsgraph's graph on PostgreSQL, schema version 2 (see SCHEMA.md).
--
-- Every table carries the node ID a row belongs to, so that Citus can
-- distribute all of them by that column in one co-location group: a
-- node's row, its outgoing edges with their evidence, its incoming
-- adjacency, its names and, for an article, its text and indexes sit on
-- one shard. IDs and folded names are compared bytewise (COLLATE "C"),
-- the order of the Reader's scans and of the Badger store's keys.

CREATE TABLE IF NOT EXISTS newsgraph_meta (
    key   text COLLATE "C" PRIMARY KEY,
    value text NOT NULL
);

-- Nodes, distributed by id. data is graph.Node as JSON (the type json
-- keeps the text as written); kind is repeated for ScanNodes.
CREATE TABLE IF NOT EXISTS nodes (
    id   text COLLATE "C" NOT NULL PRIMARY KEY,
    kind text COLLATE "C" NOT NULL,
    data json NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_kind_id ON nodes (kind, id);

-- Article texts, by article id (co-located with nodes), apart from the
-- node so that scans of articles do not read whole texts.
CREATE TABLE IF NOT EXISTS article_texts (
    id   text COLLATE "C" NOT NULL PRIMARY KEY,
    body bytea NOT NULL
);

-- The name index: one row per folded name (graph.Fold) of an actor,
-- distributed by the actor.
CREATE TABLE IF NOT EXISTS aliases (
    actor  text COLLATE "C" NOT NULL,
    folded text COLLATE "C" NOT NULL,
    PRIMARY KEY (actor, folded)
);
CREATE INDEX IF NOT EXISTS aliases_folded ON aliases (folded, actor);

-- Edges without their evidence (heads), which are also the outgoing
-- adjacency: distributed by source. articles, first_day, last_day and
-- modality summarise the evidence (graph.Edge's Articles, First, Last,
-- Modality).
CREATE TABLE IF NOT EXISTS edges (
    source    text COLLATE "C" NOT NULL,
    class     text COLLATE "C" NOT NULL,
    target    text COLLATE "C" NOT NULL,
    id        text COLLATE "C" NOT NULL,
    verb      text NOT NULL,
    articles  integer NOT NULL,
    first_day text NOT NULL,
    last_day  text NOT NULL,
    modality  text NOT NULL,
    PRIMARY KEY (source, class, target)
);
CREATE INDEX IF NOT EXISTS edges_id ON edges (id);
-- A node's links strongest first (graph.CompareStrength), for capped
-- traversals that read a hub's few strongest links, not all of them.
-- It covers everything a link needs (graph.Link: edge, class, far end,
-- support, modality), so that a node's links are an index-only scan of a
-- few consecutive index pages, not one heap page per link (schema
-- version 2; version 1 had edges_rank, without INCLUDE).
CREATE INDEX IF NOT EXISTS edges_strength ON edges (source, articles DESC, class, target) INCLUDE (id, modality);

-- Incoming adjacency, distributed by target: what a node's incoming
-- links need without reading the edge at its source's shard.
CREATE TABLE IF NOT EXISTS in_links (
    target   text COLLATE "C" NOT NULL,
    class    text COLLATE "C" NOT NULL,
    source   text COLLATE "C" NOT NULL,
    id       text COLLATE "C" NOT NULL,
    articles integer NOT NULL,
    modality text NOT NULL,
    PRIMARY KEY (target, class, source)
);
-- A node's incoming links strongest first, covering as edges_strength.
CREATE INDEX IF NOT EXISTS in_links_strength ON in_links (target, articles DESC, class, source) INCLUDE (id, modality);

-- Evidence, distributed by the edge's source (co-located with edges),
-- one row per piece, keyed as graph.MergeEvidence orders them.
CREATE TABLE IF NOT EXISTS evidence (
    source    text COLLATE "C" NOT NULL,
    edge      text COLLATE "C" NOT NULL,
    article   text COLLATE "C" NOT NULL,
    start_off integer NOT NULL,
    end_off   integer NOT NULL,
    sentence  text NOT NULL,
    verb      text NOT NULL,
    pub_date  text NOT NULL,
    modality  text NOT NULL,
    when_day  text NOT NULL,
    PRIMARY KEY (source, edge, article, start_off, end_off)
);
-- The resolutions of the evidence (graph.Evidence.Resolved) as JSON, ''
-- for none; added in place to graphs made before (a constant default
-- rewrites no rows).
ALTER TABLE evidence ADD COLUMN IF NOT EXISTS resolved text NOT NULL DEFAULT '';

-- What each article brought or named (nodes) and gave evidence for
-- (edges, with the edge's source to find it on its shard), distributed
-- by article; and the same node index the other way round, distributed
-- by node, for "which other articles name this node".
CREATE TABLE IF NOT EXISTS article_nodes (
    article text COLLATE "C" NOT NULL,
    node    text COLLATE "C" NOT NULL,
    PRIMARY KEY (article, node)
);
CREATE TABLE IF NOT EXISTS node_articles (
    node    text COLLATE "C" NOT NULL,
    article text COLLATE "C" NOT NULL,
    PRIMARY KEY (node, article)
);
CREATE TABLE IF NOT EXISTS article_edges (
    article text COLLATE "C" NOT NULL,
    edge    text COLLATE "C" NOT NULL,
    source  text COLLATE "C" NOT NULL,
    PRIMARY KEY (article, edge)
);

-- Corrections: the actor an actor merged away, or a name added by hand,
-- now stands for; distributed by the retired id.
CREATE TABLE IF NOT EXISTS redirects (
    id text COLLATE "C" NOT NULL PRIMARY KEY,
    to_id text COLLATE "C" NOT NULL
);
