//go:build linux

package store

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// trimInterval is how often the trimmer looks at the process's RssFile
// (a read of /proc/self/status, some microseconds). The flatten at the
// end of a bulk load reads its tables at a few hundred MB a second on
// both cores, so a second between looks let RssFile overshoot the limit
// by a hundred MB and more (BENCHMARKS.md, session 19).
const trimInterval = 250 * time.Millisecond

// trimmer keeps the resident pages of Badger's memory-mapped table files
// under Options.MappedResidentLimit (see doc.go, "Memory").
//
// Badger maps every table (.sst) and value-log (.vlog) file with
// MAP_SHARED and writes new tables through the mapping, so every page of
// a table the process wrote or read stays resident, counted in RssFile,
// until the table is deleted: the kernel drops such clean pages only
// under memory pressure. The trimmer asks the kernel to reclaim them with
// madvise(MADV_PAGEOUT), lowest file numbers (oldest files) first, until
// RssFile is back under the limit. Memtable logs (.mem) are left alone:
// they are being written and are read back whole at startup only.
//
// Why this is safe although Badger maps and unmaps tables behind the
// trimmer's back: MADV_PAGEOUT is a hint that never changes memory
// contents. Clean file pages are dropped and read back from the file on
// the next access; dirty ones stay in the page cache (or are written
// back) and keep their data; anonymous pages would be swapped out, or
// left alone without swap. So if Badger unmaps a table between the
// trimmer's read of /proc/self/maps and its madvise, and the address
// range is reused for anything else, the worst outcome is that some
// unrelated pages are reclaimed and faulted back in, never that data
// changes. madvise on a range no longer mapped fails with ENOMEM, which
// the trimmer ignores. MADV_DONTNEED must never be used here: on a
// private or anonymous mapping that took over the range it discards the
// contents. The trimmer passes the range to the system call as numbers
// and never touches the memory itself, so an unmapped range cannot fault.
//
// A table's index and bloom filter sit at the end of its file, and
// Badger reads them through the mapping on every lookup that reaches the
// table: each read of a key past the memtables probes the bloom filter
// of every level-0 table, over a hundred of them late in a bulk load.
// Paged out, those pages fault back in from disk again and again. So the
// trimmer first pages out the tables' data blocks alone, sparing each
// table's tail from its index on (tableIndexStart); only when that is not
// enough does it page out whole mappings, tails included, so the limit
// holds whatever the indexes weigh.
//
// Kernels before 5.4 do not know MADV_PAGEOUT and answer EINVAL: the
// trimmer then logs one line and stops.
//
// While the flatten at the end of a bulk load runs (CompactBulkLoad), the
// tables it reads are the load's, each read once from start to end, and
// the tables it writes are read by no one; so the trimmer pages out the
// tables numbered from coldFrom on (those the flatten wrote) before the
// oldest, which would otherwise take with them the pages the kernel has
// just read ahead for the flatten.
type trimmer struct {
	stop chan struct{}
	done chan struct{}
	// coldFrom, when not zero, is the number of the first table the
	// running flatten may write (see markCold).
	coldFrom atomic.Uint64
}

// markCold makes the trimmer page out tables numbered from first on
// before the others; zero ends it. CompactBulkLoad calls it around the
// flatten.
func (t *trimmer) markCold(first uint64) { t.coldFrom.Store(first) }

