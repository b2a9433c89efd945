package pgstore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
)

// Corrections by hand (graph.Editor), each in one transaction under the
// writers' lock, with the Badger store's rules (store/edit.go): a
// correction that fails has changed nothing, and corrections hold against
// later ingests through the redirects table.

const (
	opMerge       = "pgstore.MergeActors"
	opAddAlias    = "pgstore.AddAlias"
	opRemoveAlias = "pgstore.RemoveAlias"
	opDelete      = "pgstore.DeleteArticle"
	// maxAlias is the longest alias AddAlias takes, in bytes.
	maxAlias = 200
)

// getActor loads the actor id for a correction: a missing node is
// NotFound, a node of another kind Invalid; arg names the argument.
func getActor(ctx context.Context, tx pgx.Tx, op, arg string, id graph.ID) (graph.Node, error) {
	m, err := loadNodes(ctx, tx, []graph.ID{id})
	if err != nil {
		return graph.Node{}, err
	}
	n, ok := m[id]
	switch {
	case !ok:
		return graph.Node{}, graph.Errorf(op, graph.NotFound, "%s: no actor %q", arg, id)
	case n.Kind != graph.KindActor:
		return graph.Node{}, graph.Errorf(op, graph.Invalid, "%s: %s is an %s, not an actor", arg, id, n.Kind)
	}
	return n, nil
}

// adjacentEdgeIDs lists the IDs of the stored edges at the nodes ids.
func adjacentEdgeIDs(ctx context.Context, q querier, ids []graph.ID) ([]graph.ID, error) {
	rows, err := q.Query(ctx, `SELECT id FROM edges WHERE source = ANY($1)
		UNION SELECT id FROM in_links WHERE target = ANY($1) ORDER BY 1`, idStrings(ids))
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[graph.ID])
}

// deleteEdge deletes stored edge x with its adjacency, evidence and
// article index rows.
func deleteEdge(ctx context.Context, tx pgx.Tx, x graph.Edge) error {
	var b pgx.Batch
	b.Queue(`DELETE FROM edges WHERE source = $1 AND class = $2 AND target = $3`, string(x.Source), string(x.Class), string(x.Target))
	b.Queue(`DELETE FROM in_links WHERE target = $1 AND class = $2 AND source = $3`, string(x.Target), string(x.Class), string(x.Source))
	b.Queue(`DELETE FROM evidence WHERE source = $1 AND edge = $2`, string(x.Source), string(x.ID))
	b.Queue(`DELETE FROM article_edges WHERE article = ANY($1) AND edge = $2`, idStrings(evidenceArticles(x)), string(x.ID))
	return tx.SendBatch(ctx, &b).Close()
}

// putEdge writes edge x whole: its head summarised from its evidence,
// its adjacency, its evidence (replacing what was stored) and its
// article index rows.
func putEdge(ctx context.Context, tx pgx.Tx, x graph.Edge) error {
	if _, err := tx.Exec(ctx, `DELETE FROM evidence WHERE source = $1 AND edge = $2`, string(x.Source), string(x.ID)); err != nil {
		return err
	}
	var w writes
	w.head(headOf(x))
	w.evidence(x.Source, x.ID, x.Evidence)
	for _, art := range evidenceArticles(x) {
		w.articleEdges = append(w.articleEdges, triple{art, x.ID, x.Source})
	}
	return w.flush(ctx, tx)
}

// deleteNode deletes stored node n with its name rows and, for an
// article, its text. Its edges and index rows must go separately.
func deleteNode(ctx context.Context, tx pgx.Tx, n graph.Node) error {
	var b pgx.Batch
	b.Queue(`DELETE FROM nodes WHERE id = $1`, string(n.ID))
	b.Queue(`DELETE FROM aliases WHERE actor = $1`, string(n.ID))
	b.Queue(`DELETE FROM article_texts WHERE id = $1`, string(n.ID))
	return tx.SendBatch(ctx, &b).Close()
}

func putNode(ctx context.Context, tx pgx.Tx, n graph.Node) error {
	var w writes
	if err := w.node(n); err != nil {
		return err
	}
	return w.flush(ctx, tx)
}

// evidenceArticles lists the distinct articles of x's evidence.
func evidenceArticles(x graph.Edge) []graph.ID {
	var arts []graph.ID
	for _, ev := range x.Evidence {
		if !slices.Contains(arts, ev.Article) {
			arts = append(arts, ev.Article)
		}
	}
	return arts
}

