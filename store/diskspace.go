package store

import (
	"fmt"

	"golang.org/x/sys/unix"

	"github.com/newsgraph/newsgraph/graph"
)

// Badger maps its memtable log and value log as sparse files and writes
// into the mapping: when the disk fills, the write faults (SIGBUS) and
// the process dies without a word, whatever it was doing. So a write
// checks the free space first and is refused, cleanly, while the disk
// holds less than a reserve: room for the memtables being filled and
// flushed and for a compaction's new tables, so that the writes already
// accepted, and Close, can still finish.

// defaultReserve is the reserve for a memtable size: the log being
// written (2×) plus the memtables flushed from it, and 16 MiB of tables.
func defaultReserve(memTable int64) int64 { return 4*memTable + 16<<20 }

// freeBytes returns the bytes of dir's file system available to us.
func freeBytes(dir string) (int64, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return 0, err
	}
	return int64(st.Bavail) * int64(st.Bsize), nil
}

// checkSpace refuses a write of operation op while dir's file system
// has less than the reserve free; the error wraps graph.ErrNoSpace.
func (db *DB) checkSpace(op string) error {
	if db.opts.InMemory || db.opts.DiskReserve < 0 {
		return nil
	}
	free, err := freeBytes(db.dir)
	if err != nil {
		return nil // cannot tell: let the write go on, as before
	}
	if free >= db.opts.DiskReserve {
		return nil
	}
	return graph.Errorf(op, graph.LimitExceeded, "%w: the disk of %s has %s free, less than the %s the database keeps in reserve so that a full disk cannot crash it; nothing was written: free some space and try again",
		graph.ErrNoSpace, db.dir, byteSize(free), byteSize(db.opts.DiskReserve))
}

// byteSize formats n bytes for people.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
