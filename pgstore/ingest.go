package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
)

const opIngest = "pgstore.Ingest"

// Ingest stores one extracted article all or nothing, in one
// transaction (see graph.Writer): the batch is checked as the Badger
// store checks it (graph.NormalizeBatch), its actors are redirected and
// resolved against stored ones, and its rows are written with one
// statement per table. IngestResult counts as the Badger store does.
func (db *DB) Ingest(ctx context.Context, b *graph.Batch) (graph.IngestResult, error) {
	nb, name, err := graph.NormalizeBatch(opIngest, b)
	if err != nil {
		return graph.IngestResult{}, err
	}
	if err := storable(nb); err != nil {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Invalid, "%s: %v", name, err)
	}
	if err := ctx.Err(); err != nil {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%w", err)
	}
	if db.opts.ReadOnly {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Invalid, "%s is open read-only", db.name)
	}
	res, err := db.ingest(ctx, nb, name)
	if err != nil {
		return graph.IngestResult{}, db.fail(opIngest, err)
	}
	return res, nil
}

// ingest plans and writes an article in one transaction of three round
// trips: BEGIN, the writers' lock and the planning reads (prefetch) in
// one batch, the heads of the stored edges it adds to, and the writes
// with COMMIT in one batch. It drives the connection itself rather than
// through pgx.Tx, which would cost a round trip each for BEGIN and
// COMMIT.
func (db *DB) ingest(ctx context.Context, nb *graph.Batch, name string) (res graph.IngestResult, err error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return res, err
	}
	committed := false
	defer func() {
		if !committed {
			// ROLLBACK outside a transaction only warns; a connection
			// that cannot take it is closed, not reused.
			if _, rerr := conn.Exec(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
				conn.Conn().Close(context.WithoutCancel(ctx))
			}
		}
		conn.Release()
	}()
	begin := []string{"BEGIN", fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", db.lockKey)}
	if db.opts.BulkLoad {
		begin = append(begin, "SET LOCAL synchronous_commit = off")
	}
	p := &planner{ctx: ctx, tx: conn, nb: nb, name: name, nodes: map[graph.ID]*graph.Node{}, begin: begin}
	if res, err = p.plan(); err != nil || res.Duplicate {
		return res, err
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if err := p.w.flushAnd(ctx, conn, "COMMIT"); err != nil {
		return res, err
	}
	committed = true
	return res, nil
}

// storable reports text that PostgreSQL's text type cannot hold: NUL
// bytes and invalid UTF-8 in what is kept in text columns (the article's
// own text is kept as bytes).
func storable(nb *graph.Batch) error {
	check := func(what, s string) error {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return errors.New(what + " holds a NUL byte or invalid UTF-8, which PostgreSQL cannot store")
		}
		return nil
	}
	for _, e := range nb.Edges {
		for _, s := range []string{e.Verb, string(e.Source), string(e.Target)} {
			if err := check("edge "+string(e.ID), s); err != nil {
				return err
			}
		}
		for _, ev := range e.Evidence {
			for _, s := range []string{ev.Sentence, ev.Verb, ev.Date, ev.When} {
				if err := check("evidence of edge "+string(e.ID), s); err != nil {
					return err
				}
			}
		}
	}
	for _, n := range append([]graph.Node{nb.Article}, nb.Nodes...) {
		for _, s := range append([]string{string(n.ID), n.Label}, n.Aliases...) {
			if err := check("node "+string(n.ID), s); err != nil {
				return err
			}
		}
	}
	return nil
}

// planner reads what one article changes and collects its writes.
type planner struct {
	ctx context.Context
	tx  conn
	// begin are the statements that start the transaction, sent with
	// prefetch's reads.
	begin []string
	nb    *graph.Batch
	name  string
	// nodes holds the nodes read, found (non-nil) or not, by ID.
	nodes map[graph.ID]*graph.Node
	// aliases holds the actors of the name index by folded name, for
	// the names read.
	aliases map[string][]graph.ID
	// heads holds the heads of the stored edges read, by ID; read says
	// which IDs were asked for (found or not).
	heads map[graph.ID]graph.Edge
	read  map[graph.ID]bool
	w     writes
}

