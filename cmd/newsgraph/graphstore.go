package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/pgstore"
	"github.com/newsgraph/newsgraph/store"
)

// Commands that read or write the graph take --db DIR (a Badger
// database, the default) or --store URL (a PostgreSQL database, see
// package pgstore).

// storeFlag registers --store on fs.
func storeFlag(fs *flag.FlagSet) *string {
	return fs.String("store", "", "PostgreSQL database `URL` (postgres://…) holding the graph, instead of the Badger database of --db")
}

// checkStore returns a usage message when --store is not a PostgreSQL
// URL or is given together with --db; "" when the flags are fine.
func checkStore(fs *flag.FlagSet, url string) string {
	if url == "" {
		return ""
	}
	if !pgstore.IsURL(url) {
		return fmt.Sprintf("--store %q: want a postgres:// or postgresql:// URL", pgstore.Redact(url))
	}
	db := false
	fs.Visit(func(f *flag.Flag) { db = db || f.Name == "db" })
	if db {
		return "--db and --store name two databases; give one"
	}
	return ""
}

// openGraph opens the graph a command names: the PostgreSQL database at
// url when --store gives one, else the Badger database in dir (see
// openStore, which tweaks configure). name is the database for messages,
// without a password.
func (m *Main) openGraph(ctx context.Context, url, dir string, readOnly bool, tweaks ...func(*store.Options)) (db graph.EditStore, name string, err error) {
	return m.openGraphWith(ctx, url, dir, pgstore.Options{ReadOnly: readOnly}, tweaks...)
}

// openGraphWith is openGraph with the options of a PostgreSQL store.
func (m *Main) openGraphWith(ctx context.Context, url, dir string, pgOpts pgstore.Options, tweaks ...func(*store.Options)) (db graph.EditStore, name string, err error) {
	readOnly := pgOpts.ReadOnly
	if url != "" {
		pg, err := pgstore.Open(ctx, url, pgOpts)
		if err != nil {
			return nil, pgstore.Redact(url), err
		}
		return pg, pg.Name(), nil
	}
	bdb, err := m.openStore(dir, readOnly, tweaks...)
	if err != nil {
		return nil, dir, err
	}
	return bdb, dir, nil
}
