package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/store"
)

const checkDoc = `
Check a database: the checksum of every block of every table, every key
and value readable, and the graph consistent (every edge's ends exist
and it has evidence; every link of a node names an existing edge with
those ends; the counters equal a scan). Progress goes to standard error,
then the report: the database is sound (exit 0) or damaged, with what
is damaged (exit 1).

The database is opened read-only. One that was not closed cleanly (a
killed process) has a write log that must be replayed first, which
writes: --replay does that, after checking the log is whole. Opening
refuses a damaged log or manifest, naming the files, and changes
nothing.

When the database is damaged: keep the folder as it is (copy it aside),
restore the last backup with "newsgraph restore --db DIR -i BACKUP
--force", and ingest again the articles added since that backup (ingest
skips those already stored). Without a backup, ingest the articles into
a new database.
`

func (m *Main) check(ctx context.Context, args []string) int {
	fs := m.flags("check", checkDoc)
	dbDir := fs.String("db", DefaultDB, "database `DIR`")
	replay := fs.Bool("replay", false, "replay the write log of a database not closed cleanly (it writes), then check")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	db, err := m.openStore(*dbDir, true)
	if errors.Is(err, store.ErrNeedsReplay) && *replay {
		fmt.Fprintf(m.stderr, "newsgraph check: replaying the write log of %s\n", *dbDir)
		if db, err = m.openStore(*dbDir, false, func(o *store.Options) { o.GCInterval = -1 }); err == nil {
			if err = db.Close(); err == nil {
				db, err = m.openStore(*dbDir, true)
			}
		}
	}
	if err != nil {
		return m.fail("check", err)
	}
	defer db.Close()
	progress, finished := m.checkProgress()
	rep, err := db.Check(ctx, progress)
	if err != nil {
		return m.fail("check", err)
	}
	finished()
	return m.checkReport(m.stderr, *dbDir, rep)
}

// checkProgress returns the progress function for Check, which prints
// a long stage's count once a second ("keys: 40960 so far") and each
// stage's total once it is done ("keys: 205 checked"), and the function
// that prints the last stage's total. Printing each stage's first call,
// as before, printed "keys: 0" for a small database, which read as a
// result and contradicted the report's count.
func (m *Main) checkProgress() (progress store.CheckProgress, finished func()) {
	stage, done := "", int64(0)
	var last time.Time
	finished = func() {
		if stage != "" {
			fmt.Fprintf(m.stderr, "newsgraph check: %s: %d checked\n", stage, done)
		}
	}
	progress = func(s string, n int64) {
		if s != stage {
			finished()
			stage, last = s, time.Now()
		}
		done = n
		if time.Since(last) >= time.Second {
			last = time.Now()
			fmt.Fprintf(m.stderr, "newsgraph check: %s: %d so far\n", s, n)
		}
	}
	return progress, finished
}

// checkReport prints what Check found and returns the exit status.
func (m *Main) checkReport(w io.Writer, dir string, rep store.CheckReport) int {
	if rep.OK() {
		fmt.Fprintf(w, "newsgraph check: %s is sound: %d keys (%d bytes of values), %d nodes, %d edges; every table's checksums verified\n",
			dir, rep.Keys, rep.Bytes, rep.Nodes, rep.Edges)
		return exitOK
	}
	fmt.Fprintf(w, "newsgraph check: %s is DAMAGED: %d problems\n", dir, len(rep.Problems)+rep.More)
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "  - %s\n", p)
	}
	if rep.More > 0 {
		fmt.Fprintf(w, "  - and %d more\n", rep.More)
	}
	fmt.Fprintf(w, "newsgraph check: copy %s aside, restore the last backup with `newsgraph restore --db %s -i BACKUP --force`, then ingest again the articles added since; without a backup, ingest the articles into a new database\n", dir, dir)
	return exitFailure
}