// start starts the trimmer for the database in dir when limit is
// positive. logf receives its one-line reports.
func (t *trimmer) start(dir string, limit int64, logf func(string, ...any)) {
	if limit <= 0 {
		return
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	// /proc/self/maps names files by their resolved path.
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	t.stop = make(chan struct{})
	t.done = make(chan struct{})
	go t.run(dir, limit, logf)
}

// halt stops the trimmer and waits for it; it does nothing when the
// trimmer was never started.
func (t *trimmer) halt() {
	if t.stop == nil {
		return
	}
	close(t.stop)
	<-t.done
}

func (t *trimmer) run(dir string, limit int64, logf func(string, ...any)) {
	defer close(t.done)
	tick := time.NewTicker(trimInterval)
	defer tick.Stop()
	tails := tableTails{}
	for {
		select {
		case <-t.stop:
			return
		case <-tick.C:
		}
		if err := trimMapped(dir, limit, tails, t.coldFrom.Load()); err != nil {
			if errors.Is(err, unix.EINVAL) {
				logf("store %s: this kernel does not support madvise(MADV_PAGEOUT) (Linux 5.4 or later does); mapped files are no longer trimmed", dir)
			} else {
				logf("store %s: mapped files are no longer trimmed: %v", dir, err)
			}
			return
		}
	}
}

// trimMapped pages out mappings of dir's table and value-log files,
// oldest first, while the process's RssFile is above limit, down to 7/8
// of it so that it does not run again at once: first the tables' data
// blocks and the value logs, sparing the tables' indexes (see trimmer),
// then, if RssFile is still above, whole mappings. tails remembers the
// tables' index offsets between calls. Tables numbered coldFrom or
// higher go first, when coldFrom is not zero (trimmer.markCold).
func trimMapped(dir string, limit int64, tails tableTails, coldFrom uint64) error {
	rss, err := rssFile()
	if err != nil || rss <= limit {
		return err
	}
	maps, err := dbMappings(dir)
	if err != nil {
		return err
	}
	coldFirst(maps, coldFrom)
	tails.forget(maps)
	target := limit - limit/8
	for _, whole := range []bool{false, true} {
		if done, err := pageOut(maps, tails, whole, target); done || err != nil {
			return err
		}
	}
	return nil
}

// pageOut pages out maps in order, each whole or its data blocks alone
// (mapping.dataEnd), until RssFile is at most target, and reports
// whether it got there.
func pageOut(maps []mapping, tails tableTails, whole bool, target int64) (bool, error) {
	for _, m := range maps {
		end := m.end
		if !whole {
			end = m.dataEnd(tails)
		}
		if end <= m.start {
			continue
		}
		_, _, errno := unix.Syscall(unix.SYS_MADVISE, m.start, end-m.start, unix.MADV_PAGEOUT)
		switch errno {
		case 0:
		case unix.ENOMEM, unix.EAGAIN:
			// Unmapped since /proc/self/maps was read, or the kernel
			// is busy: nothing to do.
			continue
		default:
			return false, fmt.Errorf("madvise(MADV_PAGEOUT) on %s: %w", m.file, errno)
		}
		if rss, err := rssFile(); err != nil || rss <= target {
			return err == nil, err
		}
	}
	return false, nil
}

// coldFirst moves the tables numbered coldFrom or higher to the front of
// maps, keeping the order within both parts; coldFrom zero leaves maps
// as they are.
func coldFirst(maps []mapping, coldFrom uint64) {
	if coldFrom == 0 {
		return
	}
	slices.SortStableFunc(maps, func(a, b mapping) int {
		ca, cb := !a.vlog && a.num >= coldFrom, !b.vlog && b.num >= coldFrom
		switch {
		case ca == cb:
			return 0
		case ca:
			return -1
		}
		return 1
	})
}

// tableTails holds, by table file number, the offset at which a table
// file's index begins (tableIndexStart). Badger never rewrites a table
// nor reuses a file number, so an offset read once holds for the file's
// life; forget drops those of files no longer mapped.
type tableTails map[uint64]int64

// forget drops the offsets of tables not among maps.
func (tt tableTails) forget(maps []mapping) {
	if len(tt) == 0 {
		return
	}
	live := make(map[uint64]bool, len(maps))
	for _, m := range maps {
		if !m.vlog {
			live[m.num] = true
		}
	}
	for num := range tt {
		if !live[num] {
			delete(tt, num)
		}
	}
}

// dataEnd returns where the part of m that holds data blocks ends: for a
// table, the page boundary at or below the start of its index (so the
// page the index starts in is spared); for a value log, or a table
// whose index cannot be found (being written, or gone), the mapping's
// end.
func (m mapping) dataEnd(tails tableTails) uintptr {
	if m.vlog {
		return m.end
	}
	at, ok := tails[m.num]
	if !ok {
		var err error
		if at, err = tableIndexStart(m.file); err != nil {
			return m.end
		}
		tails[m.num] = at
	}
	at -= m.offset
	if at <= 0 {
		return m.start
	}
	end := m.start + uintptr(at)&^uintptr(os.Getpagesize()-1)
	return min(end, m.end)
}

// tableIndexStart returns the offset in a Badger table file at which its
// index (block offsets and bloom filter) begins. A table file ends with
// the index, the index's length (4 bytes, big-endian), the index's
// checksum and the checksum's length (4 bytes, big-endian); see
// badger/v4/table.(*Table).initIndex. A file whose tail does not add up
// (a table still being written ends in zeros) is an error.
func tableIndexStart(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := fi.Size()
	var b [4]byte
	readU32 := func(at int64) (int64, error) {
		if at < 0 {
			return 0, fmt.Errorf("table %s: its tail points before its start", path)
		}
		if _, err := f.ReadAt(b[:], at); err != nil {
			return 0, fmt.Errorf("table %s: %w", path, err)
		}
		return int64(binary.BigEndian.Uint32(b[:])), nil
	}
	sumLen, err := readU32(size - 4)
	if err != nil {
		return 0, err
	}
	// A checksum is a short protocol buffer (algorithm and a 64-bit sum).
	if sumLen == 0 || sumLen > 64 {
		return 0, fmt.Errorf("table %s: checksum length %d", path, sumLen)
	}
	indexLen, err := readU32(size - 4 - sumLen - 4)
	if err != nil {
		return 0, err
	}
	start := size - 4 - sumLen - 4 - indexLen
	if indexLen == 0 || start < 0 {
		return 0, fmt.Errorf("table %s: index length %d in %d bytes", path, indexLen, size)
	}
	return start, nil
}

// statm is /proc/self/statm, opened on the first look and kept open, so
// that each look of the trimmer (four a second, and one after each
// madvise while it pages out) is a single pread of a short line. Reading
// /proc/self/status, as rssFileStatus does, took some ten system calls
// (os.ReadFile's open, fcntl, epoll_ctl, reads and close) and had the
// kernel format fifty lines: about 1 % of a load's samples on this
// virtual machine (BENCHMARKS.md, "Where a load's system time goes on
// the AMD machine").
var statm struct {
	once sync.Once
	fd   int
	err  error
}

// rssFile returns the process's resident file-backed memory in bytes:
// statm's third field, shared pages, which Linux counts as RssFile plus
// RssShmem, and this process maps no shared memory (tmpfs, SysV or
// memfd), so it is RssFile. When statm cannot be read it reads
// /proc/self/status.
func rssFile() (int64, error) {
	statm.once.Do(func() {
		statm.fd, statm.err = unix.Open("/proc/self/statm", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	})
	if statm.err != nil {
		return rssFileStatus()
	}
	var buf [256]byte
	n, err := unix.Pread(statm.fd, buf[:], 0)
	if err != nil || n <= 0 || n == len(buf) {
		return rssFileStatus()
	}
	f := bytes.Fields(buf[:n])
	if len(f) < 3 {
		return rssFileStatus()
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return rssFileStatus()
	}
	return pages * int64(os.Getpagesize()), nil
}

// rssFileStatus returns the process's resident file-backed memory in
// bytes from RssFile in /proc/self/status.
func rssFileStatus() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range bytes.Lines(b) {
		rest, ok := bytes.CutPrefix(line, []byte("RssFile:"))
		if !ok {
			continue
		}
		f := strings.Fields(string(rest))
		if len(f) != 2 || f[1] != "kB" {
			break
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			break
		}
		return kb << 10, nil
	}
	return 0, errors.New("no RssFile line in /proc/self/status")
}

// mapping is one address range of a mapped database file.
type mapping struct {
	start, end uintptr
	// offset is the offset in the file at which the mapping starts.
	offset int64
	file   string
	vlog   bool
	num    uint64
}

// dbMappings returns the mappings of dir's .sst and .vlog files that
// /proc/self/maps lists, tables before value logs, each by ascending file
// number. Files deleted while mapped are left out: their pages go when
// Badger unmaps them.
func dbMappings(dir string) ([]mapping, error) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	maps, err := parseMaps(f, dir)
	if err != nil {
		return nil, fmt.Errorf("read /proc/self/maps: %w", err)
	}
	return maps, nil
}