// node returns a stored node, reading those not read yet.
func (p *planner) node(id graph.ID) (*graph.Node, error) {
	if err := p.fetch([]graph.ID{id}); err != nil {
		return nil, err
	}
	return p.nodes[id], nil
}

// fetch reads the nodes of ids not read yet, in one statement.
func (p *planner) fetch(ids []graph.ID) error {
	var want []graph.ID
	for _, id := range ids {
		if _, ok := p.nodes[id]; !ok && !slices.Contains(want, id) {
			want = append(want, id)
		}
	}
	if len(want) == 0 {
		return nil
	}
	m, err := loadNodes(p.ctx, p.tx, want)
	if err != nil {
		return err
	}
	for _, id := range want {
		if n, ok := m[id]; ok {
			p.nodes[id] = &n
		} else {
			p.nodes[id] = nil
		}
	}
	return nil
}

// readAliases reads the name index for the folded names keys not read
// yet, and the actors it names, in one statement (a join on the actor,
// the column both tables are distributed by).
func (p *planner) readAliases(keys []string) error {
	var want []string
	for _, k := range keys {
		if _, ok := p.aliases[k]; !ok && k != "" && !slices.Contains(want, k) {
			want = append(want, k)
		}
	}
	if len(want) == 0 {
		return nil
	}
	rows, err := p.tx.Query(p.ctx, aliasSQL, want)
	if err != nil {
		return err
	}
	return p.collectAliases(want, rows)
}

// aliasSQL reads the name index for the folded names $1 with the actors
// it names, joined on the actor, the column both tables are distributed
// by.
const aliasSQL = `SELECT a.folded, a.actor, n.data FROM aliases a
	LEFT JOIN nodes n ON n.id = a.actor WHERE a.folded = ANY($1) ORDER BY a.folded, a.actor`

// collectAliases notes the rows of aliasSQL for the names want.
func (p *planner) collectAliases(want []string, rows pgx.Rows) error {
	for _, k := range want {
		p.aliases[k] = nil
	}
	var folded, actor string
	var data []byte
	_, err := pgx.ForEachRow(rows, []any{&folded, &actor, &data}, func() error {
		id := graph.ID(actor)
		p.aliases[folded] = append(p.aliases[folded], id)
		if data == nil {
			p.nodes[id] = nil
			return nil
		}
		n, err := decodeNode(data)
		if err != nil {
			return err
		}
		p.nodes[id] = &n
		return nil
	})
	return err
}

// lookup is graph.Resolve's LookupFunc: the stored actors under key.
func (p *planner) lookup(key string) ([]graph.Node, error) {
	if err := p.readAliases([]string{key}); err != nil {
		return nil, err
	}
	var out []graph.Node
	for _, id := range p.aliases[key] {
		n, err := p.node(id)
		if err != nil {
			return nil, err
		}
		if n != nil && n.Kind == graph.KindActor {
			out = append(out, *n)
		}
	}
	return out, nil
}

