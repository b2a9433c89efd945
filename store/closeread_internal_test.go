package store

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestCloseWaitsForReads closes the store while a scan is part way
// through its tables: Close waits for the scan, which ends with all it
// should read, and reads after Close are refused. (Badger unmaps its
// tables as it closes; a scan reading on after that faults, which
// crashes the process.)
func TestCloseWaitsForReads(t *testing.T) {
	db, err := Open(t.TempDir(), smallOpts(nil)) // small memtables: the graph is in tables
	if err != nil {
		t.Fatal(err)
	}
	graphtest.GenerateGraph(t, db, 3, 200, 300)
	// Compacted into one level, so that Close has no compaction to wait
	// for and would return at once.
	if err := db.bdb.Flatten(1); err != nil {
		t.Fatal(err)
	}
	want := countActors(t, db)
	started, release := make(chan bool), make(chan bool)
	scanned := make(chan error, 1)
	n := 0
	go func() {
		scanned <- db.ScanNodes(t.Context(), graph.KindActor, "", func(graph.Node) error {
			if n++; n == 1 {
				started <- true
				<-release
			}
			return nil
		})
	}()
	<-started
	closed := make(chan error, 1)
	go func() { closed <- db.Close() }()
	select {
	case err := <-closed:
		t.Errorf("Close returned (%v) while a scan was reading", err)
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	if err := <-scanned; err != nil || n != want {
		t.Errorf("the scan Close waited for: %d of %d actors, %v", n, want, err)
	}
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := db.Nodes(t.Context(), []graph.ID{"x"}); err == nil {
		t.Error("a read after Close was not refused")
	}
}
