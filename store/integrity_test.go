package store_test

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// tableDB writes n articles into a new database with the given memtable
// size (a small one puts them in several tables) and returns the db,
// still open, and its directory.
func tableDB(t *testing.T, n int, memTable int64) (*store.DB, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	db, err := store.Open(dir, store.Options{MemTableSize: memTable, GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := db.Ingest(t.Context(), backupArticle(t, i)); err != nil {
			t.Fatal(err)
		}
	}
	return db, dir
}

// closedTableDB is tableDB, closed cleanly.
func closedTableDB(t *testing.T, n int) string {
	t.Helper()
	db, dir := tableDB(t, n, 64<<10)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// crashCopy copies the files of an open database into a new directory,
// as a crash would leave them: the memtable logs hold commits not yet in
// tables, and the database was not closed.
func crashCopy(t *testing.T, dir string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "crashed")
	copyDir(t, dir, dst)
	return dst
}

func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() == "LOCK" {
			continue
		}
		copySparse(t, filepath.Join(src, e.Name()), filepath.Join(dst, e.Name()))
	}
}

// copySparse copies a file's data segments, leaving its holes holes:
// Badger's value log is a sparse file of 2 GiB.
func copySparse(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	fi, err := in.Stat()
	if err != nil {
		t.Fatal(err)
	}
	for _, seg := range segments(t, in, fi.Size()) {
		buf := make([]byte, seg[1]-seg[0])
		if _, err := in.ReadAt(buf, seg[0]); err != nil && err != io.EOF {
			t.Fatal(err)
		}
		if _, err := out.WriteAt(buf, seg[0]); err != nil {
			t.Fatal(err)
		}
	}
	if err := out.Truncate(fi.Size()); err != nil {
		t.Fatal(err)
	}
}

// segments lists the data segments of f.
func segments(t *testing.T, f *os.File, size int64) [][2]int64 {
	t.Helper()
	var segs [][2]int64
	for off := int64(0); off < size; {
		start, err := unix.Seek(int(f.Fd()), off, unix.SEEK_DATA)
		if err == unix.ENXIO {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		end, err := unix.Seek(int(f.Fd()), start, unix.SEEK_HOLE)
		if err != nil {
			t.Fatal(err)
		}
		segs = append(segs, [2]int64{start, end})
		off = end
	}
	return segs
}

// fileSums returns "name size sha256" of every file in dir but LOCK.
func fileSums(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range ents {
		if e.Name() == "LOCK" {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fi, err := f.Stat()
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.New()
		for _, seg := range segments(t, f, fi.Size()) {
			buf := make([]byte, seg[1]-seg[0])
			if _, err := f.ReadAt(buf, seg[0]); err != nil && err != io.EOF {
				t.Fatal(err)
			}
			// Holes and zeros hash alike: only the bytes count.
			for len(buf) > 0 && buf[len(buf)-1] == 0 {
				buf = buf[:len(buf)-1]
			}
			fmt.Fprintf(h, "%d:", seg[0])
			h.Write(buf)
		}
		f.Close()
		lines = append(lines, fmt.Sprintf("%s %d %x", e.Name(), fi.Size(), h.Sum(nil)[:8]))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func filesWith(t *testing.T, dir, ext string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "*"+ext))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(m)
	return m
}

// refused opens dir both ways and checks each is refused with want in
// its error, naming the restore command, and that no file changed.
func refused(t *testing.T, dir string, want error, mention string) {
	t.Helper()
	before := fileSums(t, dir)
	for _, ro := range []bool{true, false} {
		db, err := store.Open(dir, store.Options{ReadOnly: ro, GCInterval: -1})
		if err == nil {
			db.Close()
			t.Fatalf("read-only %v: Open succeeded", ro)
		}
		if !errors.Is(err, want) {
			t.Errorf("read-only %v: Open: %v, want %v", ro, err, want)
		}
		if !strings.Contains(err.Error(), mention) {
			t.Errorf("read-only %v: the error does not mention %q: %v", ro, mention, err)
		}
		if errors.Is(want, store.ErrDamaged) && !strings.Contains(err.Error(), "newsgraph restore") {
			t.Errorf("read-only %v: the error does not name newsgraph restore: %v", ro, err)
		}
		if after := fileSums(t, dir); after != before {
			t.Fatalf("read-only %v: the refused open changed the files:\nbefore:\n%s\nafter:\n%s", ro, before, after)
		}
	}
}

// TestOpenRefusesDamagedManifest: Badger deletes every table its
// MANIFEST does not list, even read-only; a cut, emptied or lost
// manifest must make Open refuse, naming the tables, with nothing
// deleted.
func TestOpenRefusesDamagedManifest(t *testing.T) {
	// Compaction merges the tables at its own pace: on a loaded machine
	// it can leave one, so the database is built again when it did.
	clean := closedTableDB(t, 300)
	for try := 0; len(filesWith(t, clean, ".sst")) < 2 && try < 4; try++ {
		clean = closedTableDB(t, 300)
	}
	// The dump of a copy: opening clean itself could merge its tables.
	pristine := filepath.Join(t.TempDir(), "pristine")
	copyDir(t, clean, pristine)
	before := dumpDir(t, pristine)
	tables := filesWith(t, clean, ".sst")
	if len(tables) < 2 {
		t.Fatalf("the test database has %d tables after five builds, want several", len(tables))
	}
	fi, err := os.Stat(filepath.Join(clean, "MANIFEST"))
	if err != nil {
		t.Fatal(err)
	}
	size := fi.Size()
	for _, tc := range []struct {
		name    string
		damage  func(manifest string) error
		mention string
	}{
		{"emptied", func(m string) error { return os.Truncate(m, 0) }, "MANIFEST"},
		{"magic only", func(m string) error { return os.Truncate(m, 8) }, ".sst"},
		{"cut to 29 bytes", func(m string) error { return os.Truncate(m, 29) }, ".sst"},
		{"cut in half", func(m string) error { return os.Truncate(m, size/2) }, ".sst"},
		{"first record only", func(m string) error { return os.Truncate(m, firstRecordEnd(t, m)) }, ".sst"},
		{"removed", os.Remove, "MANIFEST is missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			copyDir(t, clean, dir)
			if err := tc.damage(filepath.Join(dir, "MANIFEST")); err != nil {
				t.Fatal(err)
			}
			refused(t, dir, store.ErrDamaged, tc.mention)
			if got := filesWith(t, dir, ".sst"); len(got) != len(tables) {
				t.Fatalf("%d tables left of %d", len(got), len(tables))
			}
		})
	}
	t.Run("a missing table", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "db")
		copyDir(t, clean, dir)
		gone := filepath.Base(tables[len(tables)/2])
		if err := os.Remove(filepath.Join(dir, gone)); err != nil {
			t.Fatal(err)
		}
		refused(t, dir, store.ErrDamaged, gone)
	})
	// The undamaged copy still opens, with all its data.
	if got := dumpDir(t, clean); got != before {
		t.Fatal("the undamaged database's dump changed after its copies were damaged")
	}
}

