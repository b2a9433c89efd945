package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	badger "github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestParseMaps(t *testing.T) {
	const maps = `00400000-00a00000 r-xp 00000000 fd:01 100                                /usr/bin/newsgraph
7f0000000000-7f0000200000 rw-s 00000000 fd:01 201                        /db dir/000012.sst
7f0000200000-7f0000400000 rw-s 00000000 fd:01 202                        /db dir/000003.sst
7f0000400000-7f0000600000 rw-s 00000000 fd:01 203                        /db dir/000001.vlog
7f0000600000-7f0000800000 rw-s 00000000 fd:01 204                        /db dir/00004.mem
7f0000800000-7f0000a00000 rw-s 00000000 fd:01 205                        /db dir/000002.sst (deleted)
7f0000a00000-7f0000c00000 rw-s 00000000 fd:01 206                        /db dir/sub/000005.sst
7f0000c00000-7f0000e00000 rw-s 00000000 fd:01 207                        /other/000006.sst
7f0000e00000-7f0001000000 rw-s 00000000 fd:01 208                        /db dir/MANIFEST
7f0001000000-7f0001200000 rw-p 00000000 00:00 0 
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
`
	got, err := parseMaps(strings.NewReader(maps), "/db dir")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, m := range got {
		lines = append(lines, fmt.Sprintf("%x-%x %s", m.start, m.end, m.file))
	}
	want := []string{
		"7f0000200000-7f0000400000 /db dir/000003.sst",
		"7f0000000000-7f0000200000 /db dir/000012.sst",
		"7f0000400000-7f0000600000 /db dir/000001.vlog",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("parseMaps kept\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestTrimSparesTableIndexes: a trim leaves a table's index (block
// offsets, bloom filter) resident, which every read that misses the
// memtables probes in each level-0 table: Badger reads the whole index
// when it opens a table, and those pages are still in memory after a
// trim down to nothing. (TestMappedResidentLimit checks that the rest
// is paged out.)
func TestTrimSparesTableIndexes(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, Options{BulkLoad: true, MemTableSize: 1 << 20, MemTables: 2, GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		b := graphtest.NewBuilder(t, fmt.Sprintf("Article %d", i), "2025-12-01", strings.Repeat(fmt.Sprintf("Text %d of an article. ", i), 400))
		for j := range 5 {
			b.Actor(fmt.Sprintf("Person %d", i*5+j), graph.Person)
		}
		if _, err := db.Ingest(t.Context(), b.B); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopened, Badger maps each table and reads its whole index.
	db, err = Open(dir, Options{BulkLoad: true, GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tables := map[string]badger.TableInfo{}
	for _, ti := range db.bdb.Tables() {
		tables[filepath.Join(dir, fmt.Sprintf("%06d.sst", ti.ID))] = ti
	}
	maps, err := dbMappings(dir)
	if err != nil {
		t.Fatal(err)
	}
	var sst []mapping
	for _, m := range maps {
		if !m.vlog {
			sst = append(sst, m)
		}
	}
	if len(sst) < 2 {
		t.Fatalf("%d tables mapped, want a few", len(sst))
	}
	page := uintptr(os.Getpagesize())
	for _, m := range sst {
		at, err := tableIndexStart(m.file)
		if err != nil {
			t.Fatal(err)
		}
		ti, ok := tables[m.file]
		if !ok {
			t.Fatalf("no table info for %s", m.file)
		}
		// The blocks and the index (OnDiskSize bytes, IndexSz of them
		// the index), then the footer: the index's length, a checksum
		// of a few bytes and its length.
		fi, err := os.Stat(m.file)
		if err != nil {
			t.Fatal(err)
		}
		if footer := fi.Size() - int64(ti.OnDiskSize); at != int64(ti.OnDiskSize-uint32(ti.IndexSz)) || footer <= 8 || footer > 72 {
			t.Fatalf("%s: index at %d; want it at %d, the %d bytes of blocks and index less its %d, then a footer of 9–72 bytes (%d)",
				m.file, at, ti.OnDiskSize-uint32(ti.IndexSz), ti.OnDiskSize, ti.IndexSz, footer)
		}
	}
	if err := trimMapped(dir, 0, indexStarts{}); err != nil {
		t.Fatal(err)
	}
	for _, m := range sst {
		at, _ := tableIndexStart(m.file)
		first := (m.start + uintptr(at) + page - 1) &^ (page - 1) // the index's first whole page
		if idx := resident(t, first, m.end); idx != 1 {
			t.Errorf("%s: %.0f%% of the index's pages resident after the trim, want all", m.file, idx*100)
		}
	}
}

// resident returns the share of the pages in [start, end) that are in
// memory (mincore).
func resident(t *testing.T, start, end uintptr) float64 {
	t.Helper()
	page := uintptr(os.Getpagesize())
	n := (end - start + page - 1) / page
	if n == 0 {
		return 1
	}
	vec := make([]byte, n)
	if _, _, errno := unix.Syscall(unix.SYS_MINCORE, start, end-start, uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	in := 0
	for _, v := range vec {
		in += int(v & 1)
	}
	return float64(in) / float64(n)
}
