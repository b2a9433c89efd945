package main_test

import (
	"context"
	be "encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	main "github.com/newsgraph/newsgraph/cmd/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/seeds"
	"github.com/newsgraph/newsgraph/store"
)

// dirState is "name size mtime" of every file in dir but LOCK, to see
// that a refused command changed nothing.
func dirState(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, e := range ents {
		if e.Name() == "LOCK" {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		s = append(s, fmt.Sprintf("%s %d %s", e.Name(), fi.Size(), fi.ModTime()))
	}
	sort.Strings(s)
	return strings.Join(s, "\n")
}

// flipBytes flips four bytes of a file at fraction at of its length.
func flipBytes(t *testing.T, path string, at float64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	off := int64(float64(fi.Size()) * at)
	b := make([]byte, 4)
	f.ReadAt(b, off)
	for i := range b {
		b[i] ^= 0xa5
	}
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

// TestCheckCommand: check reports a sound database with its progress
// and exit 0, and a damaged table, by name, with exit 1; backup refuses
// the damaged database and writes no file.
func TestCheckCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, "--quiet", testdata("call.txt"), testdata("mixed"))
	r := mustRun(t, 0, "check", "--db", db)
	for _, want := range []string{"tables:", "keys:", "nodes:", "edges:", "is sound", "every table's checksums verified"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("check said %q, want %q in it", r.stderr, want)
		}
	}
	// Each stage's total is the report's, not the count it started at
	// ("keys: 0" before, then "is sound: 205 keys").
	sound := regexp.MustCompile(`is sound: (\d+) keys \(\d+ bytes of values\), (\d+) nodes, (\d+) edges`).FindStringSubmatch(r.stderr)
	if sound == nil {
		t.Fatalf("check said %q, want the counts of a sound database", r.stderr)
	}
	for i, stage := range []string{"keys", "nodes", "edges"} {
		if want := "newsgraph check: " + stage + ": " + sound[i+1] + " checked\n"; !strings.Contains(r.stderr, want) {
			t.Errorf("check said %q, want %q in it", r.stderr, want)
		}
	}
	tables, _ := filepath.Glob(filepath.Join(db, "*.sst"))
	if len(tables) == 0 {
		t.Fatal("no table")
	}
	flipBytes(t, tables[0], 0.3)
	for _, args := range [][]string{{"check"}, {"export"}, {"backup", "-o", filepath.Join(t.TempDir(), "b")}} {
		r := mustRun(t, 1, append(args, "--db", db)...)
		for _, want := range []string{filepath.Base(tables[0]), "damaged", "newsgraph restore"} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("%s said %q, want %q in it", args[0], r.stderr, want)
			}
		}
		if r.stdout != "" {
			t.Errorf("%s wrote %d bytes to stdout", args[0], len(r.stdout))
		}
	}
}

// cutFirstChangeRecord cuts a Badger MANIFEST short inside its first
// record that changes anything: every table created from there on is no
// longer listed, whatever the records' sizes (a fixed offset fell on a
// record boundary, or past the end, once tables were written
// uncompressed and their records got shorter). The format: 8 bytes of
// magic, then records of a 4-byte big-endian length, a 4-byte checksum
// and the data.
func cutFirstChangeRecord(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for off := 8; off+8 <= len(b); {
		n := int(be.BigEndian.Uint32(b[off:]))
		if n > 0 && off+8+n <= len(b) {
			if err := os.Truncate(path, int64(off+8+n/2)); err != nil {
				t.Fatal(err)
			}
			return
		}
		off += 8 + n
	}
	t.Fatalf("%s (%d bytes) has no record that changes anything", path, len(b))
}

// TestDamagedManifestDeletesNothing: with a cut MANIFEST, export and
// serve reported an empty graph (serve then seeded it) after Badger
// deleted every table. Now every command refuses, naming the tables and
// newsgraph restore, and the tables stay.
func TestDamagedManifestDeletesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, "--quiet", testdata("call.txt"), testdata("mixed"))
	cutFirstChangeRecord(t, filepath.Join(db, "MANIFEST"))
	before := dirState(t, db)
	for _, args := range [][]string{{"export"}, {"check"}, {"ingest", testdata("call.txt")}, {"serve", "--addr", "127.0.0.1:0"}} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		var out, errb strings.Builder
		code := new(main.Main).Run(ctx, append(args, "--db", db), strings.NewReader(""), &out, &errb)
		cancel()
		if code != 1 || !strings.Contains(errb.String(), "newsgraph restore") || !strings.Contains(errb.String(), ".sst") {
			t.Errorf("%s: exit %d, said %q; want 1 and the tables and newsgraph restore named", args[0], code, errb.String())
		}
		if after := dirState(t, db); after != before {
			t.Fatalf("%s changed the database's files:\n%s\n%s", args[0], before, after)
		}
	}
}

// crashedDB returns a copy of a database with the seed articles, taken
// while it is open: what a killed process leaves, its last commits only
// in the write log.
func crashedDB(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "live")
	s, err := store.Open(dir, store.Options{GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: s}
	if _, err := p.IngestArticles(t.Context(), seeds.Articles(), nil); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "crashed")
	if err := os.Mkdir(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if e.Name() != "LOCK" {
			copySparse(t, filepath.Join(dir, e.Name()), filepath.Join(dst, e.Name()))
		}
	}
	return dst
}

