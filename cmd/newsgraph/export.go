package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/store"
)

func exportDoc() string {
	var b strings.Builder
	b.WriteString(`
Write the graph, or the part of it a scope selects, to standard output or
to a file. Without --root the whole graph is written; with --root, the
nodes within --depth hops of the roots (actor IDs or names) and the edges
among them. --class, --since and --until keep only edges of those classes
or with evidence dated in that period (inclusive). Only facts (asserted or
planned) are written unless --nonfactual is given.

With -o the output goes to a temporary file beside FILE that is renamed
to FILE once complete, so a failed export leaves no partial file. The
database is opened read-only, so exports may run side by side; it cannot
be read while "newsgraph serve" holds it.

Formats:
`)
	for _, f := range export.Formats() {
		fmt.Fprintf(&b, "  %-10s %s\n", f.Name, f.Description)
	}
	return b.String()
}

// exportCacheSize is the block cache an export opens the database with.
// A whole-graph export reads every block once, in key order, so a cache
// would only hold blocks never read again: Badger's default of 256 MiB
// tripled the export's resident memory (600 MB instead of 30 MB on a
// 1 M-edge graph) and made it slower. 16 MiB still serves the repeated
// reads of rooted exports and of gexf's node spans.
const exportCacheSize = 16 << 20

func (m *Main) export(ctx context.Context, args []string) int {
	fs := m.flags("export", exportDoc())
	dbDir := fs.String("db", DefaultDB, "database `DIR`")
	pgURL := storeFlag(fs)
	format := fs.String("format", "json", "output `FORMAT` (see Formats)")
	var roots, classes listFlag
	fs.Var(&roots, "root", "start from this node `ID|NAME` (a node ID or an actor name), as /export?root= takes it (repeatable, or comma-separated)")
	depth := fs.String("depth", "", "`N` hops from the roots (default 1; needs --root)")
	fs.Var(&classes, "class", "keep only edges of this `CLASS` (repeatable, or comma-separated): "+classNames())
	since := fs.String("since", "", "keep only edges with evidence on or after this `DATE` (YYYY-MM-DD)")
	until := fs.String("until", "", "keep only edges with evidence on or before this `DATE` (YYYY-MM-DD)")
	nonFactual := fs.Bool("nonfactual", false, "also write edges and events that are no facts (negated, demanded or hypothetical only)")
	out := fs.String("o", "-", "write to `FILE` instead of standard output")
	base := fs.String("base", export.DefaultBase, "`IRI` under which the nquads format names nodes and relations (<IRI act_…>); exports under one base merge")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	f, err := export.Lookup(*format)
	if err != nil {
		var names []string
		for _, f := range export.Formats() {
			names = append(names, f.Name)
		}
		return m.usageError(fs, fmt.Sprintf("unknown format %q (formats: %s)", *format, strings.Join(names, ", ")))
	}
	if err := export.CheckBase(*base); err != nil {
		return m.usageError(fs, "--base: "+message(err))
	}
	opts := export.Options{Base: *base}
	scope, rootNames, err := export.ParseScope(export.ScopeRequest{
		Roots: roots, Depth: *depth, Classes: classes, Since: *since, Until: *until,
	}, export.ScopeLimits{}, flagParam)
	if err != nil {
		return m.usageError(fs, message(err))
	}
	scope.NonFactual = *nonFactual

	if msg := checkStore(fs, *pgURL); msg != "" {
		return m.usageError(fs, msg)
	}
	db, _, err := m.openGraph(ctx, *pgURL, *dbDir, true, func(o *store.Options) { o.CacheSize = exportCacheSize })
	if err != nil {
		return m.fail("export", err)
	}
	defer db.Close()
	if scope.Roots, err = export.ResolveRoots(ctx, db, rootNames, flagParam); err != nil {
		return m.fail("export", err)
	}
	if *out == "-" {
		if err := f.WriteWith(ctx, m.stdout, db, scope, opts); err != nil {
			return m.fail("export", err)
		}
		return exitOK
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error { return f.WriteWith(ctx, w, db, scope, opts) }); err != nil {
		return m.fail("export", err)
	}
	return exitOK
}

// flagParam names a flag in the messages of export.ParseScope.
func flagParam(name string) string { return "--" + name }

// writeFileAtomic writes path through a temporary file in the same
// directory, renamed to path only when write and close succeed, so that
// path is either left as it was or holds the complete output.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		// Found now, not by the rename after the whole output is written,
		// whose message names a hidden temporary file.
		return fmt.Errorf("%s is a folder; give a file name for the output", path)
	}
	tmp, err := createTemp(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