// firstRecordEnd returns the offset after the first record of a
// manifest: 8 bytes of magic, then a length, a checksum and the data.
func firstRecordEnd(t *testing.T, path string) int64 {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil || len(data) < 16 {
		t.Fatalf("read manifest: %v (%d bytes)", err, len(data))
	}
	n := int64(data[8])<<24 | int64(data[9])<<16 | int64(data[10])<<8 | int64(data[11])
	return 16 + n
}

// liveLog returns the memtable log of a crashed copy that holds commits.
func liveLog(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	for _, m := range filesWith(t, dir, ".mem") {
		f, err := os.Open(m)
		if err != nil {
			t.Fatal(err)
		}
		segs := segments(t, f, 1<<40)
		f.Close()
		if len(segs) == 0 {
			continue
		}
		data := make([]byte, segs[len(segs)-1][1])
		if f, err := os.Open(m); err == nil {
			f.ReadAt(data, 0)
			f.Close()
		}
		end := len(data)
		for end > 0 && data[end-1] == 0 {
			end--
		}
		if end > 2000 {
			return m, data[:end]
		}
	}
	t.Fatal("no memtable log holds commits")
	return "", nil
}

// TestOpenRefusesDamagedLog: a flipped byte in a memtable log made
// Badger replay up to it and drop every commit after, silently; and a
// read-only command fell back to read-write and made the loss
// permanent. Now both opens refuse, naming the file, and change nothing;
// AcceptLogDamage opens it with a loud warning.
func TestOpenRefusesDamagedLog(t *testing.T) {
	db, dir := tableDB(t, 40, 1<<20) // a log never flushed
	defer db.Close()
	for _, at := range []float64{0.1, 0.5, 0.9} {
		t.Run(fmt.Sprint(at), func(t *testing.T) {
			crashed := crashCopy(t, dir)
			log, data := liveLog(t, crashed)
			f, err := os.OpenFile(log, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			off := int64(float64(len(data)) * at)
			if _, err := f.WriteAt([]byte{data[off] ^ 0x5a}, off); err != nil {
				t.Fatal(err)
			}
			f.Close()
			refused(t, crashed, store.ErrDamaged, filepath.Base(log))

			var logged syncBuffer
			s, err := store.Open(crashed, store.Options{AcceptLogDamage: true, Logger: logged.logger(), GCInterval: -1})
			if err != nil {
				t.Fatalf("AcceptLogDamage: %v", err)
			}
			st, err := s.Stats(t.Context())
			s.Close()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(logged.String(), "DROPPED") || st.Articles() >= 40 {
				t.Errorf("AcceptLogDamage: %d articles kept, log %q", st.Articles(), logged.String())
			}
		})
	}
}

// TestOpenAcceptsAnUnfinishedTransaction: a process killed while writing
// a transaction leaves the start of it at the end of the log; replay
// drops it, which loses nothing committed, so Open must not call the log
// damaged (it did, and a killed ingest could not be reopened).
func TestOpenAcceptsAnUnfinishedTransaction(t *testing.T) {
	db, dir := tableDB(t, 40, 1<<20) // a log never flushed
	defer db.Close()
	for _, cut := range []int{1, 3, 40} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			crashed := crashCopy(t, dir)
			log, data := liveLog(t, crashed)
			end := len(data)
			for end > 0 && data[end-1] == 0 {
				end--
			}
			// Zero the last cut bytes: the last transaction's final
			// entry is left unwritten, as a kill mid-write leaves it.
			f, err := os.OpenFile(log, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteAt(make([]byte, cut), int64(end-cut)); err != nil {
				t.Fatal(err)
			}
			f.Close()
			s, err := store.Open(crashed, store.Options{GCInterval: -1})
			if err != nil {
				t.Fatalf("Open after a kill mid-transaction: %v", err)
			}
			st, err := s.Stats(t.Context())
			s.Close()
			if err != nil {
				t.Fatal(err)
			}
			if st.Articles() != 39 {
				t.Errorf("%d articles after the last one's transaction was cut, want 39", st.Articles())
			}
		})
	}
}

