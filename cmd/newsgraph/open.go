package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// openStore opens the database in dir, with tweaks applied to the
// default options; Badger's and the store's warnings go to stderr.
// Read-only opening needs an existing database, shares it with other
// readers and writes nothing: a database that was not closed cleanly,
// whose log must be replayed, is refused with what to do
// (store.ErrNeedsReplay), never opened for writing instead, so that a
// read-only command can never make anything permanent. A damaged
// database is refused by store.Open with the files and what to do.
func (m *Main) openStore(dir string, readOnly bool, tweaks ...func(*store.Options)) (*store.DB, error) {
	if dir == "" {
		return nil, errors.New("no database directory (--db)")
	}
	opts := store.DefaultOptions()
	opts.Logger = log.New(m.stderr, "newsgraph: ", 0)
	for _, t := range tweaks {
		t(&opts)
	}
	if readOnly {
		// Badger keeps a MANIFEST in every database directory.
		if _, err := os.Stat(dir); err != nil {
			return nil, graph.Errorf("open", graph.NotFound, "no database at %s", dir)
		}
		if !hasBadgerFiles(dir) {
			return nil, graph.Errorf("open", graph.NotFound, "no database at %s", dir)
		}
		opts.ReadOnly = true
	}
	db, err := store.Open(dir, opts)
	if err != nil && strings.Contains(err.Error(), "in use by another process") {
		return nil, fmt.Errorf("%w (is newsgraph serve running on it? stop it, or work through its GraphQL API)", err)
	}
	return db, err
}

// hasBadgerFiles reports whether dir holds a MANIFEST or a table: a
// folder with tables and no manifest is a damaged database, which
// store.Open describes, not a missing one.
func hasBadgerFiles(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err == nil {
		return true
	}
	m, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
	return len(m) > 0
}
