package store

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	badger "github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"
)

// tailTestDB writes about 24 MB of random values into a Badger database
// with small memtables, so that it holds a dozen tables, and reads every
// key back so that their pages are resident. It returns the database
// and its keys.
func tailTestDB(t testing.TB) (*badger.DB, [][]byte) {
	t.Helper()
	dir := t.TempDir()
	bdb, err := badger.Open(tailTestOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bdb.Close() })
	rng := rand.New(rand.NewPCG(14, 13))
	var keys [][]byte
	for batch := range 48 {
		wb := bdb.NewWriteBatch()
		for i := range 500 {
			k := fmt.Appendf(nil, "key/%04d/%04d/%016x", batch, i, rng.Uint64())
			v := make([]byte, 1000)
			for j := range v {
				v[j] = byte(rng.Uint32())
			}
			if err := wb.Set(k, v); err != nil {
				t.Fatal(err)
			}
			keys = append(keys, k)
		}
		if err := wb.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	// Close and reopen, so that every write is in a table.
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	if bdb, err = badger.Open(tailTestOptions(dir)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bdb.Close() })
	err = bdb.View(func(txn *badger.Txn) error {
		for _, k := range keys {
			item, err := txn.Get(k)
			if err != nil {
				return fmt.Errorf("get %s: %w", k, err)
			}
			if err := item.Value(func([]byte) error { return nil }); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return bdb, keys
}

// TestTableIndexStart: the offset tableIndexStart reads from a table
// file's tail is where Badger's index of that table begins: the index
// (TableInfo.IndexSz bytes), its length, a checksum and the checksum's
// length fill the rest of the file.
func TestTableIndexStart(t *testing.T) {
	bdb, _ := tailTestDB(t)
	tables := bdb.Tables()
	if len(tables) < 4 {
		t.Fatalf("%d tables, want several", len(tables))
	}
	for _, ti := range tables {
		path := filepath.Join(bdb.Opts().Dir, tableName(ti.ID))
		start, err := tableIndexStart(path)
		if err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		rest := fi.Size() - start - int64(ti.IndexSz) - 8 // the checksum
		if rest <= 0 || rest > 64 {
			t.Errorf("%s: index from %d of %d bytes with an index of %d bytes leaves %d for the checksum", path, start, fi.Size(), ti.IndexSz, rest)
		}
	}
	// A file being written ends in zeros: no index is read from it.
	zeros := filepath.Join(t.TempDir(), "000001.sst")
	if err := os.WriteFile(zeros, make([]byte, 1<<16), 0o600); err != nil {
		t.Fatal(err)
	}
	if at, err := tableIndexStart(zeros); err == nil {
		t.Errorf("a file of zeros has an index at %d", at)
	}
}

// TestPageOutSparesTableIndexes: paging out the tables' data blocks
// (pageOut, not whole) leaves their indexes and bloom filters resident,
// which every lookup reads, and drops the data pages; the whole pass
// drops the rest.
func TestPageOutSparesTableIndexes(t *testing.T) {
	bdb, keys := tailTestDB(t)
	maps, err := dbMappings(bdb.Opts().Dir)
	if err != nil {
		t.Fatal(err)
	}
	tails := tableTails{}
	type counts struct{ data, tail int }
	resident := func() (c counts) {
		for _, m := range maps {
			if m.vlog {
				continue
			}
			mid := m.dataEnd(tails)
			c.data += residentPages(t, m.start, mid)
			c.tail += residentPages(t, mid, m.end)
		}
		return c
	}
	before := resident()
	if before.data < 1000 || before.tail < 10 {
		t.Fatalf("resident before: %d data pages, %d index pages; want the tables read in", before.data, before.tail)
	}
	if _, err := pageOut(maps, tails, false, 0); err != nil {
		t.Fatal(err)
	}
	after := resident()
	t.Logf("resident pages of %d tables: data %d -> %d, indexes %d -> %d", len(maps), before.data, after.data, before.tail, after.tail)
	if after.tail < before.tail {
		t.Errorf("index pages resident: %d before, %d after paging out the data", before.tail, after.tail)
	}
	if after.data > before.data/4 {
		t.Errorf("data pages resident: %d before, %d after paging them out", before.data, after.data)
	}
	if _, err := pageOut(maps, tails, true, 0); err != nil {
		t.Fatal(err)
	}
	if whole := resident(); whole.tail > before.tail/4 {
		t.Errorf("index pages resident after paging out whole mappings: %d of %d", whole.tail, before.tail)
	}
	// Every value reads back.
	err = bdb.View(func(txn *badger.Txn) error {
		for _, k := range keys {
			if _, err := txn.Get(k); err != nil {
				return fmt.Errorf("get %s after the page-out: %w", k, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// residentPages counts the pages of [start, end) in memory (mincore).
func residentPages(t *testing.T, start, end uintptr) int {
	t.Helper()
	if end <= start {
		return 0
	}
	page := uintptr(os.Getpagesize())
	vec := make([]byte, (end-start+page-1)/page)
	if _, _, errno := unix.Syscall(unix.SYS_MINCORE, start, end-start, uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	n := 0
	for _, b := range vec {
		n += int(b & 1)
	}
	return n
}

// tailTestOptions are Badger's defaults with 2 MiB memtables and every
// value in the tables (none in the value log), and no compactions, so
// that the tables stay mapped where the test found them.
func tailTestOptions(dir string) badger.Options {
	return badger.DefaultOptions(dir).WithMemTableSize(2 << 20).WithValueThreshold(64 << 10).
		WithNumCompactors(0).WithCompactL0OnClose(false).WithLogger(nil)
}

// BenchmarkGetAfterPageOut reads 1,000 keys at random from a database
// of a dozen tables just after its mappings were paged out, either
// whole (as the trimmer did before it spared the indexes) or their data
// blocks alone: a read probes the bloom filter of every table and seeks
// in the block index of those that may hold the key, which a whole
// page-out sends back to the disk.
func BenchmarkGetAfterPageOut(b *testing.B) {
	bdb, keys := tailTestDB(b)
	maps, err := dbMappings(bdb.Opts().Dir)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, whole := range []bool{true, false} {
		b.Run(fmt.Sprintf("whole=%v", whole), func(b *testing.B) {
			tails := tableTails{}
			for b.Loop() {
				b.StopTimer()
				if _, err := pageOut(maps, tails, whole, 0); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				err := bdb.View(func(txn *badger.Txn) error {
					for range 1000 {
						if _, err := txn.Get(keys[rng.IntN(len(keys))]); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