// TestReadOnlyOpenNeverReplays: a database not closed cleanly needs its
// log replayed, which writes; a read-only open refuses and writes
// nothing (before, the CLI fell back to a read-write open, and a failed
// one left a 128 MiB log behind). A read-write open then finds every
// commit.
func TestReadOnlyOpenNeverReplays(t *testing.T) {
	db, dir := tableDB(t, 40, 1<<20) // a log never flushed
	defer db.Close()
	crashed := crashCopy(t, dir)
	before := fileSums(t, crashed)
	_, err := store.Open(crashed, store.Options{ReadOnly: true})
	if !errors.Is(err, store.ErrNeedsReplay) || !strings.Contains(err.Error(), "--replay") {
		t.Fatalf("read-only open of a crashed database: %v, want ErrNeedsReplay naming check --replay", err)
	}
	if after := fileSums(t, crashed); after != before {
		t.Fatalf("the read-only open changed the files:\n%s\n%s", before, after)
	}
	s, err := store.Open(crashed, store.Options{GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles() != 40 {
		t.Fatalf("%d articles after replay, want 40", st.Articles())
	}
}

// TestFailedOpenLeavesNoLog: Badger creates a memtable log before it
// finds a table missing; the refused open must remove it.
func TestFailedOpenLeavesNoLog(t *testing.T) {
	dir := closedTableDB(t, 100)
	before := filesWith(t, dir, ".mem")
	// Damage Badger itself notices and preflight does not: a table
	// truncated to nothing.
	tables := filesWith(t, dir, ".sst")
	if err := os.Truncate(tables[0], 0); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(dir, store.Options{GCInterval: -1})
	if err == nil {
		t.Fatal("a database with an empty table opened")
	}
	if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "newsgraph restore") {
		t.Errorf("Open: %v, want a damage error naming newsgraph restore", err)
	}
	if after := filesWith(t, dir, ".mem"); len(after) != len(before) {
		t.Errorf("memtable logs before %v, after the failed open %v", before, after)
	}
}

// TestDamagedTableIsNeverServed: flipped bytes in a table were served as
// data (an edge with support 0 and no evidence) or made Badger panic.
// With checksums verified, either Open refuses the table or reading it
// fails; a read never succeeds with other data. Check names the damage.
func TestDamagedTableIsNeverServed(t *testing.T) {
	clean := closedTableDB(t, 300)
	want := dumpDir(t, clean)
	tables := filesWith(t, clean, ".sst")
	for i, frac := range []float64{0.05, 0.2, 0.4, 0.6, 0.8, 0.95} {
		t.Run(fmt.Sprint(frac), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			copyDir(t, clean, dir)
			table := filepath.Join(dir, filepath.Base(tables[i%len(tables)]))
			data, err := os.ReadFile(table)
			if err != nil {
				t.Fatal(err)
			}
			off := int(float64(len(data)) * frac)
			for j := off; j < off+4 && j < len(data); j++ {
				data[j] ^= 0xff
			}
			if err := os.WriteFile(table, data, 0o644); err != nil {
				t.Fatal(err)
			}
			db, err := store.Open(dir, store.Options{ReadOnly: true})
			if err != nil {
				if !errors.Is(err, store.ErrDamaged) {
					t.Fatalf("Open: %v, want ErrDamaged", err)
				}
				return
			}
			defer db.Close()
			got, derr := func() (s string, err error) {
				defer func() {
					if v := recover(); v != nil {
						err = fmt.Errorf("panic: %v", v)
					}
				}()
				return graphtest.Dump(t.Context(), db)
			}()
			if derr == nil && got != want {
				t.Fatalf("a damaged table was read as data: the dump differs")
			}
			rep, err := db.Check(t.Context(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if rep.OK() {
				t.Fatalf("Check found nothing wrong in a table with flipped bytes at %d (dump error %v)", off, derr)
			}
			t.Logf("dump: %v; check: %v", derr, rep.Problems[0])
		})
	}
}

// TestCheckFindsDamageAfterOpen: bytes flipped in a table while the
// database is open (Open verified it) are found by Check, which names
// the table.
func TestCheckFindsDamageAfterOpen(t *testing.T) {
	dir := closedTableDB(t, 300)
	db, err := store.Open(dir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rep, err := db.Check(t.Context(), nil)
	if err != nil || !rep.OK() || rep.Nodes == 0 || rep.Edges == 0 || rep.Keys == 0 {
		t.Fatalf("Check of a sound database: %+v, %v", rep, err)
	}
	tables := filesWith(t, dir, ".sst")
	victim := tables[len(tables)-1]
	f, err := os.OpenFile(victim, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	// WriteAt, not a rewrite: truncating a mapped file would fault.
	if _, err := f.WriteAt([]byte{0xde, 0xad, 0xbe, 0xef}, fi.Size()/3); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rep, err = db.Check(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || !strings.Contains(strings.Join(rep.Problems, "\n"), filepath.Base(victim)) {
		t.Fatalf("Check after damage to %s: %q", filepath.Base(victim), rep.Problems)
	}
}

// TestOpenAcceptsACrashsHalfWrittenTable: a process killed while Badger
// wrote a table leaves that file, cut anywhere (even empty), newer than
// any the manifest lists. Badger drops it on open, and the data is still
// in the memtable log or the tables it came from, so Open must not call
// the database damaged for its checksums (a crash at the split write's
// apply step left an empty 000001.sst that way).
func TestOpenAcceptsACrashsHalfWrittenTable(t *testing.T) {
	for _, tc := range []struct {
		name    string
		content func(t *testing.T, listed string) []byte
	}{
		{"empty", func(*testing.T, string) []byte { return nil }},
		{"first half of a table", func(t *testing.T, listed string) []byte {
			b, err := os.ReadFile(listed)
			if err != nil {
				t.Fatal(err)
			}
			return b[:len(b)/2]
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := closedTableDB(t, 100)
			tables := filesWith(t, dir, ".sst")
			sort.Strings(tables)
			last := tables[len(tables)-1]
			var id int
			if _, err := fmt.Sscanf(filepath.Base(last), "%06d.sst", &id); err != nil {
				t.Fatalf("table name %s: %v", last, err)
			}
			leftover := filepath.Join(dir, fmt.Sprintf("%06d.sst", id+1))
			if err := os.WriteFile(leftover, tc.content(t, last), 0o644); err != nil {
				t.Fatal(err)
			}
			db, err := store.Open(dir, store.Options{GCInterval: -1})
			if err != nil {
				t.Fatalf("Open with a crash's leftover table: %v", err)
			}
			defer db.Close()
			s, err := db.Stats(t.Context())
			if err != nil || s.Articles() != 100 {
				t.Errorf("Stats = %+v, %v; want the 100 articles", s, err)
			}
		})
	}
}