// copySparse copies a file's data and keeps its holes (Badger's value
// log is a sparse file of 2 GiB).
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
	fi, _ := in.Stat()
	for off := int64(0); off < fi.Size(); {
		start, err := unix.Seek(int(in.Fd()), off, unix.SEEK_DATA)
		if err != nil {
			break // ENXIO: no data after off
		}
		end, err := unix.Seek(int(in.Fd()), start, unix.SEEK_HOLE)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.NewOffsetWriter(out, start), io.NewSectionReader(in, start, end-start)); err != nil {
			t.Fatal(err)
		}
		off = end
	}
	if err := out.Truncate(fi.Size()); err != nil {
		t.Fatal(err)
	}
}

// TestReadOnlyCommandsNeverReplay: export on a database a crash left
// fell back to a read-write open, which replays and rewrites the log,
// and on a damaged log made the loss permanent. Now export and check
// refuse, writing nothing; check --replay replays a whole log and then
// everything is there; a damaged log is refused by every command.
func TestReadOnlyCommandsNeverReplay(t *testing.T) {
	crashed := crashedDB(t)
	damagedCopy := filepath.Join(t.TempDir(), "damaged")
	os.Mkdir(damagedCopy, 0o755)
	ents, _ := os.ReadDir(crashed)
	for _, e := range ents {
		copySparse(t, filepath.Join(crashed, e.Name()), filepath.Join(damagedCopy, e.Name()))
	}

	before := dirState(t, crashed)
	for _, cmd := range []string{"export", "check", "backup"} {
		args := []string{cmd, "--db", crashed}
		if cmd == "backup" {
			args = append(args, "-o", filepath.Join(t.TempDir(), "b"))
		}
		r := mustRun(t, 1, args...)
		if !strings.Contains(r.stderr, "not closed cleanly") || !strings.Contains(r.stderr, "--replay") {
			t.Errorf("%s on a crashed database said %q", cmd, r.stderr)
		}
		if after := dirState(t, crashed); after != before {
			t.Fatalf("%s changed the files:\n%s\n%s", cmd, before, after)
		}
	}
	r := mustRun(t, 0, "check", "--replay", "--db", crashed)
	if !strings.Contains(r.stderr, "replaying") || !strings.Contains(r.stderr, "is sound") {
		t.Errorf("check --replay said %q", r.stderr)
	}
	g := decodeExport(t, mustRun(t, 0, "export", "--db", crashed).stdout)
	if n := len(g.labels("article")); n != len(seeds.Articles()) {
		t.Errorf("%d articles after the replay, want %d", n, len(seeds.Articles()))
	}

	logs, _ := filepath.Glob(filepath.Join(damagedCopy, "*.mem"))
	var live string
	for _, l := range logs {
		if fi, _ := os.Stat(l); fi.Size() > 0 {
			live = l
		}
	}
	data, _ := os.ReadFile(live)
	end := len(data)
	for end > 0 && data[end-1] == 0 {
		end--
	}
	f, _ := os.OpenFile(live, os.O_RDWR, 0)
	f.WriteAt([]byte{data[end/2] ^ 0x40}, int64(end/2))
	f.Close()
	before = dirState(t, damagedCopy)
	for _, args := range [][]string{{"export"}, {"check", "--replay"}, {"ingest", testdata("call.txt")}} {
		r := mustRun(t, 1, append(args, "--db", damagedCopy)...)
		if !strings.Contains(r.stderr, filepath.Base(live)) || !strings.Contains(r.stderr, "newsgraph restore") {
			t.Errorf("%s on a damaged log said %q", args[0], r.stderr)
		}
		if after := dirState(t, damagedCopy); after != before {
			t.Fatalf("%s changed the files:\n%s\n%s", args[0], before, after)
		}
	}
}

// TestKilledBackupLeavesNoTempFile: a backup killed while it wrote left
// its ".FILE.tmp-*" behind for good. Temporary files now carry their
// process's ID, and the next run removes those whose process is gone,
// leaving alone one that a running process writes.
func TestKilledBackupLeavesNoTempFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, "--quiet", testdata("call.txt"), testdata("mixed"))
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skipf("cannot run true: %v", err)
	}
	out := t.TempDir()
	stale := filepath.Join(out, fmt.Sprintf(".graph.backup.tmp-%d-123", gone.Process.Pid))
	live := filepath.Join(out, fmt.Sprintf(".graph.backup.tmp-%d-456", os.Getpid()))
	for _, f := range []string{stale, live} {
		if err := os.WriteFile(f, []byte("half a backup"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustRun(t, 0, "backup", "--db", db, "-o", filepath.Join(out, "graph.backup"))
	if got := filesIn(t, out); strings.Join(got, " ") != filepath.Base(live)+" graph.backup" {
		t.Errorf("files beside the backup: %q, want the live one's temporary file and the backup", got)
	}
}
