package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Copying a whole graph from one store to another (newsgraph migrate):
// the source lists, besides what a Reader reads, what only corrections
// read (ProvenanceReader), and the destination writes what it is given
// as it is (Loader), so that the copy answers every read, and every
// later correction and ingest, as the source would.

// ProvenanceReader is implemented by stores that can list what their
// corrections rely on beyond the graph a Reader sees.
type ProvenanceReader interface {
	// ArticleNodes returns, for each of the articles, the IDs of the
	// nodes it brought or named, sorted (what DeleteArticle and
	// MergeActors read); articles not stored are absent.
	ArticleNodes(ctx context.Context, articles []ID) (map[ID][]ID, error)
	// ScanRedirects calls fn for every redirect a correction made (see
	// Editor): from is an actor ID retired, to the actor it stands for.
	ScanRedirects(ctx context.Context, fn func(from, to ID) error) error
}

// Loader is implemented by stores that take a graph copied from another
// store as it is: nothing is resolved, merged or checked against what is
// stored. Each call is all or nothing and records a checkpoint with its
// writes, and writing a record again replaces it, so an interrupted copy
// resumes from its last checkpoint.
type Loader interface {
	// LoadNodes writes nodes (replacing any stored under their IDs) with
	// their name index entries, the texts of the articles among them and
	// the nodes each of those articles brought or named (named).
	LoadNodes(ctx context.Context, nodes []Node, texts map[ID]string, named map[ID][]ID, checkpoint string) error
	// LoadEdges writes edges with all their evidence, replacing any
	// stored under their IDs, and their adjacency.
	LoadEdges(ctx context.Context, edges []Edge, checkpoint string) error
	// LoadRedirects writes redirects, from retired actor ID to actor.
	LoadRedirects(ctx context.Context, redirects map[ID]ID, checkpoint string) error
	// Checkpoint returns the checkpoint last recorded, "" when none.
	Checkpoint(ctx context.Context) (string, error)
}

// CopySource is what Copy reads.
type CopySource interface {
	Reader
	ProvenanceReader
}

// CopyProgress is told what Copy has copied so far: what ("actor nodes",
// "edges", ...) and how many of them in this run.
type CopyProgress func(what string, n int)

// copyPage is how many nodes or edges Copy writes per Loader call.
const copyPage = 500

// checkpoint is where a copy is: from names the source; stage is a node
// kind, "edges", "redirects" or "done"; after is the last ID copied in
// the stage.
type checkpoint struct {
	from, stage string
	after       ID
}

func (c checkpoint) String() string { return c.from + "\n" + c.stage + "\n" + string(c.after) }

func parseCheckpoint(s string) (checkpoint, bool) {
	p := strings.Split(s, "\n")
	if len(p) != 3 {
		return checkpoint{}, false
	}
	return checkpoint{p[0], p[1], ID(p[2])}, true
}

// copyStages are the stages of a copy, in order.
func copyStages() []string {
	var s []string
	for _, k := range NodeKinds {
		s = append(s, string(k))
	}
	return append(s, "edges", "redirects", "done")
}

