package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"

	"github.com/newsgraph/newsgraph/graph"
)

// CheckReport says what Check found.
type CheckReport struct {
	// Keys is the number of keys read, and Bytes the bytes of their
	// values.
	Keys, Bytes int64
	// Nodes and Edges are the numbers scanned.
	Nodes, Edges int64
	// Problems describes the damage found, at most maxProblems of it;
	// More counts the problems left out.
	Problems []string
	More     int
}

// OK reports whether Check found no damage.
func (r *CheckReport) OK() bool { return len(r.Problems) == 0 }

// maxProblems is how many problems a report lists.
const maxProblems = 50

func (r *CheckReport) add(format string, args ...any) {
	if len(r.Problems) < maxProblems {
		r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
		return
	}
	r.More++
}

// CheckProgress is told, now and then, which stage Check is in and how
// many items of it it has done.
type CheckProgress func(stage string, done int64)

// Check verifies the whole database: the checksum of every table block,
// every key and value readable, and the graph consistent (every edge's
// ends exist, it has evidence and is stored under the ID its ends give;
// every adjacency link names an existing edge with those ends and its
// support; the counters equal a scan). Damage goes into the report; the
// error is for a check that could not run (a cancelled context).
func (db *DB) Check(ctx context.Context, progress CheckProgress) (CheckReport, error) {
	var rep CheckReport
	if progress == nil {
		progress = func(string, int64) {}
	}
	if err := db.usable(); err != nil {
		return rep, err
	}
	if !db.opts.InMemory {
		db.verifyTables(&rep, progress)
	}
	if err := db.checkKeys(ctx, &rep, progress); err != nil {
		return rep, err
	}
	if err := checkGraph(ctx, db, &rep, progress); err != nil {
		return rep, err
	}
	return rep, nil
}

// verifyTables verifies the checksum of every block of every table.
// Badger's own DB.VerifyChecksum panics on the first bad block, in
// whichever goroutine runs it, without naming the table; each table is
// verified here apart, its panic recovered into a problem naming it.
func (db *DB) verifyTables(rep *CheckReport, progress CheckProgress) {
	tables := db.bdb.Tables()
	for i, ti := range tables {
		progress("tables", int64(i))
		path := table.NewFilename(ti.ID, db.dir)
		if err := verifyTable(path, db.bdb.Opts()); err != nil {
			rep.add("table %s (level %d): %v", filepath.Base(path), ti.Level, err)
		}
	}
	progress("tables", int64(len(tables)))
}

// verifyTable opens the table at path read-only, on a mapping of its
// own, with Badger's table code, which checks every block's checksum.
// A table is compressed as the options that wrote it said (a bulk load
// writes uncompressed ones; Badger's manifest records which), so one
// that fails to open with bo's compression is tried with the other: the
// checksums do not depend on it, only decoding the keys does.
func verifyTable(path string, bo badger.Options) error {
	err := verifyTableAs(path, bo, bo.Compression)
	if err == nil {
		return nil
	}
	other := options.None
	if bo.Compression == options.None {
		other = options.Snappy
	}
	if verifyTableAs(path, bo, other) == nil {
		return nil
	}
	return err
}

// verifyTableAs is verifyTable for a table compressed with c.
func verifyTableAs(path string, bo badger.Options, c options.CompressionType) (err error) {
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if err != nil && !errors.Is(err, z.NewFile) {
		return fmt.Errorf("cannot be read: %w", err)
	}
	defer mf.Close(-1) // -1: unmap and close, never truncate
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("damaged: reading it fails (%v)", v)
		}
	}()
	// A damaged table can send Badger's reader past the end of the
	// mapping (its own recover prints the block it was reading): a
	// fault there must be a panic recovered above, not the process's
	// death (CI saw "unexpected fault address" in
	// TestDamagedTableIsNeverServed under -race).
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	_, err = table.OpenTable(mf, table.Options{
		ChkMode:     options.OnTableRead,
		BlockSize:   bo.BlockSize,
		Compression: c,
	})
	if err != nil {
		return fmt.Errorf("damaged: %w", err)
	}
	return nil
}

// checkKeys reads every key and value, which verifies the blocks and
// value-log entries they come from.
func (db *DB) checkKeys(ctx context.Context, rep *CheckReport, progress CheckProgress) (err error) {
	defer func() {
		// A damaged block Badger did not catch may make it panic.
		if v := recover(); v != nil {
			rep.add("reading key %d: Badger failed: %v", rep.Keys, v)
		}
	}()
	txn, err := db.snapshot()
	if err != nil {
		return err
	}
	defer db.endRead(txn)
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, AllVersions: false})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if rep.Keys%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			progress("keys", rep.Keys)
		}
		item := it.Item()
		err := item.Value(func(v []byte) error {
			rep.Bytes += int64(len(v))
			return nil
		})
		if err != nil {
			rep.add("key %.60q: value unreadable: %v", item.Key(), err)
		}
		rep.Keys++
	}
	progress("keys", rep.Keys)
	return nil
}