// parseMaps reads lines of the form of /proc/PID/maps,
//
//	7f0c2a400000-7f0c2a5f6000 rw-s 00000000 fd:01 1234    /db/000042.sst
//
// and keeps those of dir's .sst and .vlog files, sorted as dbMappings
// says.
func parseMaps(r io.Reader, dir string) ([]mapping, error) {
	var out []mapping
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		// Five fields, then the path, which may hold spaces.
		rest := line
		var fields [5]string
		ok := true
		for i := range fields {
			rest = strings.TrimLeft(rest, " ")
			j := strings.IndexByte(rest, ' ')
			if j < 0 {
				ok = false
				break
			}
			fields[i], rest = rest[:j], rest[j:]
		}
		path := strings.TrimLeft(rest, " ")
		if !ok || !strings.HasPrefix(path, "/") || strings.HasSuffix(path, " (deleted)") || filepath.Dir(path) != dir {
			continue
		}
		base := filepath.Base(path)
		ext := filepath.Ext(base)
		if ext != ".sst" && ext != ".vlog" {
			continue
		}
		num, err := strconv.ParseUint(strings.TrimSuffix(base, ext), 10, 64)
		if err != nil {
			continue
		}
		lo, hi, found := strings.Cut(fields[0], "-")
		if !found {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		offset, err3 := strconv.ParseInt(fields[2], 16, 64)
		if err1 != nil || err2 != nil || err3 != nil || end <= start {
			continue
		}
		out = append(out, mapping{start: uintptr(start), end: uintptr(end), offset: offset, file: path, vlog: ext == ".vlog", num: num})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b mapping) int {
		if a.vlog != b.vlog {
			if a.vlog {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.num, b.num)
	})
	return out, nil
}
