package store

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/pb"
	"golang.org/x/sys/unix"
	"google.golang.org/protobuf/proto"
)

// Before Badger opens a directory, preflight checks that Badger will
// neither delete nor silently drop anything it cannot account for.
// Badger trusts its MANIFEST: a table file the manifest does not list is
// deleted at open, even read-only, so a truncated or lost manifest makes
// Badger delete every table and report an empty database. And Badger
// replays a memtable log (.mem) up to its first bad entry and truncates
// the rest: a flipped byte drops every acknowledged commit after it.
// preflight refuses both with an error naming the files and what to do.

// ErrDamaged is in the error of an Open refused because the database's
// files are damaged; the message names the files and `newsgraph restore`.
var ErrDamaged = errors.New("the database is damaged")

// ErrNeedsReplay is in the error of a read-only Open of a database that
// was not closed cleanly: its write log must be replayed by a read-write
// open first, which a read-only open must not do.
var ErrNeedsReplay = errors.New("the database was not closed cleanly")

// checksumMode is when Badger verifies the checksums of tables: a
// flipped byte in a table is then an error, never data (see
// BenchmarkOpenChecksums for what each mode costs).
var checksumMode = options.OnBlockRead

// restoreHint is what a damage error tells the user to do.
func restoreHint(dir string) string {
	return fmt.Sprintf("run `newsgraph check --db %s` for a full report; restore the last backup with `newsgraph restore --db %s -i BACKUP --force`, or ingest the articles again into a new database", dir, dir)
}

// damaged returns an error wrapping ErrDamaged.
func damaged(dir, format string, args ...any) error {
	return fmt.Errorf("%w: %s; nothing was changed: %s", ErrDamaged, fmt.Sprintf(format, args...), restoreHint(dir))
}

// Badger's manifest format (badger/v4 manifest.go): 8 bytes of magic,
// then records of a 4-byte big-endian length, a 4-byte big-endian
// CRC-32C of the data, and a protobuf pb.ManifestChangeSet.
var manifestMagic = []byte("Bdgr")

// manifestState is what a manifest says about the tables.
type manifestState struct {
	live    map[uint64]bool // tables created and not deleted
	deleted map[uint64]bool // tables created and later deleted
	maxID   uint64          // highest table ID the manifest ever named
	// tornAt is the offset of a record cut short or damaged at the end,
	// or -1 when the manifest ends on a whole record.
	tornAt int64
	size   int64
	// compressed holds the live tables written compressed.
	compressed map[uint64]bool
}

// readManifest parses the manifest at path.
func readManifest(path string) (manifestState, error) {
	st := manifestState{live: map[uint64]bool{}, deleted: map[uint64]bool{}, compressed: map[uint64]bool{}, tornAt: -1}
	f, err := os.Open(path)
	if err != nil {
		return st, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return st, err
	}
	st.size = fi.Size()
	r := bufio.NewReader(f)
	var magic [8]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil || !bytes.Equal(magic[:4], manifestMagic) {
		return st, fmt.Errorf("MANIFEST (%d bytes) does not start with Badger's magic bytes", st.size)
	}
	off := int64(8)
	for off < st.size {
		var head [8]byte
		if _, err := io.ReadFull(r, head[:]); err != nil {
			st.tornAt = off
			return st, nil
		}
		n := int64(binary.BigEndian.Uint32(head[:4]))
		if n > st.size-off-8 {
			st.tornAt = off
			return st, nil
		}
		data := make([]byte, n)
		if _, err := io.ReadFull(r, data); err != nil {
			st.tornAt = off
			return st, nil
		}
		var cs pb.ManifestChangeSet
		if crc32.Checksum(data, castagnoli) != binary.BigEndian.Uint32(head[4:]) || proto.Unmarshal(data, &cs) != nil {
			st.tornAt = off
			return st, nil
		}
		for _, c := range cs.Changes {
			st.maxID = max(st.maxID, c.Id)
			switch c.Op {
			case pb.ManifestChange_CREATE:
				st.live[c.Id] = true
				if c.Compression != uint32(options.None) {
					st.compressed[c.Id] = true
				}
			case pb.ManifestChange_DELETE:
				delete(st.live, c.Id)
				delete(st.compressed, c.Id)
				st.deleted[c.Id] = true
			}
		}
		off += 8 + n
	}
	return st, nil
}

