package pgstore

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
)

// Copying a graph in or out (graph.Copy, newsgraph migrate): the
// provenance a copy carries, and loading what another store holds as it
// is, one transaction per page with the page's checkpoint in
// newsgraph_meta.

var (
	_ graph.ProvenanceReader = (*DB)(nil)
	_ graph.Loader           = (*DB)(nil)
)

const checkpointKey = "copy_checkpoint"

// ArticleNodes returns the nodes each article brought or named
// (graph.ProvenanceReader).
func (db *DB) ArticleNodes(ctx context.Context, articles []graph.ID) (map[graph.ID][]graph.ID, error) {
	const op = "pgstore.ArticleNodes"
	out := map[graph.ID][]graph.ID{}
	rows, err := db.pool.Query(ctx, `SELECT article, node FROM article_nodes WHERE article = ANY($1) ORDER BY article, node`, idStrings(articles))
	if err != nil {
		return nil, db.fail(op, err)
	}
	var art, node string
	_, err = pgx.ForEachRow(rows, []any{&art, &node}, func() error {
		out[graph.ID(art)] = append(out[graph.ID(art)], graph.ID(node))
		return nil
	})
	return out, db.fail(op, err)
}

// ScanRedirects calls fn for every redirect, in ID order
// (graph.ProvenanceReader).
func (db *DB) ScanRedirects(ctx context.Context, fn func(from, to graph.ID) error) error {
	const op = "pgstore.ScanRedirects"
	rows, err := db.pool.Query(ctx, `SELECT id, to_id FROM redirects ORDER BY id`)
	if err != nil {
		return db.fail(op, err)
	}
	all, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (pair, error) {
		var p pair
		err := r.Scan(&p.a, &p.b)
		return p, err
	})
	if err != nil {
		return db.fail(op, err)
	}
	for _, p := range all {
		if err := fn(p.a, p.b); err != nil {
			return db.scanResult(op, callbackErr{err})
		}
	}
	return nil
}

// Checkpoint returns the copy checkpoint last recorded (graph.Loader).
func (db *DB) Checkpoint(ctx context.Context) (string, error) {
	var v string
	err := db.pool.QueryRow(ctx, `SELECT value FROM newsgraph_meta WHERE key = $1`, checkpointKey).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return v, db.fail("pgstore.Checkpoint", err)
}

func setCheckpoint(ctx context.Context, tx pgx.Tx, cp string) error {
	_, err := tx.Exec(ctx, `INSERT INTO newsgraph_meta (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, checkpointKey, cp)
	return err
}

// LoadNodes writes nodes as they are, with their names, the texts and
// provenance of the articles among them (graph.Loader).
func (db *DB) LoadNodes(ctx context.Context, nodes []graph.Node, texts map[graph.ID]string, named map[graph.ID][]graph.ID, cp string) error {
	const op = "pgstore.LoadNodes"
	for _, n := range nodes {
		if !n.Kind.Valid() || !graph.ValidID(n.ID) {
			return graph.Errorf(op, graph.Invalid, "node %q of kind %q cannot be stored", n.ID, n.Kind)
		}
	}
	return db.write(ctx, op, func(tx pgx.Tx) error {
		var w writes
		var actors []graph.ID
		for _, n := range nodes {
			if err := w.node(n); err != nil {
				return err
			}
			if n.Kind == graph.KindActor {
				actors = append(actors, n.ID)
				for _, f := range foldedNames(n) {
					w.aliases = append(w.aliases, pair{n.ID, graph.ID(f)})
				}
			}
		}
		for id, t := range texts {
			w.texts = append(w.texts, text{id, t})
		}
		for art, ids := range named {
			for _, id := range ids {
				w.articleNodes = append(w.articleNodes, pair{art, id})
			}
		}
		if len(actors) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM aliases WHERE actor = ANY($1)`, idStrings(actors)); err != nil {
				return err
			}
		}
		if err := w.flush(ctx, tx); err != nil {
			return err
		}
		return setCheckpoint(ctx, tx, cp)
	})
}

// LoadEdges writes edges with all their evidence, replacing what is
// stored under their IDs (graph.Loader).
func (db *DB) LoadEdges(ctx context.Context, edges []graph.Edge, cp string) error {
	const op = "pgstore.LoadEdges"
	for _, e := range edges {
		if !e.Class.Valid() || e.ID != graph.EdgeID(e.Source, e.Class, e.Target) {
			return graph.Errorf(op, graph.Invalid, "edge %q (%s %s %s) cannot be stored: unknown class or an ID its ends do not give", e.ID, e.Source, e.Class, e.Target)
		}
	}
	return db.write(ctx, op, func(tx pgx.Tx) error {
		var w writes
		ids := make([]string, len(edges))
		for i, e := range edges {
			ids[i] = string(e.ID)
			w.head(headOf(e))
			w.evidence(e.Source, e.ID, graph.MergeEvidence(nil, e.Evidence))
			for _, art := range evidenceArticles(e) {
				w.articleEdges = append(w.articleEdges, triple{art, e.ID, e.Source})
			}
		}
		if err := dropEvidence(ctx, tx, ids); err != nil {
			return err
		}
		if err := w.flush(ctx, tx); err != nil {
			return err
		}
		return setCheckpoint(ctx, tx, cp)
	})
}

// dropEvidence deletes the evidence of those of the edges ids that are
// stored, which a load replaces: it finds them by ID first (an index
// probe each, and in a fresh copy none), then deletes by (source, edge)
// pairs. A delete on "source = ANY AND edge = ANY" over a page of new
// edges would scan the whole evidence table for each page, a copy
// slowing down as it grows.
func dropEvidence(ctx context.Context, tx pgx.Tx, ids []string) error {
	rows, err := tx.Query(ctx, `SELECT source, id FROM edges WHERE id = ANY($1)`, ids)
	if err != nil {
		return err
	}
	var src, stored []string
	var s, id string
	if _, err := pgx.ForEachRow(rows, []any{&s, &id}, func() error {
		src, stored = append(src, s), append(stored, id)
		return nil
	}); err != nil || len(stored) == 0 {
		return err
	}
	_, err = tx.Exec(ctx, `DELETE FROM evidence v USING unnest($1::text[], $2::text[]) AS d(source, edge)
		WHERE v.source = d.source AND v.edge = d.edge`, src, stored)
	return err
}

// LoadRedirects writes redirects (graph.Loader).
func (db *DB) LoadRedirects(ctx context.Context, redirects map[graph.ID]graph.ID, cp string) error {
	const op = "pgstore.LoadRedirects"
	return db.write(ctx, op, func(tx pgx.Tx) error {
		var from, to []string
		for f, t := range redirects {
			from, to = append(from, string(f)), append(to, string(t))
		}
		if len(from) > 0 {
			_, err := tx.Exec(ctx, `INSERT INTO redirects (id, to_id) SELECT * FROM unnest($1::text[], $2::text[])
				ON CONFLICT (id) DO UPDATE SET to_id = EXCLUDED.to_id`, from, to)
			if err != nil {
				return err
			}
		}
		return setCheckpoint(ctx, tx, cp)
	})
}
