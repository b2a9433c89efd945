package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4/options"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// BenchmarkOpenChecksums compares Badger's checksum verification modes
// (checksumMode) and Open's own verification of every table
// (verifyOnOpen) on a read-only open alone and on an open followed by a
// whole-graph scan (what an export does), on a database of 4000 articles
// of about 3 KB (about 40 MB on disk), or on NEWSGRAPH_BENCH_DB.
func BenchmarkOpenChecksums(b *testing.B) {
	dir := os.Getenv("NEWSGRAPH_BENCH_DB")
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "db")
		fillForChecksums(b, dir, 4000)
	}
	var size int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, _ error) error {
		if fi != nil && strings.HasSuffix(fi.Name(), ".sst") {
			size += fi.Size()
		}
		return nil
	})
	b.Logf("%s: %.1f MB of tables", dir, float64(size)/1e6)
	savedMode, savedVerify := checksumMode, verifyOnOpen
	defer func() { checksumMode, verifyOnOpen = savedMode, savedVerify }()
	modes := []struct {
		name   string
		mode   options.ChecksumVerificationMode
		verify bool
	}{
		{"none", options.NoVerification, false},
		{"OnBlockRead", options.OnBlockRead, false},
		{"OnTableRead", options.OnTableRead, false},
		{"preflight+OnBlockRead", options.OnBlockRead, true}, // what Open does
	}
	for _, scan := range []bool{false, true} {
		for _, m := range modes {
			name := "open/" + m.name
			if scan {
				name = "open+scan/" + m.name
			}
			b.Run(name, func(b *testing.B) {
				checksumMode, verifyOnOpen = m.mode, m.verify
				b.SetBytes(size)
				for b.Loop() {
					db, err := Open(dir, Options{ReadOnly: true})
					if err != nil {
						b.Fatal(err)
					}
					if scan {
						err = db.ScanEdges(context.Background(), "", func(graph.Edge) error { return nil })
					}
					db.Close()
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func fillForChecksums(b testing.TB, dir string, n int) {
	db, err := Open(dir, Options{BulkLoad: true})
	if err != nil {
		b.Fatal(err)
	}
	filler := strings.Repeat("The talks went on through the night while the delegations argued. ", 45)
	for i := range n {
		text := fmt.Sprintf("Envoy Person%d met Minister Person%d in Geneva on day %d. %s", i, i%97, i, filler)
		a := graphtest.NewBuilder(b, fmt.Sprintf("Talks %d", i), "2026-01-02", text)
		p := a.Actor(fmt.Sprintf("Envoy Person%d", i), graph.Person)
		q := a.Actor(fmt.Sprintf("Minister Person%d", i%97), graph.Person)
		a.Edge(p, graph.Consult, q, text[:60], "met")
		if _, err := db.Ingest(context.Background(), a.B); err != nil {
			b.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
}