// dirFiles lists the table IDs and memtable logs in dir.
func dirFiles(dir string) (tables []uint64, mems []string, err error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range ents {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, ".sst"):
			id, err := strconv.ParseUint(strings.TrimSuffix(name, ".sst"), 10, 64)
			if err == nil {
				tables = append(tables, id)
			}
		case strings.HasSuffix(name, ".mem"):
			mems = append(mems, name)
		}
	}
	slices.Sort(tables)
	slices.Sort(mems)
	return tables, mems, nil
}

func tableName(id uint64) string { return fmt.Sprintf("%06d.sst", id) }

// fileList names up to five files and says how many more there are.
func fileList(names []string) string {
	if len(names) <= 5 {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:5], ", "), len(names)-5)
}

// preflight checks dir before Badger opens it (see the top of this
// file). It reports nothing while another process holds the directory:
// that one's files are in flux, and Badger will refuse the open anyway.
func preflight(dir string, opts Options) error {
	if opts.InMemory {
		return nil
	}
	tables, mems, err := dirFiles(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("list %s: %w", dir, err)
	}
	leftovers, problem := checkManifest(dir, tables, int64(len(mems))*2*opts.MemTableSize)
	if problem == nil {
		problem = checkLogs(dir, mems, opts)
	}
	if problem == nil && verifyOnOpen {
		// A crash's leftover may be cut anywhere (even empty): Badger
		// deletes it unread, so its checksums say nothing of the data.
		problem = checkTables(dir, slices.DeleteFunc(tables, func(id uint64) bool { return slices.Contains(leftovers, id) }))
	}
	if problem == nil || heldByOther(dir) {
		return nil
	}
	return problem
}

// checkManifest compares the manifest with the tables present. logBytes
// is the most a flush of the memtable logs present could have written.
// It returns the tables a crash left between writing and recording
// them, which Badger drops on open.
func checkManifest(dir string, tables []uint64, logBytes int64) ([]uint64, error) {
	path := filepath.Join(dir, "MANIFEST")
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if len(tables) > 0 {
			return nil, damaged(dir, "MANIFEST is missing while %d table files are present (%s); Badger would delete them all", len(tables), fileList(names(tables)))
		}
		return nil, nil
	}
	st, err := readManifest(path)
	if err != nil {
		return nil, damaged(dir, "%v", err)
	}
	var missing, unlisted, newer []uint64
	for id := range st.live {
		if !slices.Contains(tables, id) {
			missing = append(missing, id)
		}
	}
	for _, id := range tables {
		if st.live[id] || st.deleted[id] {
			continue // listed, or deleted once the manifest recorded it
		}
		// A table newer than any the manifest names, behind a manifest
		// that ends on a whole record, is one a crash caught between
		// writing it and recording it: Badger rightly drops it, and the
		// data is still in the log or the tables it was built from.
		if id > st.maxID && st.tornAt < 0 {
			newer = append(newer, id)
			continue
		}
		unlisted = append(unlisted, id)
	}
	// A flush writes no more than its logs hold and a compaction no more
	// than the listed tables it reads: newer tables beyond that are no
	// crash's leftovers but tables a manifest cut at a record boundary
	// has lost.
	if len(newer) > 0 && filesSize(dir, newer) > filesSize(dir, slices.Collect(maps.Keys(st.live)))+logBytes {
		unlisted = append(unlisted, newer...)
		slices.Sort(unlisted)
	}
	slices.Sort(missing)
	switch {
	case len(missing) > 0:
		return nil, damaged(dir, "MANIFEST lists %d table files that are missing (%s)", len(missing), fileList(names(missing)))
	case len(unlisted) > 0 && st.tornAt >= 0:
		return nil, damaged(dir, "MANIFEST is cut short or damaged at byte %d of %d, and %d table files it does not list (%s) would be deleted by opening it", st.tornAt, st.size, len(unlisted), fileList(names(unlisted)))
	case len(unlisted) > 0:
		return nil, damaged(dir, "%d table files (%s) are not listed in MANIFEST and would be deleted by opening it", len(unlisted), fileList(names(unlisted)))
	}
	return newer, nil
}