// prefetch reads in one round trip what planning an article usually
// needs: the article's own row (a duplicate?), the batch's nodes and
// edge ends, the name index for the batch's actors' names, and whether
// any of the batch's actors was redirected by a correction.
func (p *planner) prefetch() (redirecting bool, err error) {
	nb := p.nb
	ids := []string{string(nb.Article.ID)}
	var actors []string
	for _, n := range nb.Nodes {
		ids = append(ids, string(n.ID))
		if n.Kind == graph.KindActor {
			actors = append(actors, string(n.ID))
		}
	}
	for _, e := range nb.Edges {
		ids = append(ids, string(e.Source), string(e.Target))
	}
	var keys []string
	for _, k := range resolveKeys(nb) {
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	// The heads of the edges as the batch names them: resolution mostly
	// keeps the batch's actor IDs, and then no later round trip is needed
	// for heads (plan reads those it still lacks).
	var edgeIDs []graph.ID
	for _, e := range nb.Edges {
		src, dst := graph.Orient(e.Source, e.Class, e.Target)
		edgeIDs = append(edgeIDs, graph.EdgeID(src, e.Class, dst))
	}
	var b pgx.Batch
	for _, stmt := range p.begin {
		b.Queue(stmt)
	}
	b.Queue(`SELECT data FROM nodes WHERE id = ANY($1)`, ids)
	b.Queue(`SELECT EXISTS (SELECT 1 FROM redirects WHERE id = ANY($1))`, actors)
	b.Queue(aliasSQL, keys)
	b.Queue(headsSQL, idStrings(edgeIDs))
	br := p.tx.SendBatch(p.ctx, &b)
	defer br.Close()
	for range p.begin {
		if _, err := br.Exec(); err != nil {
			return false, err
		}
	}
	rows, err := br.Query()
	if err != nil {
		return false, err
	}
	var data []byte
	if _, err := pgx.ForEachRow(rows, []any{&data}, func() error {
		n, err := decodeNode(data)
		if err == nil {
			p.nodes[n.ID] = &n
		}
		return err
	}); err != nil {
		return false, err
	}
	for _, id := range ids {
		if _, ok := p.nodes[graph.ID(id)]; !ok {
			p.nodes[graph.ID(id)] = nil
		}
	}
	if err := br.QueryRow().Scan(&redirecting); err != nil {
		return false, err
	}
	rows, err = br.Query()
	if err != nil {
		return false, err
	}
	if err := p.collectAliases(keys, rows); err != nil {
		return false, err
	}
	rows, err = br.Query()
	if err != nil {
		return false, err
	}
	if err := p.collectHeads(edgeIDs, rows); err != nil {
		return false, err
	}
	return redirecting, br.Close()
}

// collectHeads notes the heads of the rows of headsSQL, read for ids.
func (p *planner) collectHeads(ids []graph.ID, rows pgx.Rows) error {
	defer rows.Close()
	for _, id := range ids {
		p.read[id] = true
	}
	for rows.Next() {
		e, err := scanHead(rows)
		if err != nil {
			return err
		}
		p.heads[e.ID] = e
	}
	return rows.Err()
}

// resolveKeys lists the folded names Resolve may look up for the batch's
// actors: names, aliases and surnames, read ahead in one statement.
func resolveKeys(nb *graph.Batch) []string {
	var keys []string
	for _, n := range nb.Nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		f := graph.Fold(n.Label)
		keys = append(keys, f)
		if w := strings.Fields(f); len(w) > 1 {
			keys = append(keys, w[len(w)-1])
		}
		for _, a := range n.Aliases {
			keys = append(keys, graph.Fold(a))
		}
	}
	return keys
}