// aliasSet is names without label, without repeats, sorted.
func aliasSet(names []string, label string) []string {
	var out []string
	for _, n := range names {
		if n != "" && n != label && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// MergeActors folds the actors from into the actor into (see
// graph.Editor).
func (db *DB) MergeActors(ctx context.Context, into graph.ID, from []graph.ID) (graph.Node, error) {
	const op = opMerge
	if len(from) == 0 {
		return graph.Node{}, graph.Errorf(op, graph.Invalid, "from: no actors to merge into %s", into)
	}
	var merged graph.Node
	err := db.write(ctx, op, func(tx pgx.Tx) error {
		target, err := getActor(ctx, tx, op, "into", into)
		if err != nil {
			return err
		}
		gone := map[graph.ID]graph.Node{}
		var order []graph.ID
		for i, id := range from {
			if id == into {
				return graph.Errorf(op, graph.Invalid, "from[%d]: %s is the actor merged into", i, id)
			}
			if _, ok := gone[id]; ok {
				continue
			}
			n, err := getActor(ctx, tx, op, fmt.Sprintf("from[%d]", i), id)
			if err != nil {
				return err
			}
			gone[id] = n
			order = append(order, id)
		}
		slices.Sort(order)

		// Edges: every edge at a merged actor moves to into. All reads
		// come before the writes.
		edgeIDs, err := adjacentEdgeIDs(ctx, tx, order)
		if err != nil {
			return err
		}
		olds, err := loadEdges(ctx, tx, edgeIDs)
		if err != nil {
			return err
		}
		end := func(id graph.ID) graph.ID {
			if _, ok := gone[id]; ok {
				return into
			}
			return id
		}
		moved := map[graph.ID]*graph.Edge{}
		var movedOrder []graph.ID
		for _, id := range edgeIDs {
			old, ok := olds[id]
			if !ok {
				return fmt.Errorf("adjacency names edge %s, which is missing", id)
			}
			src, dst := end(old.Source), end(old.Target)
			if src == dst {
				continue // between merged actors: now a self-loop
			}
			src, dst = graph.Orient(src, old.Class, dst)
			nid := graph.EdgeID(src, old.Class, dst)
			x, ok := moved[nid]
			if !ok {
				stored, err := loadEdges(ctx, tx, []graph.ID{nid})
				if err != nil {
					return err
				}
				if s, exists := stored[nid]; exists {
					x = &s
				} else {
					x = &graph.Edge{ID: nid, Source: src, Target: dst, Class: old.Class, Verb: old.Verb}
				}
				moved[nid] = x
				movedOrder = append(movedOrder, nid)
			}
			x.Evidence = graph.MergeEvidence(x.Evidence, graph.RemapResolved(old.Evidence, end))
			if x.Verb == "" {
				x.Verb = old.Verb
			}
		}
		// What each article named: (art, from) becomes (art, into).
		rows, err := tx.Query(ctx, `SELECT node, article FROM node_articles WHERE node = ANY($1)`, idStrings(order))
		if err != nil {
			return err
		}
		named, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (pair, error) {
			var p pair
			err := r.Scan(&p.a, &p.b)
			return p, err
		})
		if err != nil {
			return err
		}

		for _, id := range edgeIDs {
			if err := deleteEdge(ctx, tx, olds[id]); err != nil {
				return err
			}
		}
		for _, nid := range movedOrder {
			if err := putEdge(ctx, tx, *moved[nid]); err != nil {
				return err
			}
		}

		// Names: the merged actors' names become into's aliases.
		merged = target
		names := slices.Clone(target.Aliases)
		var w writes
		for _, id := range order {
			n := gone[id]
			names = append(names, n.Label)
			names = append(names, n.Aliases...)
			for _, f := range foldedNames(n) {
				w.aliases = append(w.aliases, pair{into, graph.ID(f)})
			}
			if err := deleteNode(ctx, tx, n); err != nil {
				return err
			}
		}
		merged.Aliases = aliasSet(names, target.Label)
		if err := w.node(merged); err != nil {
			return err
		}
		for _, p := range named {
			w.articleNodes = append(w.articleNodes, pair{p.b, into})
		}
		if err := w.flush(ctx, tx); err != nil {
			return err
		}
		var b pgx.Batch
		for _, p := range named {
			b.Queue(`DELETE FROM article_nodes WHERE article = $1 AND node = $2`, string(p.b), string(p.a))
		}
		b.Queue(`DELETE FROM node_articles WHERE node = ANY($1)`, idStrings(order))
		// Earlier redirects to a merged actor now lead to into.
		b.Queue(`UPDATE redirects SET to_id = $1 WHERE to_id = ANY($2)`, string(into), idStrings(order))
		for _, id := range order {
			b.Queue(`INSERT INTO redirects (id, to_id) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET to_id = EXCLUDED.to_id`, string(id), string(into))
		}
		return tx.SendBatch(ctx, &b).Close()
	})
	if err != nil {
		return graph.Node{}, err
	}
	return merged, nil
}

// checkAlias checks a name given by hand and returns it trimmed.
func checkAlias(op, alias string) (string, error) {
	alias = strings.TrimSpace(alias)
	switch {
	case graph.Fold(alias) == "":
		return "", graph.Errorf(op, graph.Invalid, "alias: %q has no letters or digits", alias)
	case len(alias) > maxAlias:
		return "", graph.Errorf(op, graph.Invalid, "alias: %d bytes, more than the limit of %d", len(alias), maxAlias)
	}
	return alias, nil
}

// AddAlias adds alias to actor id's names (see graph.Editor), with a
// redirect from graph.ActorID(alias) unless a node has that ID.
func (db *DB) AddAlias(ctx context.Context, id graph.ID, alias string) (graph.Node, error) {
	const op = opAddAlias
	alias, err := checkAlias(op, alias)
	if err != nil {
		return graph.Node{}, err
	}
	var out graph.Node
	err = db.write(ctx, op, func(tx pgx.Tx) error {
		n, err := getActor(ctx, tx, op, "id", id)
		if err != nil {
			return err
		}
		out = n
		if alias == n.Label || slices.Contains(n.Aliases, alias) {
			return nil
		}
		out.Aliases = aliasSet(append(slices.Clone(n.Aliases), alias), n.Label)
		var w writes
		if err := w.node(out); err != nil {
			return err
		}
		w.aliases = append(w.aliases, pair{id, graph.ID(graph.Fold(alias))})
		if err := w.flush(ctx, tx); err != nil {
			return err
		}
		if rid := graph.ActorID(alias); rid != id {
			_, err := tx.Exec(ctx, `INSERT INTO redirects (id, to_id)
				SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM nodes WHERE id = $1)
				ON CONFLICT (id) DO UPDATE SET to_id = EXCLUDED.to_id`, string(rid), string(id))
			return err
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	return out, nil
}

// RemoveAlias removes alias from actor id's aliases (see graph.Editor):
// the alias given exactly, or else every alias that folds like it.
func (db *DB) RemoveAlias(ctx context.Context, id graph.ID, alias string) (graph.Node, error) {
	const op = opRemoveAlias
	alias = strings.TrimSpace(alias)
	var out graph.Node
	err := db.write(ctx, op, func(tx pgx.Tx) error {
		n, err := getActor(ctx, tx, op, "id", id)
		if err != nil {
			return err
		}
		f := graph.Fold(alias)
		var removed []string
		switch {
		case alias == n.Label:
			return graph.Errorf(op, graph.Invalid, "alias: %q is the canonical name of actor %s, which cannot be removed", alias, id)
		case slices.Contains(n.Aliases, alias):
			removed = []string{alias}
		case f != "" && f == graph.Fold(n.Label):
			return graph.Errorf(op, graph.Invalid, "alias: %q is the canonical name of actor %s (%q), which cannot be removed", alias, id, n.Label)
		default:
			for _, a := range n.Aliases {
				if f != "" && graph.Fold(a) == f {
					removed = append(removed, a)
				}
			}
		}
		if len(removed) == 0 {
			return graph.Errorf(op, graph.NotFound, "alias: actor %s (%q) has no alias %q", id, n.Label, alias)
		}
		out = n
		out.Aliases = slices.DeleteFunc(slices.Clone(n.Aliases), func(a string) bool { return slices.Contains(removed, a) })
		if len(out.Aliases) == 0 {
			out.Aliases = nil
		}
		if err := putNode(ctx, tx, out); err != nil {
			return err
		}
		keep := foldedNames(out)
		for _, a := range removed {
			if fa := graph.Fold(a); !slices.Contains(keep, fa) {
				if _, err := tx.Exec(ctx, `DELETE FROM aliases WHERE actor = $1 AND folded = $2`, string(id), fa); err != nil {
					return err
				}
			}
			rid := graph.ActorID(a)
			to, err := redirectsOf(ctx, tx, []graph.ID{rid})
			if err != nil {
				return err
			}
			if to[rid] == id {
				if _, err := tx.Exec(ctx, `DELETE FROM redirects WHERE id = $1`, string(rid)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	return out, nil
}

// DeleteArticle withdraws article id (see graph.Editor): its evidence
// leaves every edge, edges left without evidence go, and so do the nodes
// it brought that nothing supports any more.
func (db *DB) DeleteArticle(ctx context.Context, id graph.ID) error {
	const op = opDelete
	return db.write(ctx, op, func(tx pgx.Tx) error {
		m, err := loadNodes(ctx, tx, []graph.ID{id})
		if err != nil {
			return err
		}
		art, ok := m[id]
		switch {
		case !ok:
			return graph.Errorf(op, graph.NotFound, "id: no article %q", id)
		case art.Kind != graph.KindArticle:
			return graph.Errorf(op, graph.Invalid, "id: %s is an %s, not an article", id, art.Kind)
		}
		rows, err := tx.Query(ctx, `SELECT node FROM article_nodes WHERE article = $1 ORDER BY node`, string(id))
		if err != nil {
			return err
		}
		nodeIDs, err := pgx.CollectRows(rows, pgx.RowTo[graph.ID])
		if err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `SELECT edge FROM article_edges WHERE article = $1 ORDER BY edge`, string(id))
		if err != nil {
			return err
		}
		edgeIDs, err := pgx.CollectRows(rows, pgx.RowTo[graph.ID])
		if err != nil {
			return err
		}
		// Edges at the article itself cannot outlive it, whoever else
		// gave evidence for them.
		atArticle, err := adjacentEdgeIDs(ctx, tx, []graph.ID{id})
		if err != nil {
			return err
		}
		edges, err := loadEdges(ctx, tx, append(slices.Clone(edgeIDs), atArticle...))
		if err != nil {
			return err
		}
		if err := deleteNode(ctx, tx, art); err != nil {
			return err
		}
		gone := map[graph.ID]bool{}
		for _, x := range edgeIDs {
			old, ok := edges[x]
			if !ok {
				continue
			}
			kept := slices.DeleteFunc(slices.Clone(old.Evidence), func(ev graph.Evidence) bool { return ev.Article == id })
			if len(kept) == 0 || slices.Contains(atArticle, x) {
				if err := deleteEdge(ctx, tx, old); err != nil {
					return err
				}
				gone[x] = true
				continue
			}
			upd := old
			upd.Evidence = kept
			if !slices.ContainsFunc(kept, func(ev graph.Evidence) bool { return ev.Verb == upd.Verb }) {
				upd.Verb = ""
				for _, ev := range kept {
					if ev.Verb != "" {
						upd.Verb = ev.Verb
						break
					}
				}
			}
			if err := putEdge(ctx, tx, upd); err != nil {
				return err
			}
		}
		for _, x := range atArticle {
			if old, ok := edges[x]; ok && !gone[x] {
				if err := deleteEdge(ctx, tx, old); err != nil {
					return err
				}
				gone[x] = true
			}
		}
		var b pgx.Batch
		b.Queue(`DELETE FROM article_edges WHERE article = $1`, string(id))
		b.Queue(`DELETE FROM article_nodes WHERE article = $1`, string(id))
		b.Queue(`DELETE FROM node_articles WHERE node = ANY($1) AND article = $2`, idStrings(nodeIDs), string(id))
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return err
		}

		// Nodes the article brought go when nothing supports them: no
		// edge left and no other article naming them.
		if len(nodeIDs) == 0 {
			return nil
		}
		rows, err = tx.Query(ctx, `SELECT source FROM edges WHERE source = ANY($1)
			UNION SELECT target FROM in_links WHERE target = ANY($1)
			UNION SELECT node FROM node_articles WHERE node = ANY($1)`, idStrings(nodeIDs))
		if err != nil {
			return err
		}
		supported, err := pgx.CollectRows(rows, pgx.RowTo[graph.ID])
		if err != nil {
			return err
		}
		bare := slices.DeleteFunc(nodeIDs, func(n graph.ID) bool { return slices.Contains(supported, n) })
		nodes, err := loadNodes(ctx, tx, bare)
		if err != nil {
			return err
		}
		for _, n := range bare {
			if node, ok := nodes[n]; ok {
				if err := deleteNode(ctx, tx, node); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
