// Package store keeps newsgraph's knowledge graph in a Badger database on
// disk. It implements graph.Store: Ingest writes one extracted article (a
// graph.Batch) all or nothing, merging its actors into stored ones and its
// edges' evidence into stored edges; the Reader methods serve the GraphQL
// resolvers, the traversals of package graph and the exporters.
//
// Only one process may open a database directory for writing: Badger
// holds an exclusive lock on it, and Open reports "database DIR is in use
// by another process". A read-only Open takes a shared lock, so several
// read-only processes may share a directory, but not with a writer; CLI
// commands that read a database a server holds go through the server.
//
// # Key layout
//
// Keys are ASCII paths separated by '/'. Node and edge IDs never contain
// '/' (Ingest rejects batches whose IDs do), and folded names never do
// (graph.Fold turns punctuation into spaces), so every prefix below ends
// where its '/' says. Keys sort bytewise, which for IDs is the ID order of
// the Reader's scans.
//
//	meta/format                      → format version, ASCII ("11")
//	meta/drop6                       → present while format 6's keys are still to be dropped (migrate7.go)
//	meta/drop7                       → present while format 7's k/ keys of prefixed IDs are still to be dropped (migrate8.go)
//	meta/fill8                       → present while some nodes may still lack their rank/<node>/ record (migrate9.go)
//	meta/drop9                       → present while format 9's ord/f/ keys are still to be dropped (migrate10.go)
//	meta/drop10                      → present while format 10's out/ and in/ keys of edges of support 1
//	                                   are still to be dropped (migrate11.go)
//	meta/copy                        → checkpoint of a copy into this database (copy.go, newsgraph migrate)
//	n/<node id>                      → node, JSON of graph.Node
//	k/<kind>/<node id>               → empty; the kind index for ScanNodes, only for a node
//	                                   whose ID does not start with its kind's prefix
//	                                   (graph.KindPrefix); the others are found under n/<prefix>
//	e/<edge id>                      → edge head: graph.Edge's JSON without evidence,
//	                                   with a summary of it (articles, first, last, modality);
//	                                   or, for a head that holds the evidence of the article
//	                                   that created the edge, a 0x02 byte, the JSON's length
//	                                   (uvarint), the JSON, then each piece: its ev/ key's
//	                                   suffix (<article>/<start>/<end>) and its ev/ value,
//	                                   each as a uvarint length and the bytes
//	ev/<edge id>/<article id>/<start>/<end> → one piece of the edge's evidence that its head
//	                                   does not hold: a 0x01 byte,
//	                                   then sentence, verb and date, and, unless the piece is
//	                                   asserted and undated, modality and when, then, when
//	                                   it has any, its resolutions as JSON, each a uvarint
//	                                   length and the bytes (or, as first written, JSON of
//	                                   {sentence, verb, date}); offsets in ten zero-padded digits
//	out/<source>/<class>/<target>    → edge id, then a 0 byte and the number of articles
//	                                   supporting the edge (uvarint), then, unless the edge's
//	                                   most factual modality is asserted, that modality's
//	                                   graph.Modality.Rank as one byte; outgoing adjacency,
//	                                   only for an edge of support other than 1 (format 11)
//	in/<target>/<class>/<source>     → the same; incoming adjacency
//	rank/<node>/                     → the node's record: the same bytes as n/<node> (format 9)
//	rank/<node>/<support>/<class>/<far end>/<i|o> → edge id (then, unless the edge is asserted, a 0 byte
//	                                   and its modality's rank, as in out/); the node's links strongest first:
//	                                   support inverted (0xffffffff − articles, eight hex digits),
//	                                   then 'o' when the node is the stored source, 'i' when the target
//	ord/r/support/<class>/<key>/<edge id> → empty for an asserted edge, else its most factual
//	                                   modality's rank as one byte; a class's relations by support:
//	                                   <key> graph.EdgeKey (support in ten digits)
//	ord/r/seen/<class>/<day>/<edge id>/<flag> → as ord/r/support/; a class's relations by first and
//	                                   by last seen: <day> graph.EdgeKey, flag '=' when the first-seen
//	                                   and last-seen keys are one day (the key serves both lists),
//	                                   else one key 'f' at the first-seen day, one 'l' at the last
//	ord/n/<kind>/<date>/<node id>    → empty; articles by date, statements by their article's date,
//	                                   events by their date (graph.DayStart)
//	alias/<graph.Fold(name)>/<actor> → empty; one key per name and alias of an actor
//	text/<article id>                → the article's full text, raw bytes
//	ap/<article id>                  → the nodes the article brought or named and the edges it
//	                                   gave evidence for: a 1 byte, then each list as its length
//	                                   and each ID's length (uvarints) and bytes, sorted
//	count/all                        → every counter: a 1 byte, then for each counter not zero,
//	                                   in name order, the name's length (uvarint), the name and
//	                                   the count (uvarint); names node/<kind>, edge/<class> and
//	                                   mod/<class>/<rank> (edges of that class whose most factual
//	                                   modality has that graph.Modality.Rank)
//	redirect/<actor id>              → actor id; see Corrections below
//	pending/<article id>             → "staging" or "applying"; see below
//	stage/<article id>/<key>         → value to write under <key>; see below
//	stage/<article id>/-del/<key>    → empty; <key> is to be deleted; see below
//
// The article node lives under n/ like any other node; its ID is
// graph.ArticleID(text), a digest of the text, so n/<article id> is also
// the "article by content hash" index that makes re-ingesting a text a
// no-op. The text is kept apart from the node (text/) so that scans of
// articles do not drag whole texts along.
//
// Adjacency keys carry everything a traversal needs (class, far end and
// support), so Adjacent is a prefix scan of small index entries that
// never loads an edge, and a traversal capped to the strongest links
// ranks them from the scan. The support is rewritten with the head's
// summary (Ingest when an article adds to an edge, corrections when they
// change its evidence); values written before it was kept hold the edge
// ID alone, and traversals then read the head. Since a class's links
// sort by far end, AdjacentAmong finds the links among a set of nodes by
// walking them and the sorted set side by side, seeking past runs of
// links to other nodes (the thousands of articles that mention a hub).
//
// The rank/ keys (format 3) list a node's links again, in both
// directions and of every class, ordered by support, descending, then
// class, far end and direction: graph.CompareStrength's order. A capped
// traversal (graph.RankedAdjacencyReader) reads a hub's 150 strongest
// links from the first 150 keys under its prefix, where out/ and in/
// make it read and rank all 30,000. The edges among a capped
// neighbourhood's nodes come from the same keys (StrongestAmong): each
// node's are read only down to a floor under the weakest edge kept. The support is in the key, so an
// edge that gains an article moves: Ingest and the corrections delete
// the key for the old support and write the one for the new in the same
// transaction as the head, reading the old support from the head
// (Ingest) or the edge (corrections) they read anyway; no extra read.
// Open upgrades a format 2 database in place (store/migrate.go): one
// pass over the out/ keys writes both rank/ keys of every edge, first
// giving a head without a summary its summary; the writes are
// idempotent, and meta/format says 3 only once all are done, so a crash
// part way is finished by the next Open. A read-only Open refuses a
// format 2 database until then.
//
// The ord/ keys (format 4) keep the orders lists are asked for
// (graph.OrderedReader): relations by support, first and last seen, and
// articles and statements by date, so that the first 20 relations by
// support read 20 keys and heads instead of loading and sorting every
// relation. They change with the edge's summary, so they are written
// and deleted beside the rank/ keys, from the same old and new summary;
// the article and statement keys when the node is created or deleted
// (statements belong to one article, whose date does not change). Open
// upgrades a format 3 database with one pass over the articles and
// statements (migrateV3; the relations' keys are written by the next
// step, in format 5's layout); a format 2 or 1 database goes through
// each step in turn.
//
// Format 5 keeps the relation orders per class (ord/r/, where format 4
// had one list of every class under ord/e/), with the edge's most
// factual modality as the value, and counts edges by class and modality
// (count/mod/): the default list of relations shows the facts, and a
// list of one class asks for that class, so the global list read and
// dropped the rest: a rare class read thousands of keys for a page, and
// the total of the facts was unknown. A list of several classes, or of
// all, merges the classes' scans (one iterator each, at most 21); an
// edge of a modality not asked for is passed over from its key's value,
// without reading its head. The keys change with the edge's summary
// (support, dates, modality) beside the rank/ keys; the counters with
// the edge's modality, in the same transaction. Open upgrades a format 4
// database by dropping the ord/e/ keys and writing every edge's ord/r/
// keys and the counters in one pass over the heads (migrateV4).
//
// Format 6 adds one order of the facts of every class by support
// (ord/f/support/<key>/<edge>, for the edges whose most factual
// modality is a fact), so that the default list of relations reads one
// prefix in order instead of merging 21 classes' lists (each Badger
// iterator seeks in every memtable and level-0 table), and the events by
// date (ord/n/event/<date>/<event>, a coarse date as its first day, so
// that the keys sort as the dates). The ord/f/ keys change with the
// edge's summary beside the ord/r/ keys (putAdjacency, deleteAdjacency);
// an event's key is written with the event and deleted with it. Open
// upgrades a format 5 database with one pass over the heads and one over
// the events (migrateV5).
//
// A symmetric edge (graph.EdgeClass.Symmetric) is stored once, oriented
// by graph.Orient, with one out/ and one in/ key; Adjacent lists
// it under both Out and In from either end, since A CONSULT B is also
// B CONSULT A. Link.Outgoing still says whether the scanned node is the
// stored source.
//
// An edge's evidence has a key per piece, not a place in the edge's value
// (format 1 kept it there): adding an article to an edge that thousands
// of articles support writes the article's pieces and reads only the
// head, where format 1 read, decoded and rewrote every piece each time, so
// ingest slowed down as hubs grew. ev/ keys sort by edge, then article,
// then offsets, which is graph.MergeEvidence's order, so an edge is read
// back with one seek and a short scan, and ScanEdges walks heads and
// evidence side by side in one pass. Open upgrades a format 1 database
// in place (edge by edge, resumable after a crash); a read-only Open
// refuses one until then.
//
// The head also summarises the evidence: the number of distinct articles,
// the earliest and latest days (graph.Evidence.Day: the action's date
// when the sentence gives one) and the most factual modality
// (graph.Edge's Articles, First, Last and Modality), so that EdgeHeads
// (graph.EdgeHeadReader) gives an edge's support, dates and whether it
// is a fact from one key; the adjacency keys repeat the modality, so
// that a traversal of the facts skips the rest without reading heads.
// Modality and when were added within format 2 as optional trailing
// evidence fields, an omitempty head field and an optional adjacency
// byte: values written before hold none of them and read as asserted
// and undated, which is what every edge then was, so no upgrade is
// needed, and older builds ignore them. Ingest updates the summary from the
// head alone (the article is new, so it adds one article); corrections
// (DeleteArticle, MergeActors) rewrite it from the edge's remaining
// evidence, which they read anyway. Heads written before the summary was
// kept have none (articles absent): EdgeHeads then reads the edge's
// evidence; the upgrade to format 3 gives every such head its summary.
//
// The ap/ key says exactly which nodes and which edges' evidence an
// article contributed, so that removing an article can remove its
// evidence and whatever is left without any.
//
// Format 7 writes fewer keys an article, since Badger inserts every key
// of a commit into its memtable's skiplist in one goroutine, which
// bounds how fast a load can go (BENCHMARKS.md): an article's provenance
// is one ap/ key where format 6 had an an/ key per node and an ae/ key per
// edge (about 65 an article), the counters one count/all key where format
// 6 had a count/node/, count/edge/ or count/mod/ key per counter (about
// 26 written by every article), and the relations by first and by last
// seen share one list per class (ord/r/seen/, seenorder.go), where an edge
// seen on one day has one key for both lists instead of an ord/r/first/
// and an ord/r/last/ key (about 40 an article): 448 keys an extracted
// article instead of 572. Corrections read an article's ap/ value, change
// it and write it back (edit.prov); every write that changes a counter
// reads count/all and writes it back. Open upgrades a format 6 database
// (migrateV6): one pass over the an/ and ae/ keys side by side writes the
// ap/ keys, one over the heads the ord/r/seen/ keys, then count/all is
// written from the counter keys in the transaction that sets meta/format
// to 7 and meta/drop6, and format 6's keys are dropped; until meta/format
// says 7 a crash leaves format 6 whole, and after it, Open finishes the
// drops that meta/drop6 says are left.
//
// Format 8 writes fewer keys again, for the same reason: a new edge
// whose head the writer does not cache (an article's MENTIONS, a
// statement's edges, those to an article's events; not the edges
// between actors, nor new ones between stored nodes, which later
// articles read back) holds the article's evidence in its head (about
// 29 ev/ keys an extracted article fewer), and a node whose ID starts
// with its kind's prefix, as graph.NodeID makes every ID, has no k/ key
// (about 11 fewer): ScanNodes reads n/<prefix> in place, passing over a
// node of another kind there, and merges the k/ keys of the IDs a batch
// gave without their kind's prefix (kindscan.go). An edge's evidence is
// what its head holds and its ev/ keys, disjoint, merged in key order
// (edgeHead.withInline). The heads the writer caches hold JSON alone, so
// that its value cache, bounded by bytes, holds as many as before
// (holding the evidence there too made later articles read heads and
// actors back from Badger at 70,000 articles and more; BENCHMARKS.md);
// and an article that adds to an edge whose head holds evidence moves it
// to ev/ keys (moveInline), so that a head that recurs is JSON alone,
// also for the neighbourhoods, which read the heads of well-supported
// edges. Corrections write the edges they rebuild (putEdge) with all
// their evidence under ev/ and a head of JSON alone; DeleteArticle keeps
// what a head holds unless it is the deleted article's (putHeadKeeping).
// decodeHead does not decode the pieces a head holds. Open upgrades a
// format 7 database (migrateV7): its heads and ev/ keys are format 8 as
// they are, so meta/format "8" and meta/drop7 are written in one
// transaction, then the k/ keys of prefixed IDs are dropped
// (k/<kind>/<prefix>) and the marker deleted. ScanNodes gives a node
// once whether its k/ key is still there or not, so a crash between
// leaves a database every reader agrees on, and the next read-write
// Open finishes the drops.
//
// Format 9 keeps each node's record a second time, as the first key
// under its rank/ prefix (rank/<node>/, which sorts before the node's
// links): a capped neighbourhood reads each of its nodes' strongest
// links to rank the edges among them (StrongestAmong), and the seek that
// starts that read now lands on the node, so the nodes cost no seek of
// their own (StrongestAmongNodes, graph.StrongestAmongNodesReader):
// about 150 of the 320 seeks of a hub's default neighbourhood. Every
// write of a node writes both keys (putNode), every deletion deletes
// both; the readers of rank/ keys pass over the record. Open upgrades a
// format 8 database (migrateV8): meta/format "9" and meta/fill8 in one
// transaction, then one pass over the n/ keys writes the records, the
// tree is flattened (the records would otherwise sit in tables above the
// last level, in which every read of rank/ keys seeks), then the marker
// is deleted. A reader that finds no record reads the node
// from n/ (Neighborhood reads the nodes StrongestAmongNodes did not
// give with Nodes), so a crash between leaves a database every reader
// agrees on, and the next read-write Open writes the records again.
//
// Format 10 keeps no order of the facts of every class (ord/f/, format
// 6): one key an edge fewer, about 44 of the 431 an extracted article
// wrote (BENCHMARKS.md), since a load's speed is bounded by Badger's one
// goroutine that inserts every key of a commit into its memtable. The
// default list of relations (the facts by support) merges the classes'
// ord/r/support/ lists, passing over the edges that are no facts from
// the keys' values, as a list of several classes did already; on a
// compacted database format 6's measures found the merge no slower
// than the one list. Open upgrades a format 9 database (migrateV9):
// meta/format "10" and meta/drop9 in one transaction, then the ord/f/
// keys are dropped and the marker deleted. No reader looks under
// ord/f/, so a crash between leaves a database every reader agrees on,
// and the next read-write Open finishes the drops.
//
// Format 11 writes no out/ and in/ keys for an edge of support 1, which
// every edge an article makes is, and most stay (97% of the edges of
// 10,000 generated articles; 75 of the 369 keys an extracted
// article wrote, BENCHMARKS.md). Its ends' rank/ keys of that support,
// rank/<node>/fffffffe/<class>/<far end>/<o|i>, list them by class, then
// far end, as out/ and in/ do, both directions in one run with the
// direction last, and their values hold the edge's ID and modality, so
// the adjacency readers (adjReader: Adjacent, AdjacentAmong, LinksAmong,
// the edges among a neighbourhood's nodes when read from their links,
// the corrections' adjacentEdgeIDs) read a node's out/ or in/ keys for
// the links of other supports and that run for those of support 1,
// walking and seeking beside a sorted set of members in both alike. An
// edge whose support leaves 1 gets its out/ and in/ keys in the
// transaction that moves its rank/ keys (putAdjacency, updateAdjacency);
// one whose support falls back to 1 (a correction) loses them. Readers
// pass over an out/ or in/ value of support 1. Open upgrades a format 10
// database (migrateV10): meta/format "11" and meta/drop10 in one
// transaction, then one pass over the out/ keys and one over the in/
// keys delete those of support 1, the tree is flattened, and the marker
// is deleted; since readers pass over such keys, a crash between leaves
// a database every reader agrees on, and the next read-write Open
// finishes the drops.
//
// Readers keep what they read under rank/<node>/ in a node cache
// (nodecache.go, Options.NodeCacheSize): each node's record and its
// links as far as a reader read them, decoded, so that the next
// neighbourhood over the same nodes reads them from memory and seeks in
// Badger only past what is held. No format change: the cache follows
// the rank/ keys. Every write drops the entries of the nodes whose
// rank/ or n/ keys it writes, before its commit and again after it,
// and a reader caches what it read only when no write of the node began
// or ended since it looked (hash slots with an epoch each), so that no
// reader sees a node older than its snapshot, however the writer and
// the readers interleave (write-behind included).
//
// Values are JSON (encoding/json of the graph types), except evidence
// values, which a neighbourhood reads by the thousand: readable with any
// Badger tool, and small next to the text they come from. Counters are
// fixed-width so that a reader needs no parsing. Values read from Badger
// are copied (Item.ValueCopy) before they outlive the transaction.
//
// A database without meta/format that holds any key is not a newsgraph
// database, and one with another version is refused: Open never guesses.
//
// # Writes
//
// Ingest runs one writer at a time in the process (a mutex): the actor
// resolution of one article reads the alias index by prefix, and Badger's
// conflict detection tracks single keys, not ranges, so two concurrent
// writers could each miss the actor the other is adding. Since Badger lets
// one process write a directory, the mutex orders every writer there is.
// Readers are never blocked by it: each reads a Badger snapshot.
//
// An article is planned from one snapshot (duplicate check, resolution,
// merging with stored nodes and edges), and the planned keys are written
// in one Badger transaction. When Badger answers ErrTxnTooBig (a huge
// article, or a small Options.MemTableSize), the plan is written as a
// redo log instead:
//
//  1. pending/<art> = "staging"; the plan is copied under stage/<art>/ in
//     as many transactions as it takes. Readers never look under stage/.
//  2. pending/<art> = "applying" in one small transaction: from here on
//     the article is committed.
//  3. The staged keys are written to their real places in several
//     transactions while readers are held off from taking new snapshots,
//     then pending/<art> is deleted, and readers resume: a snapshot sees
//     all of the article or none of it.
//  4. The stage/<art>/ keys are deleted.
//
// Open recovers from a crash at any step: a "staging" article is rolled
// back (its stage keys deleted, so it is absent and can be ingested
// again), an "applying" one is rolled forward (its stage keys written
// again, which is idempotent), and stage keys without a pending key are
// deleted. A read-only Open of a database that a crash left in "applying"
// is refused until one read-write Open has recovered it.
//
// # Corrections
//
// MergeActors, AddAlias, RemoveAlias and DeleteArticle (graph.Editor)
// run under the same writer mutex, plan from one snapshot like an
// article, and write in one transaction or, when too big, through the
// same stage/ redo log under a pending/edit-<nanoseconds> key; deletions
// are staged under the -del/ marker. The counters are kept exact.
//
// A redirect/<old>→<new> key says that the actor ID old now stands for
// the actor new: MergeActors writes one for each actor merged away (and
// points earlier redirects to them at new), AddAlias one from
// graph.ActorID(alias) when no node has that ID. Ingest follows them
// before resolving a batch's actors, so an article that names a merged
// actor, or an alias added by hand, lands on the actor the correction
// chose. RemoveAlias deletes the alias's redirect. Redirect keys were
// added within format version 1: older builds ignore them.
//
// Nodes have no index of the articles that name them (ap/ is keyed by
// article), so MergeActors, and DeleteArticle when a node it brought has
// no edge left, make one pass over the ap/ values, decoding only those
// that hold a wanted ID's bytes.
//
// Open starts a goroutine that runs Badger's value-log garbage collection
// on a timer (Options.GCInterval); Close stops it before closing Badger.
//
// Most of what planning an article reads from Badger is keys that are
// not there: the article (the duplicate check), new actors and
// statements, the heads of new edges, names not yet indexed. When Open
// finds no node, edge head, counter or alias in the database, the writer
// keeps a filter of every such key written since (writtenkeys.go, fed by
// the same note as the alias and value caches), and a key it does not
// hold is absent without a Badger read. A bulk load
// (Options.BulkLoad) leaves its tables in level 0 (up to 160 of them)
// instead of compacting them as it goes, which those reads would
// otherwise pay for, table by table.
//
// A bulk load (newsgraph ingest) ends with CompactBulkLoad (compact.go):
// when its articles are a good part of the graph (each support change
// deletes a rank/ key and writes another, and Badger keeps the deletion
// markers until they reach the last level), it flushes the memtables
// and flattens the tree into one level, so that a hub's strongest-first
// walk and the lists by support no longer step over deleted keys nor
// seek in level 0 (the hub's neighbourhood on the 34k corpus: 29–33
// CPU-ms as ingested, 12–16 flattened). Badger runs a compaction in
// several key ranges side by side only at the boundaries of the tables
// of the level it compacts into, which a load into a new database
// leaves empty, so the load compacts its first four level-0 tables into
// the base level early (seedBaseLevel), and the flatten at its end
// keeps both cores busy. Before it flattens, CompactBulkLoad empties the
// writer's value cache, which the load no longer needs.
//
// # Memory
//
// Badger memory-maps every table file (MAP_SHARED) and writes new tables
// through the mapping, so each page of a table the process wrote or read
// stays resident, counted in RssFile, until the table is deleted: the
// kernel reclaims such clean pages only when memory runs short, and a
// bulk load's resident size grows with the database. With
// Options.MappedResidentLimit set, Open starts a goroutine (Linux only,
// rsstrim_linux.go) that reads RssFile from /proc/self/status every
// second and, when it is over the limit, walks /proc/self/maps and calls
// madvise(MADV_PAGEOUT) on the mappings of the database's .sst and .vlog
// files, lowest file numbers first, until RssFile is under 7/8 of the
// limit: first each table's data blocks, sparing its index and bloom
// filter at the file's end, which every lookup that reaches the table
// reads (a key read past the memtables probes the bloom filter of every
// level-0 table, over a hundred late in a bulk load), then, if that is
// not enough, whole files. Memtable logs (.mem) are left alone. MADV_PAGEOUT never changes
// memory contents (clean pages are dropped and read again from the file,
// dirty ones kept or written back), so a table Badger unmaps meanwhile,
// or an address range reused since, cannot lose data; pages read again
// after a trim cost a disk read. A kernel without MADV_PAGEOUT (before
// 5.4) turns the trimmer off with one log line. Close stops it before
// closing Badger.
//
// # Damage and full disks
//
// Open never lets Badger delete or drop what it cannot account for
// (integrity.go): before Badger opens a directory, its MANIFEST is parsed
// and compared with the tables present, each memtable log is read the way
// Badger replays it, and every table's blocks are verified; a damaged
// file refuses the open with ErrDamaged, naming it and `newsgraph
// restore`, and a read-only open of a database that needs its log
// replayed is refused with ErrNeedsReplay instead of writing. Check
// verifies a whole database (check.go). Writes are refused with
// graph.ErrNoSpace while the disk holds less than Options.DiskReserve
// (diskspace.go), since Badger dies of SIGBUS when its mapped logs cannot
// grow.
package store
