package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/store"
)

const backupDoc = `
Write a backup of the whole database to FILE (or standard output with
-o -): one consistent snapshot of every key, with a header and a
checksummed trailer so that "newsgraph restore" refuses a wrong, damaged
or truncated file. With -o FILE the backup goes to a temporary file
beside FILE that is renamed to FILE once complete, so a failed backup
leaves no partial file.

The database is opened read-only, like "newsgraph export": stop
"newsgraph serve" on it first. It is checked first, as "newsgraph check"
does: a damaged database is reported and no backup is written.
`

const restoreDoc = `
Restore a backup written by "newsgraph backup" from FILE (or standard
input with -i -) into the database folder DIR. DIR must not exist, be
empty, or hold a database without articles; --force replaces a database
that holds data. A folder that holds anything but a newsgraph database
is never replaced.

The backup is loaded into a new folder beside DIR and checked (header,
checksum, trailer, format version) before it replaces DIR: a wrong,
damaged or truncated backup leaves DIR as it was.
`

func (m *Main) backup(ctx context.Context, args []string) int {
	fs := m.flags("backup", backupDoc)
	dbDir := fs.String("db", DefaultDB, "database `DIR`")
	out := fs.String("o", "", "write the backup to `FILE` (- for standard output)")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 0:
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	case *out == "":
		return m.usageError(fs, "no output file (-o FILE, or -o - for standard output)")
	case *out == "-" && isTerminal(m.stdout):
		return m.usageError(fs, "standard output is a terminal: give -o FILE or redirect it")
	}
	db, err := m.openStore(*dbDir, true)
	if err != nil {
		return m.fail("backup", err)
	}
	defer db.Close()
	// A backup of damaged data would carry the damage under a checksum
	// that vouches for it: check first.
	rep, err := db.Check(ctx, nil)
	if err != nil {
		return m.fail("backup", err)
	}
	if !rep.OK() {
		m.checkReport(m.stderr, *dbDir, rep)
		return m.fail("backup", fmt.Errorf("%s is damaged: no backup written", *dbDir))
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return m.fail("backup", err)
	}
	var n int64
	write := func(w io.Writer) error {
		cw := &countingWriter{w: w}
		err := db.Backup(ctx, cw)
		n = cw.n
		return err
	}
	if *out == "-" {
		bw := bufio.NewWriterSize(m.stdout, 1<<20)
		err = write(bw)
		if err == nil {
			err = bw.Flush()
		}
	} else {
		err = writeFileAtomic(*out, write)
	}
	if err != nil {
		return m.fail("backup", err)
	}
	name := *out
	if name == "-" {
		name = "standard output"
	}
	fmt.Fprintf(m.stderr, "newsgraph backup: %s written to %s: %d articles, %d nodes, %d edges, %d bytes\n",
		*dbDir, name, st.Articles(), st.TotalNodes(), st.TotalEdges(), n)
	return exitOK
}

func (m *Main) restore(ctx context.Context, args []string) int {
	fs := m.flags("restore", restoreDoc)
	dbDir := fs.String("db", DefaultDB, "database `DIR` to restore into")
	in := fs.String("i", "", "read the backup from `FILE` (- for standard input)")
	force := fs.Bool("force", false, "replace a database that holds data")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 0:
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	case *in == "":
		return m.usageError(fs, "no backup file (-i FILE, or -i - for standard input)")
	case *dbDir == "":
		return m.usageError(fs, "no database directory (--db)")
	}
	var r io.Reader = m.stdin
	name := "standard input"
	if *in != "-" {
		f, err := os.Open(*in)
		if err != nil {
			return m.fail("restore", err)
		}
		defer f.Close()
		r, name = f, *in
	}
	res, err := store.Restore(ctx, *dbDir, r, store.RestoreOptions{Force: *force})
	if err != nil {
		msg := message(err)
		if errors.Is(err, store.ErrNotEmpty) {
			msg += " (give --force to replace it)"
		}
		return m.fail("restore", fmt.Errorf("%s: %s", name, msg))
	}
	replaced := ""
	if res.Replaced {
		replaced = ", replacing the database that was there"
	}
	fmt.Fprintf(m.stderr, "newsgraph restore: %s restored into %s: %d articles, %d nodes, %d edges%s\n",
		name, *dbDir, res.Stats.Articles(), res.Stats.TotalNodes(), res.Stats.TotalEdges(), replaced)
	return exitOK
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