// filesSize is the total size of the tables ids in dir.
func filesSize(dir string, ids []uint64) int64 {
	var n int64
	for _, id := range ids {
		if fi, err := os.Stat(filepath.Join(dir, tableName(id))); err == nil {
			n += fi.Size()
		}
	}
	return n
}

func names(ids []uint64) []string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = tableName(id)
	}
	return s
}

// verifyOnOpen makes Open verify the checksum of every block of every
// table before Badger opens them (benchmarks turn it off to compare).
// Badger's own OnTableRead mode would do the same, but on a damaged
// block it panics (a nil dereference in Table.VerifyChecksum) in a
// goroutine of its own, which no caller can recover; and its
// OnBlockRead mode makes an iterator stop at a damaged block as if the
// data ended there, so a scan silently returns less. Verifying here, a
// table at a time, with the panic recovered, names the damaged table.
// The cost is a read of every table: see BenchmarkOpenChecksums.
var verifyOnOpen = true

// checkTables verifies every table in dir (see verifyOnOpen), on as
// many goroutines as there are processors, up to four.
func checkTables(dir string, tables []uint64) error {
	bo := badger.DefaultOptions(dir)
	errs := make([]error, len(tables))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 4, len(tables)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = verifyTable(filepath.Join(dir, tableName(tables[i])), bo)
			}
		}()
	}
	for i := range tables {
		next <- i
	}
	close(next)
	wg.Wait()
	var bad []string
	var first error
	for i, err := range errs {
		if err != nil {
			bad = append(bad, tableName(tables[i]))
			first = cmp.Or(first, err)
		}
	}
	if len(bad) > 0 {
		return damaged(dir, "%d table files fail their checksums (%s; the first: %v)", len(bad), fileList(bad), first)
	}
	return nil
}

// vlogHeaderSize is the header of Badger's log files: an 8-byte
// encryption key ID (0: not encrypted) and a 12-byte IV.
const vlogHeaderSize = 20

// Bits of an entry's meta byte in Badger's logs (badger/v4 value.go).
const (
	bitTxn    = 1 << 6
	bitFinTxn = 1 << 7
)

// logScan is what scanLog found in a memtable log.
type logScan struct {
	validEnd int64 // end of the last whole transaction
	size     int64
	// garbageAt is the offset of the first non-zero byte after validEnd,
	// or -1: a log cut by a crash ends in zeros (Badger zeroes the next
	// entry's header before writing), or in the unfinished transaction a
	// kill interrupted (see unfinishedTail), so other bytes after the
	// point where replay stops are commits replay would drop.
	garbageAt int64
	// dataEnd is the offset after the last non-zero byte.
	dataEnd   int64
	badHeader bool // an encryption key ID in a database that uses none
}

