package store_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// meeting is article i of a series in which the same two people meet
// again and again: every article adds evidence to one CONSULT edge.
func meeting(tb testing.TB, i int) (*graph.Batch, graph.ID) {
	tb.Helper()
	sentence := fmt.Sprintf("Anna Lindqvist met Omar Haddad for round %d of the talks.", i)
	b := graphtest.NewBuilder(tb, fmt.Sprintf("Round %d", i), fmt.Sprintf("2025-%02d-%02d", 1+i/28%12, 1+i%28), sentence)
	a := b.Actor("Anna Lindqvist", graph.Person)
	o := b.Actor("Omar Haddad", graph.Person)
	e := b.Edge(a, graph.Consult, o, sentence, "met")
	return b.B, e
}

// rawValue reads one key of a closed database with Badger itself.
func rawValue(t *testing.T, dir string, key string) []byte {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	var v []byte
	err = bdb.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(key))
		if err != nil {
			return err
		}
		v, err = item.ValueCopy(nil)
		return err
	})
	if err != nil {
		t.Fatalf("read %s: %v", key, err)
	}
	return v
}

// TestEdgeValueDoesNotGrowWithEvidence checks the point of format 2: the
// value under e/<edge> stays the same size however many articles support
// the edge, and the evidence comes back whole and in order.
func TestEdgeValueDoesNotGrowWithEvidence(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var id graph.ID
	for i := range 200 {
		b, e := meeting(t, i)
		id = e
		res, err := db.Ingest(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if want := i > 0; res.EdgesUpdated == 1 != want || res.EdgesCreated == 1 == want {
			t.Fatalf("article %d: %d edges created, %d updated", i, res.EdgesCreated, res.EdgesUpdated)
		}
	}
	e, err := db.Edge(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if e.Support() != 200 || len(e.Evidence) != 200 {
		t.Fatalf("support %d, %d pieces of evidence; want 200", e.Support(), len(e.Evidence))
	}
	if !slicesSortedLikeMerge(e.Evidence) {
		t.Error("evidence is not in graph.MergeEvidence's order")
	}
	for _, ev := range e.Evidence {
		if !strings.Contains(ev.Sentence, "met Omar Haddad for round") || ev.Verb != "met" || ev.Date == "" || ev.End-ev.Start != len(ev.Sentence) {
			t.Fatalf("evidence %+v lost a field", ev)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	head := rawValue(t, dir, "e/"+string(id))
	if len(head) > 300 || bytes.Contains(head, []byte("Omar Haddad for round")) {
		t.Errorf("e/%s holds %d bytes (%.120q); want the head alone", id, len(head), head)
	}
}

func slicesSortedLikeMerge(evs []graph.Evidence) bool {
	merged := graph.MergeEvidence(nil, evs)
	for i := range evs {
		if fmt.Sprint(evs[i]) != fmt.Sprint(merged[i]) {
			return false
		}
	}
	return true
}

// TestOpenUpgradesFormat1 turns a database into format 1 by hand (whole
// edges under e/, no ev/ keys) and checks that Open converts it back to
// the same graph, and that a read-only Open refuses it.
func TestOpenUpgradesFormat1(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 30 {
		b, _ := meeting(t, i)
		if _, err := db.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Ingest(ctx, article(t, 1).B); err != nil {
		t.Fatal(err)
	}
	want, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var edges []graph.Edge
	if err := db.ScanEdges(ctx, "", func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat6(t, bdb)
	err = bdb.Update(func(txn *badger.Txn) error {
		var keys [][]byte
		for _, prefix := range []string{"ev/", "rank/", "ord/"} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
			n := 0
			for it.Rewind(); it.Valid(); it.Next() {
				keys = append(keys, it.Item().KeyCopy(nil))
				n++
			}
			it.Close()
			if n == 0 || (prefix == "ev/" && n < 30) {
				return fmt.Errorf("only %d %s keys", n, prefix)
			}
		}
		for _, k := range keys {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		for _, e := range edges {
			v, err := json.Marshal(e)
			if err != nil {
				return err
			}
			if err := txn.Set([]byte("e/"+string(e.ID)), v); err != nil {
				return err
			}
		}
		return txn.Set([]byte("meta/format"), []byte("1"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}

	if _, err := store.Open(dir, store.Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "open it read-write once to upgrade it") {
		t.Fatalf("read-only Open of a format 1 database: %v; want a refusal that says how to upgrade", err)
	}
	db = open(t, dir, store.Options{})
	got, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("after the upgrade the graph reads\n%s\nwant\n%s", got, want)
	}
	graphtest.CheckConsistent(t, db)
}

// TestOpenUpgradesFormats2To5 turns a database into format 6
// (DowngradeToFormat6), then into format 2 by hand
// (no rank/, ord/ or count/mod/ keys, and some edges' heads and
// adjacency values without the support, as written before the summary
// was kept), into format 3 (no ord/ or count/mod/ keys), into format 4
// (the relation orders as one ord/e/ list of every class, without
// modalities, no events by date and no count/mod/ keys) or into format
// 5 (no ord/f/ keys of the facts, no ord/n/event/ keys), and checks that
// a read-only Open refuses it and a read-write Open writes exactly the
// rank/, ord/, ap/ and count/all keys the database had, with the same
// graph.
func TestOpenUpgradesFormats2To5(t *testing.T) {
	for _, from := range []string{"2", "3", "4", "5"} {
		t.Run("format "+from, func(t *testing.T) { testUpgrade(t, from) })
	}
}

func testUpgrade(t *testing.T, from string) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	graphtest.GenerateGraph(t, db, 7, 30, 60)
	// Events, dated and not, and relations that are no facts.
	const said = "Ann Gensurname001 denied meeting Ann Gensurname002. Ann Gensurname001 spoke at the summit."
	b := graphtest.NewBuilder(t, "Events", "2025-06-02", said)
	a1, a2 := b.Actor("Ann Gensurname001", graph.Person), b.Actor("Ann Gensurname002", graph.Person)
	b.ModalEdge(a1, graph.Consult, a2, "Ann Gensurname001 denied meeting Ann Gensurname002.", "met", graph.Negated)
	b.Edge(a1, graph.ParticipatedIn, b.Event("summit", "2025-06-01"), "Ann Gensurname001 spoke at the summit.", "spoke")
	b.Edge(a1, graph.ParticipatedIn, b.Event("denial", ""), "Ann Gensurname001 denied meeting Ann Gensurname002.", "denied")
	if _, err := db.Ingest(ctx, b.B); err != nil {
		t.Fatal(err)
	}
	want, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	counters, provs := keysWith(t, bdb, "count/all"), keysWith(t, bdb, "ap/")
	if len(counters) != 1 || len(provs) < 7 {
		t.Fatalf("%d count/all keys, %d ap/ keys", len(counters), len(provs))
	}
	ords7 := keysWith(t, bdb, "ord/")
	store.DowngradeToFormat6(t, bdb)
	ranks, ords, mods := keysWith(t, bdb, "rank/"), keysWith(t, bdb, "ord/"), keysWith(t, bdb, "count/mod/")
	facts, events := keysWith(t, bdb, "ord/f/"), keysWith(t, bdb, "ord/n/event/")
	if len(ranks) < 40 || len(ords) < 100 || len(mods) < 3 || len(facts) < 40 || len(events) != 2 {
		t.Fatalf("only %d rank/, %d ord/ (%d ord/f/, %d ord/n/event/) and %d count/mod/ keys", len(ranks), len(ords), len(facts), len(events), len(mods))
	}
	if len(facts) >= len(keysWith(t, bdb, "e/")) {
		t.Fatalf("%d ord/f/ keys: the negated relation has one", len(facts))
	}
	err = bdb.Update(func(txn *badger.Txn) error {
		if from == "5" {
			for k := range maps.Keys(facts) {
				if err := txn.Delete([]byte(k)); err != nil {
					return err
				}
			}
			for k := range maps.Keys(events) {
				if err := txn.Delete([]byte(k)); err != nil {
					return err
				}
			}
			return txn.Set([]byte("meta/format"), []byte("5"))
		}
		for k := range mods {
			if err := txn.Delete([]byte(k)); err != nil {
				return err
			}
		}
		for k := range ords {
			if err := txn.Delete([]byte(k)); err != nil {
				return err
			}
			// Format 4: ord/e/<order>/<key>/<edge id> for every class.
			if parts := strings.SplitN(k, "/", 4); from == "4" && parts[1] == "r" {
				class, rest, _ := strings.Cut(parts[3], "/")
				if class == "" || rest == "" {
					return fmt.Errorf("malformed order key %q", k)
				}
				if err := txn.Set([]byte("ord/e/"+parts[2]+"/"+rest), nil); err != nil {
					return err
				}
			}
		}
		if from == "4" {
			for k := range ords {
				if strings.HasPrefix(k, "ord/n/") && !strings.HasPrefix(k, "ord/n/event/") {
					if err := txn.Set([]byte(k), nil); err != nil {
						return err
					}
				}
			}
			return txn.Set([]byte("meta/format"), []byte("4"))
		}
		if from == "3" {
			return txn.Set([]byte("meta/format"), []byte("3"))
		}
		for k := range ranks {
			if err := txn.Delete([]byte(k)); err != nil {
				return err
			}
		}
		// Every other edge loses its summary: a head without articles,
		// adjacency values with the edge ID alone.
		i := 0
		for k, v := range keysWith(t, bdb, "out/") {
			if i++; i%2 == 0 {
				continue
			}
			id, _, _ := strings.Cut(string(v), "\x00")
			parts := strings.Split(k, "/")
			for _, key := range []string{k, "in/" + parts[3] + "/" + parts[2] + "/" + parts[1]} {
				if err := txn.Set([]byte(key), []byte(id)); err != nil {
					return err
				}
			}
			head := keysWith(t, bdb, "e/"+id)["e/"+id]
			var h map[string]any
			if err := json.Unmarshal(head, &h); err != nil {
				return err
			}
			delete(h, "articles")
			delete(h, "first")
			delete(h, "last")
			hv, err := json.Marshal(h)
			if err != nil {
				return err
			}
			if err := txn.Set([]byte("e/"+id), hv); err != nil {
				return err
			}
		}
		return txn.Set([]byte("meta/format"), []byte("2"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Close(); err != nil {
		t.Fatal(err)
	}

	refusesReadOnly(t, dir, from)
	db, err = store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := graphtest.Dump(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("after the upgrade the graph reads\n%s\nwant\n%s", got, want)
	}
	graphtest.CheckConsistent(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err = badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if l := layout9Of(t, bdb); !l.complete() {
		t.Errorf("after the upgrade %+v; want a record for each node", l)
	}
	after := keysWith(t, bdb, "rank/")
	maps.DeleteFunc(after, func(k string, _ []byte) bool { return store.IsNodeRecordKey([]byte(k)) })
	if !maps.EqualFunc(after, ranks, bytes.Equal) {
		t.Errorf("after the upgrade %d rank/ keys, before %d, or other values", len(after), len(ranks))
	}
	if after := keysWith(t, bdb, "ord/"); !maps.EqualFunc(after, ords7, bytes.Equal) {
		t.Errorf("after the upgrade %d ord/ keys, before %d, or other values", len(after), len(ords7))
	}
	if after := keysWith(t, bdb, "count/"); !maps.EqualFunc(after, counters, bytes.Equal) {
		t.Errorf("after the upgrade the counters are %q, before %q", after, counters)
	}
	if after := keysWith(t, bdb, "ap/"); !maps.EqualFunc(after, provs, bytes.Equal) {
		t.Errorf("after the upgrade %d ap/ keys, before %d, or other values", len(after), len(provs))
	}
	if v := keysWith(t, bdb, "meta/format")["meta/format"]; string(v) != store.FormatVersion {
		t.Errorf("meta/format %q after the upgrade, want %s", v, store.FormatVersion)
	}
}

// keysWith returns the keys of bdb under prefix with their values.
func keysWith(t *testing.T, bdb *badger.DB, prefix string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key())] = v
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEvidenceReadsBothValueForms checks that evidence values first
// written as JSON read back like the binary ones.
func TestEvidenceReadsBothValueForms(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var id graph.ID
	for i := range 3 {
		b, e := meeting(t, i)
		id = e
		if _, err := db.Ingest(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	want, err := db.Edge(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat7(t, bdb) // every piece of evidence under ev/, some to be rewritten
	rewritten := 0
	err = bdb.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("ev/" + string(id) + "/")})
		var keys [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		it.Close()
		for i, k := range keys {
			if i%2 == 1 {
				continue
			}
			ev := want.Evidence[i]
			v, _ := json.Marshal(map[string]string{"sentence": ev.Sentence, "verb": ev.Verb, "date": ev.Date})
			if err := txn.Set(k, v); err != nil {
				return err
			}
			rewritten++
		}
		return nil
	})
	if err != nil || bdb.Close() != nil || rewritten != 2 {
		t.Fatalf("rewrite %d values as JSON: %v", rewritten, err)
	}
	db = open(t, dir, store.Options{})
	got, err := db.Edge(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("with JSON values the edge reads\n%v\nwant\n%v", got, want)
	}
}

// TestEvidenceOfEveryLength stores sentences of every length up to 300
// bytes (a length byte may look like JSON's '{') and reads them back.
func TestEvidenceOfEveryLength(t *testing.T) {
	db := open(t, t.TempDir(), store.Options{})
	ctx := context.Background()
	for n := 31; n <= 300; n++ {
		sentence := "Anna Lindqvist met Omar Haddad" + strings.Repeat("x", n-31) + "."
		b := graphtest.NewBuilder(t, fmt.Sprintf("Length %d", n), "2025-01-01", sentence)
		a := b.Actor("Anna Lindqvist", graph.Person)
		o := b.Actor("Omar Haddad", graph.Person)
		id := b.Edge(a, graph.Consult, o, sentence, "met")
		if _, err := db.Ingest(ctx, b.B); err != nil {
			t.Fatal(err)
		}
		e, err := db.Edge(ctx, id)
		if err != nil {
			t.Fatalf("length %d: %v", n, err)
		}
		if !slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.Sentence == sentence && ev.Verb == "met" }) {
			t.Fatalf("length %d: the sentence did not come back", n)
		}
	}
}