// Copy copies the whole graph of src, named from (a path or a URL
// without password, recorded in the checkpoints), into dst, streaming:
// nodes kind by kind, then edges, then redirects, in ID order, a page at
// a time. dst must be empty (it must hold no article) or hold an
// unfinished copy from the same source, which Copy resumes (a finished
// one is left as it is). It returns whether it resumed. Nothing may write to either store meanwhile.
func Copy(ctx context.Context, src CopySource, from string, dst interface {
	Reader
	Loader
}, progress CopyProgress) (resumed bool, err error) {
	const op = "graph.Copy"
	raw, err := dst.Checkpoint(ctx)
	if err != nil {
		return false, err
	}
	cp := checkpoint{from: from, stage: string(NodeKinds[0])}
	if raw != "" {
		prev, ok := parseCheckpoint(raw)
		switch {
		case !ok:
			return false, Errorf(op, Invalid, "the destination holds an unreadable copy checkpoint %q", raw)
		case prev.from != from:
			return false, Errorf(op, Invalid, "the destination holds a copy from %s, not from %s: finish that one, or start again with an empty destination", prev.from, from)
		case prev.stage == "done":
			return true, nil // finished before: nothing left to copy
		}
		cp, resumed = prev, true
	} else if err := checkEmpty(ctx, dst); err != nil {
		return false, err
	}
	if progress == nil {
		progress = func(string, int) {}
	}
	stages := copyStages()
	for _, stage := range stages[slices.Index(stages, cp.stage):] {
		if stage != cp.stage {
			cp.stage, cp.after = stage, ""
		}
		var err error
		switch {
		case stage == "edges":
			err = copyEdges(ctx, src, dst, cp, progress)
		case stage == "redirects":
			err = copyRedirects(ctx, src, dst, cp)
		case stage == "done":
		default:
			err = copyNodes(ctx, src, dst, NodeKind(stage), cp, progress)
		}
		if err != nil {
			return resumed, err
		}
	}
	return resumed, nil
}

// checkEmpty refuses a destination that holds a graph.
func checkEmpty(ctx context.Context, r Reader) error {
	for _, k := range NodeKinds {
		found := false
		err := r.ScanNodes(ctx, k, "", func(Node) error { found = true; return ErrStop })
		if err != nil {
			return err
		}
		if found {
			return Errorf("graph.Copy", Invalid, "the destination is not empty (it holds %s nodes) and holds no unfinished copy", k)
		}
	}
	return nil
}

func copyNodes(ctx context.Context, src CopySource, dst Loader, k NodeKind, cp checkpoint, progress CopyProgress) error {
	var page []Node
	n := 0
	flush := func() error {
		if len(page) == 0 {
			return nil
		}
		var texts map[ID]string
		var named map[ID][]ID
		if k == KindArticle {
			ids := make([]ID, len(page))
			texts = make(map[ID]string, len(page))
			for i, a := range page {
				ids[i] = a.ID
				t, err := src.ArticleText(ctx, a.ID)
				if err != nil {
					return fmt.Errorf("read the text of %s: %w", a.ID, err)
				}
				texts[a.ID] = t
			}
			var err error
			if named, err = src.ArticleNodes(ctx, ids); err != nil {
				return err
			}
		}
		cp.after = page[len(page)-1].ID
		if err := dst.LoadNodes(ctx, page, texts, named, cp.String()); err != nil {
			return err
		}
		n += len(page)
		progress(string(k)+" nodes", n)
		page = page[:0]
		return nil
	}
	err := src.ScanNodes(ctx, k, cp.after, func(nd Node) error {
		page = append(page, nd)
		if len(page) == copyPage {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	if n == 0 {
		progress(string(k)+" nodes", 0)
	}
	return nil
}

func copyEdges(ctx context.Context, src Reader, dst Loader, cp checkpoint, progress CopyProgress) error {
	var page []Edge
	n := 0
	flush := func() error {
		if len(page) == 0 {
			return nil
		}
		cp.after = page[len(page)-1].ID
		if err := dst.LoadEdges(ctx, page, cp.String()); err != nil {
			return err
		}
		n += len(page)
		progress("edges", n)
		page = page[:0]
		return nil
	}
	err := src.ScanEdges(ctx, cp.after, func(e Edge) error {
		page = append(page, e)
		if len(page) == copyPage {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

func copyRedirects(ctx context.Context, src ProvenanceReader, dst Loader, cp checkpoint) error {
	all := map[ID]ID{}
	if err := src.ScanRedirects(ctx, func(from, to ID) error { all[from] = to; return nil }); err != nil {
		return err
	}
	cp.stage, cp.after = "done", ""
	return dst.LoadRedirects(ctx, all, cp.String())
}
