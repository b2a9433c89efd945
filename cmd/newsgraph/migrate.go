package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/pgstore"
	"github.com/newsgraph/newsgraph/store"
)

const migrateDoc = `
Copy the whole graph from one store to another: from a Badger database
folder to a PostgreSQL database (postgres://…), or back. The source is
opened read-only; the destination must be empty, or hold a copy from the
same source that was interrupted, which is resumed where it stopped (run
the same command again). Nodes, edges with all their evidence, article
texts and what corrections rely on (which article named which node,
merged actors' redirects) are copied as they are, a page at a time, each
page in one transaction with a checkpoint.

The copy is then verified: the json export of both stores, and a digest
of everything they hold (every node, every edge with its evidence, every
text, the provenance), must be identical; otherwise the exit status is 1.
Nothing may write to either store meanwhile.
`

func (m *Main) migrate(ctx context.Context, args []string) int {
	fs := m.flags("migrate", migrateDoc)
	from := fs.String("from", "", "the source `SRC`: a database folder or a postgres:// URL")
	to := fs.String("to", "", "the destination `DST`: a database folder or a postgres:// URL")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 0:
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	case *from == "" || *to == "":
		return m.usageError(fs, "give both --from and --to")
	case *from == *to:
		return m.usageError(fs, "--from and --to are the same store")
	}
	src, srcName, err := m.openEither(ctx, *from, true)
	if err != nil {
		return m.fail("migrate", fmt.Errorf("--from: %w", err))
	}
	defer src.Close()
	dst, dstName, err := m.openEither(ctx, *to, false)
	if err != nil {
		return m.fail("migrate", fmt.Errorf("--to: %w", err))
	}
	code = m.copyAndVerify(ctx, src, srcName, dst, dstName)
	if err := dst.Close(); err != nil && code == exitOK {
		return m.fail("migrate", fmt.Errorf("close %s: %w", dstName, err))
	}
	return code
}

// openEither opens a store named by a postgres:// URL or a folder.
func (m *Main) openEither(ctx context.Context, s string, readOnly bool) (graph.EditStore, string, error) {
	if pgstore.IsURL(s) {
		return m.openGraph(ctx, s, "", readOnly)
	}
	return m.openGraph(ctx, "", s, readOnly, func(o *store.Options) { o.CacheSize = exportCacheSize })
}

func (m *Main) copyAndVerify(ctx context.Context, src graph.EditStore, srcName string, dst graph.EditStore, dstName string) int {
	cs, ok1 := src.(graph.CopySource)
	loader, ok2 := dst.(interface {
		graph.Reader
		graph.Loader
	})
	if !ok1 || !ok2 {
		return m.fail("migrate", errors.New("these stores cannot be copied between"))
	}
	start := time.Now()
	last := map[string]int{}
	next := time.Now().Add(5 * time.Second)
	progress := func(what string, n int) {
		last[what] = n
		if time.Now().After(next) {
			fmt.Fprintf(m.stderr, "newsgraph migrate: %d %s copied\n", n, what)
			next = time.Now().Add(5 * time.Second)
		}
	}
	resumed, err := graph.Copy(ctx, cs, srcName, loader, progress)
	if err != nil {
		return m.fail("migrate", fmt.Errorf("copy %s to %s: %w (run the same command again to resume)", srcName, dstName, err))
	}
	if resumed {
		fmt.Fprintf(m.stderr, "newsgraph migrate: resumed an interrupted copy into %s\n", dstName)
	}
	for _, k := range graph.NodeKinds {
		if n, ok := last[string(k)+" nodes"]; ok {
			fmt.Fprintf(m.stderr, "newsgraph migrate: %d %s nodes copied\n", n, k)
		}
	}
	fmt.Fprintf(m.stderr, "newsgraph migrate: %d edges copied in %s; verifying\n", last["edges"], time.Since(start).Round(time.Millisecond))

	for _, check := range []struct {
		name string
		sum  func(context.Context, graph.Reader) (string, error)
	}{{"json export", exportDigest}, {"content digest", contentDigest}} {
		a, err := check.sum(ctx, src)
		if err != nil {
			return m.fail("migrate", fmt.Errorf("verify: %s of %s: %w", check.name, srcName, err))
		}
		b, err := check.sum(ctx, dst)
		if err != nil {
			return m.fail("migrate", fmt.Errorf("verify: %s of %s: %w", check.name, dstName, err))
		}
		if a != b {
			return m.fail("migrate", fmt.Errorf("verify: the %s of %s (sha256 %s) differs from that of %s (%s)", check.name, dstName, b, srcName, a))
		}
		fmt.Fprintf(m.stderr, "newsgraph migrate: %s identical (sha256 %s)\n", check.name, a)
	}
	fmt.Fprintf(m.stderr, "newsgraph migrate: %s copied to %s in %s\n", srcName, dstName, time.Since(start).Round(time.Millisecond))
	return exitOK
}

// exportDigest is the SHA-256 of r's whole-graph json export.
func exportDigest(ctx context.Context, r graph.Reader) (string, error) {
	f, err := export.Lookup("json")
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if err := f.Write(ctx, h, r, export.Scope{}); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// contentDigest is the SHA-256 of everything r holds, as JSON lines:
// every node of every kind, every edge with its evidence, every article's
// text and the provenance corrections read (graph.ProvenanceReader).
func contentDigest(ctx context.Context, r graph.Reader) (string, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	var articles []graph.ID
	for _, k := range graph.NodeKinds {
		err := r.ScanNodes(ctx, k, "", func(n graph.Node) error {
			if k == graph.KindArticle {
				articles = append(articles, n.ID)
			}
			return enc.Encode(n)
		})
		if err != nil {
			return "", err
		}
	}
	if err := r.ScanEdges(ctx, "", func(e graph.Edge) error { return enc.Encode(e) }); err != nil {
		return "", err
	}
	p, ok := r.(graph.ProvenanceReader)
	for i := 0; i < len(articles); i += 500 {
		page := articles[i:min(i+500, len(articles))]
		for _, a := range page {
			t, err := r.ArticleText(ctx, a)
			if err != nil {
				return "", err
			}
			io.WriteString(h, t)
		}
		if ok {
			named, err := p.ArticleNodes(ctx, page)
			if err != nil {
				return "", err
			}
			for _, a := range page {
				if err := enc.Encode([]any{a, named[a]}); err != nil {
					return "", err
				}
			}
		}
	}
	if ok {
		if err := p.ScanRedirects(ctx, func(from, to graph.ID) error { return enc.Encode([2]graph.ID{from, to}) }); err != nil {
			return "", err
		}
	}
	return sum(h), nil
}

func sum(h hash.Hash) string { return hex.EncodeToString(h.Sum(nil)) }
