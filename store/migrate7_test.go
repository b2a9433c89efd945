package store_test

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// format7Graph fills a new database in dir with generated articles and
// the store tests' richer ones, corrected once (an alias, a merge), and
// returns what a reader sees: the dump, the articles' nodes and the
// counters, and the database's ap/ and count/ keys with their values.
func format7Graph(t *testing.T, dir string) (sees format7View, keys map[string][]byte) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	graphtest.GenerateGraph(t, db, 11, 20, 40)
	for i := range 4 {
		if _, err := db.Ingest(ctx, article(t, i).B); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		if _, err := db.Ingest(ctx, summitArticle(t, i)); err != nil {
			t.Fatal(err)
		}
	}
	actors := nodeIDs(t, db, graph.KindActor)
	if _, err := db.AddAlias(ctx, actors[0], "Someone Else Entirely"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeActors(ctx, actors[1], []graph.ID{actors[2]}); err != nil {
		t.Fatal(err)
	}
	sees = viewOf(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	keys = format7Keys(t, bdb)
	if len(keys) < 30 {
		t.Fatalf("only %d ap/ and count/ keys", len(keys))
	}
	return sees, keys
}

// summitArticle has edges to its own event and object, whose heads hold
// their evidence in format 8.
func summitArticle(t *testing.T, i int) *graph.Batch {
	t.Helper()
	text := fmt.Sprintf("Anna Lindqvist opened summit %d in Oslo. Omar Haddad attended summit %d.", i, i)
	b := graphtest.NewBuilder(t, fmt.Sprintf("Summit %d", i), fmt.Sprintf("2025-05-%02d", i+1), text)
	a, o := b.Actor("Anna Lindqvist", graph.Person), b.Actor("Omar Haddad", graph.Person)
	ev, obj := b.Event(fmt.Sprintf("summit %d", i), fmt.Sprintf("2025-05-%02d", i+1)), b.Node(graph.KindObject, "Oslo")
	first, second := fmt.Sprintf("Anna Lindqvist opened summit %d in Oslo.", i), fmt.Sprintf("Omar Haddad attended summit %d.", i)
	b.Edge(a, graph.ParticipatedIn, ev, first, "opened")
	b.Edge(o, graph.ParticipatedIn, ev, second, "attended")
	b.Edge(b.ID(), graph.Mentions, obj, first, "")
	return b.B
}

// format7View is what a reader sees of the keys format 7 packs.
type format7View struct {
	dump  string
	named map[graph.ID][]graph.ID
	stats store.Stats
	mods  map[graph.EdgeClass]map[graph.Modality]int64
}

func viewOf(t *testing.T, db *store.DB) format7View {
	t.Helper()
	ctx := context.Background()
	var v format7View
	var err error
	if v.dump, err = graphtest.Dump(ctx, db); err != nil {
		t.Fatal(err)
	}
	if v.named, err = db.ArticleNodes(ctx, nodeIDs(t, db, graph.KindArticle)); err != nil {
		t.Fatal(err)
	}
	if v.stats, err = db.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if v.mods, err = db.EdgeCountsByModality(ctx); err != nil {
		t.Fatal(err)
	}
	return v
}

func (v format7View) diff(t *testing.T, what string, want format7View) {
	t.Helper()
	if v.dump != want.dump {
		t.Errorf("%s: the graph reads\n%s\nwant\n%s", what, v.dump, want.dump)
	}
	if !maps.EqualFunc(v.named, want.named, func(a, b []graph.ID) bool { return strings.Join(ids(a), " ") == strings.Join(ids(b), " ") }) {
		t.Errorf("%s: ArticleNodes = %v, want %v", what, v.named, want.named)
	}
	if !maps.Equal(v.stats.Nodes, want.stats.Nodes) || !maps.Equal(v.stats.Edges, want.stats.Edges) {
		t.Errorf("%s: Stats = %v, want %v", what, v.stats, want.stats)
	}
	if !maps.EqualFunc(v.mods, want.mods, maps.Equal) {
		t.Errorf("%s: EdgeCountsByModality = %v, want %v", what, v.mods, want.mods)
	}
}

func ids(l []graph.ID) []string {
	out := make([]string, len(l))
	for i, id := range l {
		out[i] = string(id)
	}
	return out
}

// upgradeSteps are the changes an upgrade test makes alike to the
// upgraded database and to one that never left the current format (ref,
// whose articles and actors db's are): deleting an article, merging
// actors, adding and removing an alias, ingesting new articles, deleting
// the first article.
func upgradeSteps(t *testing.T, db *store.DB) []upgradeStep {
	t.Helper()
	ctx := context.Background()
	arts, actors := nodeIDs(t, db, graph.KindArticle), nodeIDs(t, db, graph.KindActor)
	return []upgradeStep{
		{"delete an article", func(db *store.DB) error { return db.DeleteArticle(ctx, arts[len(arts)/2]) }},
		{"merge actors", func(db *store.DB) error {
			_, err := db.MergeActors(ctx, actors[0], []graph.ID{actors[len(actors)-1], actors[len(actors)/2]})
			return err
		}},
		{"add an alias", func(db *store.DB) error { _, err := db.AddAlias(ctx, actors[3], "Yet Another Name"); return err }},
		{"remove it", func(db *store.DB) error { _, err := db.RemoveAlias(ctx, actors[3], "Yet Another Name"); return err }},
		{"ingest articles", func(db *store.DB) error {
			for i := 4; i < 7; i++ {
				if _, err := db.Ingest(ctx, article(t, i).B); err != nil {
					return err
				}
				if _, err := db.Ingest(ctx, summitArticle(t, i)); err != nil {
					return err
				}
			}
			return nil
		}},
		{"delete the first article", func(db *store.DB) error { return db.DeleteArticle(ctx, arts[0]) }},
	}
}

// upgradeStep is one change of upgradeSteps.
type upgradeStep struct {
	name string
	fn   func(db *store.DB) error
}

// applyAlike makes each step to ref, then to db, and fails t when they
// read otherwise after it, or db is not consistent (graphtest.CheckConsistent);
// check, when not nil, checks more after each step.
func applyAlike(t *testing.T, db, ref *store.DB, steps []upgradeStep, check func(step string)) {
	t.Helper()
	for _, s := range steps {
		if err := s.fn(ref); err != nil {
			t.Fatalf("%s (never upgraded): %v", s.name, err)
		}
		if err := s.fn(db); err != nil {
			t.Fatalf("%s (upgraded): %v", s.name, err)
		}
		viewOf(t, db).diff(t, s.name, viewOf(t, ref))
		graphtest.CheckConsistent(t, db)
		if check != nil {
			check(s.name)
		}
	}
}

// applyAlikeInDirs opens the upgraded database in dir and the one that
// never left the current format in control, makes upgradeSteps to both
// through applyAlike, and closes them; check, when not nil, checks more
// after each step with both open.
func applyAlikeInDirs(t *testing.T, dir, control string, check func(step string, db, ref *store.DB)) {
	t.Helper()
	db := open(t, dir, store.Options{})
	ref := open(t, control, store.Options{})
	var after func(string)
	if check != nil {
		after = func(step string) { check(step, db, ref) }
	}
	applyAlike(t, db, ref, upgradeSteps(t, db), after)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ref.Close(); err != nil {
		t.Fatal(err)
	}
}

func nodeIDs(t *testing.T, db *store.DB, k graph.NodeKind) []graph.ID {
	t.Helper()
	var out []graph.ID
	if err := db.ScanNodes(context.Background(), k, "", func(n graph.Node) error { out = append(out, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(out) < 3 {
		t.Fatalf("only %d %s nodes", len(out), k)
	}
	return out
}

// format7Keys returns the keys format 7 packs into, and those of format
// 6 it drops, with their values.
func format7Keys(t *testing.T, bdb *badger.DB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, p := range []string{"ap/", "an/", "ae/", "count/", "meta/drop6", "ord/r/"} {
		maps.Copy(out, keysWith(t, bdb, p))
	}
	return out
}

// TestOpenUpgradesFormat6 writes a database, rewrites it as format 6
// wrote it (an article's nodes and edges as an/ and ae/ keys, a key per
// counter), and checks that a read-only Open refuses it and a read-write
// Open packs it into exactly the ap/ and count/all keys the database
// had, with nothing of format 6 left and the same graph; then that
// deleting an article, merging actors and adding an alias give the
// upgraded database and one that never left format 7 the same graph and
// the same keys, consistent with a full scan.
func TestOpenUpgradesFormat6(t *testing.T) {
	dir := t.TempDir()
	want, wantKeys := format7Graph(t, dir)
	control := t.TempDir()
	copyDir(t, dir, control)

	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat6(t, bdb)
	old := format7Keys(t, bdb)
	an, ae := keysWith(t, bdb, "an/"), keysWith(t, bdb, "ae/")
	if len(an) < 100 || len(ae) < 100 || len(keysWith(t, bdb, "ap/")) != 0 || len(keysWith(t, bdb, "count/node/")) < 2 || len(keysWith(t, bdb, "count/all")) != 0 {
		t.Fatalf("format 6 fixture: %d an/, %d ae/ keys, %d keys in all", len(an), len(ae), len(old))
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}
	refusesReadOnly(t, dir, "6")

	db := open(t, dir, store.Options{})
	viewOf(t, db).diff(t, "after the upgrade", want)
	graphtest.CheckConsistent(t, db)
	ref := open(t, control, store.Options{})

	// The corrections find every key they change in the upgraded keys.
	applyAlike(t, db, ref, upgradeSteps(t, db), nil)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ref.Close(); err != nil {
		t.Fatal(err)
	}
	got, wantAfter := readKeys(t, dir), readKeys(t, control)
	if !maps.EqualFunc(got, wantAfter, bytes.Equal) {
		t.Errorf("after the corrections the upgraded database has %d ap/ and count/ keys, the other %d, or other values", len(got), len(wantAfter))
	}
	for k := range got {
		if !strings.HasPrefix(k, "ap/") && k != "count/all" && !strings.HasPrefix(k, "ord/r/support/") && !strings.HasPrefix(k, "ord/r/seen/") {
			t.Errorf("key %q left after the upgrade", k)
		}
	}
	if len(got) == len(wantKeys) {
		t.Errorf("the corrections changed no ap/ key")
	}
}

func readKeys(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	return inReadOnlyBadger(t, dir, format7Keys)
}

// inReadOnlyBadger opens dir's Badger read-only, reads it with read and
// closes it, so that the store may open the directory again.
func inReadOnlyBadger[T any](t *testing.T, dir string, read func(*testing.T, *badger.DB) T) T {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	return read(t, bdb)
}

// refusesReadOnly fails t unless a read-only Open of dir, a database in
// format version, is refused with an error that says how to upgrade it.
func refusesReadOnly(t *testing.T, dir, version string) {
	t.Helper()
	if _, err := store.Open(dir, store.Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "format "+version+": open it read-write once to upgrade it") {
		t.Fatalf("read-only Open of a format %s database: %v; want a refusal that says how to upgrade", version, err)
	}
}

// TestUpgradeToFormat7AfterACrash checks the upgrade's two crash points:
// before meta/format says 7 (some ap/ keys written, wrong or not: the
// next Open packs them all again from the an/ and ae/ keys), and after it
// but before format 6's keys were dropped (the next Open drops them).
func TestUpgradeToFormat7AfterACrash(t *testing.T) {
	for _, tc := range []struct {
		name  string
		crash func(txn *badger.Txn, packed map[string][]byte) error
	}{
		{"before the format", func(txn *badger.Txn, packed map[string][]byte) error {
			n := 0
			for k := range packed {
				if strings.HasPrefix(k, "ap/") {
					if n++; n%2 == 0 {
						// Half the articles packed, one of them wrongly.
						v := packed[k]
						if n == 2 {
							v = []byte{1, 0, 0}
						}
						if err := txn.Set([]byte(k), v); err != nil {
							return err
						}
					}
				}
			}
			return nil
		}},
		{"before the drops", func(txn *badger.Txn, packed map[string][]byte) error {
			for k, v := range packed {
				if err := txn.Set([]byte(k), v); err != nil {
					return err
				}
			}
			if err := txn.Set([]byte("meta/drop6"), []byte("1")); err != nil {
				return err
			}
			return txn.Set([]byte("meta/format"), []byte("7"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			want, wantKeys := format7Graph(t, dir)
			bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
			if err != nil {
				t.Fatal(err)
			}
			store.DowngradeToFormat6(t, bdb)
			if err := bdb.Update(func(txn *badger.Txn) error { return tc.crash(txn, wantKeys) }); err != nil {
				t.Fatal(err)
			}
			if err := bdb.Close(); err != nil {
				t.Fatal(err)
			}
			db := open(t, dir, store.Options{})
			viewOf(t, db).diff(t, "after the upgrade", want)
			graphtest.CheckConsistent(t, db)
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			if got := readKeys(t, dir); !maps.EqualFunc(got, wantKeys, bytes.Equal) {
				t.Errorf("after the upgrade %d ap/, count/ and format 6 keys, want %d, or other values", len(got), len(wantKeys))
			}
		})
	}
}