// scanLog reads a memtable log the way Badger replays it: entries of a
// header (meta, user meta, uvarint key length, value length, expiry),
// key, value and a CRC-32C, grouped into transactions closed by an entry
// with bitFinTxn; replay keeps whole transactions up to the first bad
// entry.
func scanLog(path string) (logScan, error) {
	data, size, err := readData(path)
	if err != nil {
		return logScan{}, err
	}
	s := logScan{size: size, garbageAt: -1}
	if len(data) < vlogHeaderSize {
		s.validEnd = int64(len(data))
		return s, nil
	}
	s.badHeader = binary.BigEndian.Uint64(data[:8]) != 0
	off := vlogHeaderSize
	s.validEnd = int64(off)
	inTxn := false
	for {
		n, meta, ok := logEntry(data[off:])
		if !ok {
			break
		}
		off += n
		switch {
		case meta&bitTxn != 0:
			inTxn = true
		case meta&bitFinTxn != 0:
			inTxn = false
			s.validEnd = int64(off)
		case !inTxn:
			s.validEnd = int64(off)
		}
	}
	s.dataEnd = lastNonZero(data)
	tail := data[min(int64(off), s.dataEnd):s.dataEnd]
	if i := firstNonZero(data[s.validEnd:]); i >= 0 && !unfinishedTail(tail) {
		s.garbageAt = s.validEnd + int64(i)
	}
	return s, nil
}

// unfinishedTail reports whether tail, the bytes from where replay stops
// parsing to the last non-zero byte, is what a process killed while
// writing a transaction leaves: at most the start of one entry, with no
// whole entry after it. The whole entries of that transaction before it
// carry no bitFinTxn (else replay would keep them), so replay drops only
// a transaction that was never committed. A flipped byte, by contrast,
// leaves whole entries after the one it spoils.
func unfinishedTail(tail []byte) bool {
	const maxEntry = 4 << 20 // far above the largest entry a memtable log holds
	if len(tail) > maxEntry {
		return false
	}
	for i := range tail {
		if _, _, ok := logEntry(tail[i:]); ok {
			return false
		}
	}
	return true
}

// logEntry decodes the entry at the start of b and returns its length
// and meta byte; ok is false at a zero entry or a bad one.
func logEntry(b []byte) (n int, meta byte, ok bool) {
	if len(b) < 2 {
		return 0, 0, false
	}
	i := 2
	var lens [3]uint64
	for j := range lens {
		v, k := binary.Uvarint(b[i:])
		if k <= 0 {
			return 0, 0, false
		}
		lens[j] = v
		i += k
	}
	klen, vlen := lens[0], lens[1]
	if klen == 0 || klen > 1<<16 || vlen > uint64(len(b)) || uint64(i)+klen+vlen+4 > uint64(len(b)) {
		return 0, 0, false
	}
	end := i + int(klen+vlen)
	if crc32.Checksum(b[:end], castagnoli) != binary.BigEndian.Uint32(b[end:end+4]) {
		return 0, 0, false
	}
	return end + 4, b[0], true
}