// plan reads what the article changes and fills p.w, as the Badger
// store's plan does.
func (p *planner) plan() (graph.IngestResult, error) {
	nb := p.nb
	art := nb.Article.ID
	res := graph.IngestResult{Article: art}
	p.aliases = map[string][]graph.ID{}
	p.heads, p.read = map[graph.ID]graph.Edge{}, map[graph.ID]bool{}
	redirecting, err := p.prefetch()
	if err != nil {
		return res, err
	}
	if n := p.nodes[art]; n != nil {
		res.Duplicate = true
		return res, nil
	}

	var redirected map[graph.ID]graph.ID
	if redirecting {
		if redirected, err = p.applyRedirects(); err != nil {
			return res, err
		}
	}
	if err := p.readAliases(resolveKeys(nb)); err != nil {
		return res, err
	}
	_, remap, err := graph.Resolve(nb, p.lookup)
	if err != nil {
		return res, err
	}
	for from, to := range redirected {
		if r, ok := remap[to]; ok {
			to = r
		}
		remap[from] = to
	}
	if len(remap) > 0 {
		res.Resolved = remap
	}

	// Every edge end is in the batch or already stored.
	inBatch := map[graph.ID]bool{art: true}
	ids := []graph.ID{}
	for _, n := range nb.Nodes {
		inBatch[n.ID] = true
		ids = append(ids, n.ID)
	}
	for _, e := range nb.Edges {
		for _, end := range []graph.ID{e.Source, e.Target} {
			if !inBatch[end] {
				ids = append(ids, end)
			}
		}
	}
	if err := p.fetch(ids); err != nil {
		return res, err
	}
	for _, e := range nb.Edges {
		for _, end := range []graph.ID{e.Source, e.Target} {
			if !inBatch[end] && p.nodes[end] == nil {
				return res, graph.Errorf(opIngest, graph.Invalid,
					"%s: edge %s %s %s: node %s is neither in the article's batch nor stored",
					p.name, e.Source, e.Class, e.Target, end)
			}
		}
	}

	w := &p.w
	if err := w.node(nb.Article); err != nil {
		return res, err
	}
	w.texts = append(w.texts, text{art, nb.Text})
	res.NodesCreated++

	fresh := map[graph.ID]bool{art: true}
	for _, n := range nb.Nodes {
		old := p.nodes[n.ID]
		switch {
		case old == nil:
			if err := w.node(n); err != nil {
				return res, err
			}
			res.NodesCreated++
			fresh[n.ID] = true
		case old.Kind == graph.KindActor && n.Kind == graph.KindActor:
			merged := *old
			merged.Aliases = slices.Clone(old.Aliases)
			graph.MergeActor(&merged, n)
			n = merged
			if merged.Label != old.Label || !slices.Equal(merged.Aliases, old.Aliases) {
				if err := w.node(merged); err != nil {
					return res, err
				}
				res.NodesUpdated++
			}
		default:
			n = *old // other kinds keep their first version
		}
		w.articleNodes = append(w.articleNodes, pair{art, n.ID})
		if n.Kind == graph.KindActor {
			for _, f := range foldedNames(n) {
				if !slices.Contains(p.aliases[f], n.ID) {
					w.aliases = append(w.aliases, pair{n.ID, graph.ID(f)})
				}
			}
		}
	}

	// Heads of edges between stored nodes; an edge with a new end is new.
	var unread []graph.ID
	for _, e := range nb.Edges {
		if !fresh[e.Source] && !fresh[e.Target] && !p.read[e.ID] {
			unread = append(unread, e.ID)
		}
	}
	more, err := loadHeads(p.ctx, p.tx, unread)
	if err != nil {
		return res, err
	}
	maps.Copy(p.heads, more)
	for _, e := range nb.Edges {
		old, ok := p.heads[e.ID]
		if fresh[e.Source] || fresh[e.Target] {
			ok = false // an edge with a new end is new
		}
		if ok {
			upd := old
			if upd.Verb == "" && e.Verb != "" {
				upd.Verb = e.Verb
			}
			addArticle(&upd, e.Evidence)
			w.head(upd)
			res.EdgesUpdated++
		} else {
			w.head(headOf(e))
			res.EdgesCreated++
		}
		w.evidence(e.Source, e.ID, e.Evidence)
		w.articleEdges = append(w.articleEdges, triple{art, e.ID, e.Source})
	}
	return res, nil
}

// headOf is e's head, its summary computed from e.Evidence, which must
// be all of e's evidence.
func headOf(e graph.Edge) graph.Edge {
	h := graph.Edge{ID: e.ID, Source: e.Source, Target: e.Target, Class: e.Class, Verb: e.Verb}
	h.Articles, h.First, h.Last, h.Modality = e.Support(), e.FirstSeen(), e.LastSeen(), e.MostFactual()
	return h
}

// addArticle updates head h's summary for the evidence evs of an
// article that gave none for h's edge before.
func addArticle(h *graph.Edge, evs []graph.Evidence) {
	if len(evs) == 0 {
		return
	}
	h.Articles++
	for _, ev := range evs {
		h.Modality = graph.MoreFactual(h.Modality, ev.Modality)
		day := ev.Day()
		if day == "" {
			continue
		}
		if h.First == "" || day < h.First {
			h.First = day
		}
		if day > h.Last {
			h.Last = day
		}
	}
}