// edgeEnds is what checkGraph keeps of an edge.
type edgeEnds struct {
	src, dst graph.ID
	support  int
	links    int
}

// checkGraph checks the graph as a reader sees it (see Check), keeping
// only IDs and ends in memory.
func checkGraph(ctx context.Context, r graph.Reader, rep *CheckReport, progress CheckProgress) error {
	nodes := map[graph.ID]bool{}
	nodeCounts := map[graph.NodeKind]int64{}
	for _, k := range graph.NodeKinds {
		err := r.ScanNodes(ctx, k, "", func(n graph.Node) error {
			nodes[n.ID] = true
			nodeCounts[k]++
			rep.Nodes++
			if rep.Nodes%4096 == 0 {
				progress("nodes", rep.Nodes)
			}
			return ctx.Err()
		})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			rep.add("scan of %s nodes failed: %v", k, err)
		}
	}
	progress("nodes", rep.Nodes)
	edges := map[graph.ID]*edgeEnds{}
	edgeCounts := map[graph.EdgeClass]int64{}
	modCounts := map[classMod]int64{}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
		edges[e.ID] = &edgeEnds{src: e.Source, dst: e.Target, support: e.Support()}
		edgeCounts[e.Class]++
		modCounts[classMod{e.Class, e.MostFactual()}]++
		rep.Edges++
		if rep.Edges%4096 == 0 {
			progress("edges", rep.Edges)
		}
		for _, end := range []graph.ID{e.Source, e.Target} {
			if !nodes[end] {
				rep.add("edge %s: its end %s is missing", e.ID, end)
			}
		}
		if len(e.Evidence) == 0 {
			rep.add("edge %s has no evidence", e.ID)
		}
		if e.ID != graph.EdgeID(e.Source, e.Class, e.Target) {
			rep.add("edge %s is stored under another ID than its ends give", e.ID)
		}
		return ctx.Err()
	})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		rep.add("scan of edges failed: %v", err)
	}
	progress("edges", rep.Edges)
	var done int64
	for id := range nodes {
		links, err := r.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			rep.add("node %s: links unreadable: %v", id, err)
			continue
		}
		for _, l := range links {
			e, ok := edges[l.Edge]
			switch {
			case !ok:
				rep.add("node %s links to edge %s, which is missing", id, l.Edge)
				continue
			case (e.src != id || e.dst != l.Other) && (e.dst != id || e.src != l.Other):
				rep.add("node %s links to edge %s towards %s, but the edge is %s–%s", id, l.Edge, l.Other, e.src, e.dst)
			case l.Support != 0 && l.Support != e.support:
				rep.add("node %s's link to edge %s says %d supporting articles; the edge has %d", id, l.Edge, l.Support, e.support)
			}
			e.links++
		}
		if done++; done%4096 == 0 {
			progress("links", done)
		}
	}
	progress("links", done)
	for id, e := range edges {
		want := 2
		if e.src == e.dst {
			want = 1
		}
		if e.links < want && nodes[e.src] && nodes[e.dst] {
			rep.add("edge %s is missing from the links of its ends", id)
		}
	}
	if c, ok := r.(graph.Counter); ok {
		n, ec, err := c.Counts(ctx)
		if err != nil {
			rep.add("counters unreadable: %v", err)
			return nil
		}
		for _, k := range graph.NodeKinds {
			if n[k] != nodeCounts[k] {
				rep.add("the counter of %s nodes says %d; a scan finds %d", k, n[k], nodeCounts[k])
			}
		}
		for _, c := range graph.EdgeClasses {
			if ec[c] != edgeCounts[c] {
				rep.add("the counter of %s edges says %d; a scan finds %d", c, ec[c], edgeCounts[c])
			}
		}
	}
	if c, ok := r.(graph.SelectiveOrderedReader); ok {
		mc, err := c.EdgeCountsByModality(ctx)
		if err != nil {
			rep.add("counters by modality unreadable: %v", err)
			return nil
		}
		for _, c := range graph.EdgeClasses {
			for _, m := range graph.Modalities {
				if got, want := mc[c][m], modCounts[classMod{c, m}]; got != want {
					rep.add("the counter of %s edges that are %s at most says %d; a scan finds %d", c, m.Name(), got, want)
				}
			}
		}
	}
	return nil
}