// checkLogs refuses memtable logs whose replay would drop commits or
// fail on a damaged header, unless opts.AcceptLogDamage; a read-only
// open of a log that needs replaying is refused with ErrNeedsReplay.
func checkLogs(dir string, mems []string, opts Options) error {
	var replay []string
	for _, name := range mems {
		s, err := scanLog(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		switch {
		case s.badHeader && !opts.AcceptLogDamage:
			return damaged(dir, "the header of the write log %s is damaged", name)
		case s.garbageAt >= 0 && !opts.AcceptLogDamage:
			return damaged(dir, "the write log %s is damaged at byte %d: replaying it would silently drop the commits stored after byte %d (%d bytes up to byte %d)",
				name, s.garbageAt, s.validEnd, s.dataEnd-s.validEnd, s.dataEnd)
		case s.garbageAt >= 0:
			opts.logf("store %s: WARNING: the write log %s is damaged at byte %d; the commits after byte %d are DROPPED (AcceptLogDamage)", dir, name, s.garbageAt, s.validEnd)
		}
		if s.validEnd > vlogHeaderSize || s.size != s.validEnd {
			replay = append(replay, name)
		}
	}
	if opts.ReadOnly && len(replay) > 0 {
		return fmt.Errorf("%w: its write log (%s) must be replayed, which a read-only open does not do; run `newsgraph check --db %s --replay` (it checks the log is whole first), or open it with `newsgraph ingest` or `serve`", ErrNeedsReplay, fileList(replay), dir)
	}
	return nil
}

// readData reads a file up to the end of its last data segment: Badger
// makes its logs sparse files of 2×MemTableSize (128 MiB by default),
// mostly holes.
func readData(path string) (data []byte, size int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	size = fi.Size()
	end := size
	if segs, ok := dataSegments(f, size); ok {
		end = 0
		if len(segs) > 0 {
			end = segs[len(segs)-1][1]
		}
	}
	data = make([]byte, end)
	if _, err := f.ReadAt(data, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, err
	}
	return data, size, nil
}

// dataSegments lists the [start, end) ranges of f that hold data, not
// holes; ok is false where the file system cannot tell.
func dataSegments(f *os.File, size int64) (segs [][2]int64, ok bool) {
	fd := int(f.Fd())
	for off := int64(0); off < size; {
		start, err := unix.Seek(fd, off, unix.SEEK_DATA)
		if errors.Is(err, unix.ENXIO) {
			break
		}
		if err != nil {
			return nil, false
		}
		end, err := unix.Seek(fd, start, unix.SEEK_HOLE)
		if err != nil {
			return nil, false
		}
		segs = append(segs, [2]int64{start, end})
		off = end
	}
	return segs, true
}

// firstNonZero returns the index of the first non-zero byte of b, or -1.
func firstNonZero(b []byte) int {
	for i, c := range b {
		if c != 0 {
			return i
		}
	}
	return -1
}

// lastNonZero returns the offset after the last non-zero byte of b.
func lastNonZero(b []byte) int64 {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] != 0 {
			return int64(i + 1)
		}
	}
	return 0
}

// heldByOther reports whether another process holds dir's Badger lock.
func heldByOther(dir string) bool {
	f, err := os.Open(dir) // Badger flocks the directory itself
	if err != nil {
		return false
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_SH|unix.LOCK_NB); err != nil {
		return errors.Is(err, unix.EWOULDBLOCK)
	}
	unix.Flock(int(f.Fd()), unix.LOCK_UN)
	return false
}

// newLogs returns the memtable logs in dir that are not in before: those
// a failed open created, which are removed.
func newLogs(dir string, before []string) []string {
	_, mems, err := dirFiles(dir)
	if err != nil {
		return nil
	}
	var fresh []string
	for _, m := range mems {
		if !slices.Contains(before, m) {
			fresh = append(fresh, m)
		}
	}
	return fresh
}

// removeNewLogs removes the memtable logs a failed open created (Badger
// creates one of 2×MemTableSize, 128 MiB by default, before it reads the
// tables), so that a refused open leaves the directory as it found it.
func removeNewLogs(dir string, before []string, logf func(string, ...any)) {
	for _, m := range newLogs(dir, before) {
		if err := os.Remove(filepath.Join(dir, m)); err != nil {
			logf("store %s: remove %s left by the failed open: %v", dir, m, err)
		}
	}
}

// describeOpenError turns what Badger says about a database it cannot
// open into what is wrong and what to do.
func describeOpenError(dir string, err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, ErrDamaged), errors.Is(err, ErrNeedsReplay):
		return err
	case strings.Contains(msg, "checksum"), strings.Contains(msg, "Checksum"),
		strings.Contains(msg, "Encryption key mismatch"), strings.Contains(msg, "while mmapping"),
		strings.Contains(msg, "MANIFEST"), strings.Contains(msg, "manifest"),
		strings.Contains(msg, "file does not exist for table"), strings.Contains(msg, "while opening"),
		strings.Contains(msg, "Unable to parse"), strings.Contains(msg, "table"):
		return fmt.Errorf("%w: Badger cannot read its files (%v): %s", ErrDamaged, err, restoreHint(dir))
	}
	return err
}
