// Package pgstore keeps newsgraph's knowledge graph in PostgreSQL, laid
// out so that Citus can shard it across machines without rewriting a
// query. It implements the same interfaces as package store (the Badger
// store), graph.EditStore with edge heads and head scans, name scans,
// batched and restricted adjacency, and counts, and passes the same
// conformance suite (graph/graphtest).
//
// The tables, their distribution column and the Citus commands that
// shard them are in SCHEMA.md; schema.sql is embedded and run on Open
// (CREATE … IF NOT EXISTS), which records the schema version in
// newsgraph_meta and refuses a database with another.
//
// # Writes
//
// Ingest plans an article as the Badger store does (graph.NormalizeBatch,
// redirects, graph.Resolve against the name index, merging with stored
// actors and edges) and writes it in one transaction, one statement per
// table from arrays (INSERT … SELECT FROM unnest, sent in one round
// trip): readers see all of an article or none of it, and an article
// that fails leaves nothing. Writers take a transaction-level advisory
// lock (one per schema) and so go one at a time, in this process or any
// other sharing the database: an article's actor resolution must see
// every actor stored before it. Readers are never blocked.
//
// With Options.BulkLoad (newsgraph ingest), Ingest's transactions
// commit without waiting for the disk (synchronous_commit off) and Close
// waits for all of them: waiting for the disk after each article was
// four fifths of the time of a bulk load.
//
// The corrections (MergeActors, AddAlias, RemoveAlias, DeleteArticle)
// follow the Badger store's rules (store/edit.go), each in one
// transaction under the same lock.
//
// # Reads
//
// A single read is one statement, so it sees one snapshot: an edge with
// its evidence is a join on the edge's source, both tables being
// distributed by it; a node's adjacency is a UNION ALL of its outgoing
// edges and its incoming links, both at the node's shard. Scans page by
// ID (keyset paging, pageSize rows a page) and call back between pages
// without holding a connection, so each page is a snapshot of its own.
//
// StrongestLinks (graph.RankedAdjacencyReader) reads a node's links
// strongest first from the strength indexes, which cover the links
// (index-only scans): the first few of every node in one statement, then
// more of the nodes whose visit goes on, in batches that double. Links
// carry their edge's support and most factual modality, so traversals
// rank them and leave non-factual edges out without reading edges.
// Each call being a round trip (graph.RoundTripReader), a capped
// neighbourhood reads the edges among its nodes with one StrongestAmong
// (graph.StrongestAmongReader): the server finds them, sorts them and
// returns the few hundred the edge cap keeps.
//
// Copy support (graph.ProvenanceReader, graph.Loader) reads the article
// → node index and the redirects, and loads another store's graph as it
// is, a page per transaction with its checkpoint in newsgraph_meta.
//
// Counts counts rows (GROUP BY) rather than keeping counters, so that
// writers share no hot row.
//
// Text columns cannot hold NUL bytes or invalid UTF-8: Ingest refuses
// such batches as Invalid, naming the article. Article texts are kept as
// bytes.
package pgstore