// foldedNames lists the distinct folded forms of an actor's names, its
// rows in the name index.
func foldedNames(n graph.Node) []string {
	var out []string
	for _, name := range append([]string{n.Label}, n.Aliases...) {
		if f := graph.Fold(name); f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// maxRedirectHops bounds how many redirects are followed.
const maxRedirectHops = 64

// redirectsOf follows the redirects from ids, returning those that have
// one, to where they lead.
func redirectsOf(ctx context.Context, q querier, ids []graph.ID) (map[graph.ID]graph.ID, error) {
	out := map[graph.ID]graph.ID{}
	cur := map[graph.ID]graph.ID{} // id → where it leads so far
	for _, id := range ids {
		cur[id] = id
	}
	for range maxRedirectHops {
		var ask []string
		for _, to := range cur {
			ask = append(ask, string(to))
		}
		if len(ask) == 0 {
			break
		}
		rows, err := q.Query(ctx, `SELECT id, to_id FROM redirects WHERE id = ANY($1)`, ask)
		if err != nil {
			return nil, err
		}
		next := map[graph.ID]graph.ID{}
		var from, to string
		if _, err := pgx.ForEachRow(rows, []any{&from, &to}, func() error {
			next[graph.ID(from)] = graph.ID(to)
			return nil
		}); err != nil {
			return nil, err
		}
		for id, at := range cur {
			to, ok := next[at]
			if !ok || to == at || to == id {
				delete(cur, id) // no further; a cycle, which corrections never make, stops too
				continue
			}
			out[id] = to
			cur[id] = to
		}
	}
	return out, nil
}

// applyRedirects points the batch's actors whose IDs a correction
// retired at the actors that stand for them now, as the Badger store's
// applyRedirects does, and returns the IDs it changed.
func (p *planner) applyRedirects() (map[graph.ID]graph.ID, error) {
	nb := p.nb
	var actors []graph.ID
	for _, n := range nb.Nodes {
		if n.Kind == graph.KindActor {
			actors = append(actors, n.ID)
		}
	}
	remap, err := redirectsOf(p.ctx, p.tx, actors)
	if err != nil || len(remap) == 0 {
		return nil, err
	}
	var targets []graph.ID
	for _, to := range remap {
		targets = append(targets, to)
	}
	if err := p.fetch(targets); err != nil {
		return nil, err
	}
	nodes := nb.Nodes[:0]
	index := map[graph.ID]int{}
	for _, n := range nb.Nodes {
		if to, ok := remap[n.ID]; ok {
			n.ID = to
			if t := p.nodes[to]; t != nil && t.Kind == graph.KindActor {
				n.Aliases = append(n.Aliases, n.Label)
				n.Label, n.Type = t.Label, t.Type
			}
		}
		if j, ok := index[n.ID]; ok {
			if nodes[j].Kind == graph.KindActor && n.Kind == graph.KindActor {
				graph.MergeActor(&nodes[j], n)
			}
			continue
		}
		index[n.ID] = len(nodes)
		nodes = append(nodes, n)
	}
	nb.Nodes = nodes
	nb.Edges = graph.RemapEdges(nb.Edges, remap)
	return remap, nil
}

// pair and triple are rows of the index tables.
type pair struct{ a, b graph.ID }

type triple struct{ a, b, c graph.ID }

type text struct {
	id   graph.ID
	body string
}

// writes are the rows one article or correction writes, one statement
// per table (see flush).
type writes struct {
	nodeIDs, nodeKinds, nodeData []string
	texts                        []text
	aliases                      []pair // actor, folded
	heads                        []graph.Edge
	evs                          []evRow
	articleNodes                 []pair   // article, node
	articleEdges                 []triple // article, edge, source
}

type evRow struct {
	source, edge graph.ID
	ev           graph.Evidence
}

func (w *writes) node(n graph.Node) error {
	data, err := json.Marshal(n)
	if err != nil {
		return err
	}
	w.nodeIDs = append(w.nodeIDs, string(n.ID))
	w.nodeKinds = append(w.nodeKinds, string(n.Kind))
	w.nodeData = append(w.nodeData, string(data))
	return nil
}

func (w *writes) head(h graph.Edge) { w.heads = append(w.heads, h) }

func (w *writes) evidence(source, edge graph.ID, evs []graph.Evidence) {
	for _, ev := range evs {
		w.evs = append(w.evs, evRow{source, edge, ev})
	}
}

// flush writes the collected rows: an upsert per table from arrays
// (unnest), sent in one round trip.
func (w *writes) flush(ctx context.Context, tx conn) error { return w.flushAnd(ctx, tx, "") }

// conn is what planning and writing need of a connection or a
// transaction.
type conn interface {
	querier
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// flushAnd is flush with a last statement after the writes (COMMIT), in
// the same round trip.
func (w *writes) flushAnd(ctx context.Context, tx conn, last string) error {
	var b pgx.Batch
	if len(w.nodeIDs) > 0 {
		b.Queue(`INSERT INTO nodes (id, kind, data)
			SELECT i, k, d::json FROM unnest($1::text[], $2::text[], $3::text[]) AS u(i, k, d)
			ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, data = EXCLUDED.data`,
			w.nodeIDs, w.nodeKinds, w.nodeData)
	}
	for _, t := range w.texts {
		b.Queue(`INSERT INTO article_texts (id, body) VALUES ($1, $2)
			ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body`, string(t.id), []byte(t.body))
	}
	if len(w.aliases) > 0 {
		a, f := unzip(w.aliases)
		b.Queue(`INSERT INTO aliases (actor, folded) SELECT * FROM unnest($1::text[], $2::text[])
			ON CONFLICT DO NOTHING`, a, f)
	}
	if len(w.heads) > 0 {
		n := len(w.heads)
		src, class, dst, id, verb := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		first, last, mod := make([]string, n), make([]string, n), make([]string, n)
		arts := make([]int32, n)
		for i, h := range w.heads {
			src[i], class[i], dst[i], id[i], verb[i] = string(h.Source), string(h.Class), string(h.Target), string(h.ID), h.Verb
			first[i], last[i], mod[i], arts[i] = h.First, h.Last, string(h.Modality), int32(h.Articles)
		}
		b.Queue(`INSERT INTO edges (source, class, target, id, verb, articles, first_day, last_day, modality)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[])
			ON CONFLICT (source, class, target) DO UPDATE SET id = EXCLUDED.id, verb = EXCLUDED.verb,
				articles = EXCLUDED.articles, first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day,
				modality = EXCLUDED.modality`,
			src, class, dst, id, verb, arts, first, last, mod)
		b.Queue(`INSERT INTO in_links (target, class, source, id, articles, modality)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[])
			ON CONFLICT (target, class, source) DO UPDATE SET id = EXCLUDED.id,
				articles = EXCLUDED.articles, modality = EXCLUDED.modality`,
			dst, class, src, id, arts, mod)
	}
	if len(w.evs) > 0 {
		n := len(w.evs)
		src, edge, art, sent, verb, date, mod, when := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		res := make([]string, n)
		start, end := make([]int32, n), make([]int32, n)
		for i, r := range w.evs {
			src[i], edge[i], art[i] = string(r.source), string(r.edge), string(r.ev.Article)
			start[i], end[i] = int32(r.ev.Start), int32(r.ev.End)
			sent[i], verb[i], date[i], mod[i], when[i] = r.ev.Sentence, r.ev.Verb, r.ev.Date, string(r.ev.Modality), r.ev.When
			res[i] = resolvedJSON(r.ev.Resolved)
		}
		b.Queue(`INSERT INTO evidence (source, edge, article, start_off, end_off, sentence, verb, pub_date, modality, when_day, resolved)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
			ON CONFLICT (source, edge, article, start_off, end_off) DO UPDATE SET sentence = EXCLUDED.sentence,
				verb = EXCLUDED.verb, pub_date = EXCLUDED.pub_date, modality = EXCLUDED.modality, when_day = EXCLUDED.when_day,
				resolved = EXCLUDED.resolved`,
			src, edge, art, start, end, sent, verb, date, mod, when, res)
	}
	if len(w.articleNodes) > 0 {
		a, n := unzip(w.articleNodes)
		b.Queue(`INSERT INTO article_nodes (article, node) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, a, n)
		b.Queue(`INSERT INTO node_articles (node, article) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, n, a)
	}
	if len(w.articleEdges) > 0 {
		n := len(w.articleEdges)
		a, e, s := make([]string, n), make([]string, n), make([]string, n)
		for i, t := range w.articleEdges {
			a[i], e[i], s[i] = string(t.a), string(t.b), string(t.c)
		}
		b.Queue(`INSERT INTO article_edges (article, edge, source) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
			ON CONFLICT (article, edge) DO UPDATE SET source = EXCLUDED.source`, a, e, s)
	}
	if last != "" {
		b.Queue(last)
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, &b).Close()
}

func unzip(ps []pair) (a, b []string) {
	a, b = make([]string, len(ps)), make([]string, len(ps))
	for i, p := range ps {
		a[i], b[i] = string(p.a), string(p.b)
	}
	return a, b
}
