package store_test

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestResolvedEvidenceOnDisk stores evidence with a resolution, reopens
// the database and reads it back; and reads the stored value as a
// reader from before resolutions did (five fields, the rest ignored):
// it finds the sentence, verb, date, modality and when unchanged.
func TestResolvedEvidenceOnDisk(t *testing.T) {
	dir := t.TempDir()
	const (
		before = "Karin Holm arrived in Oslo on Monday."
		met    = "She met Lars Vik on Tuesday."
	)
	text := before + " " + met
	b := graphtest.NewBuilder(t, "Resolved on disk", "2025-04-01", text)
	holm := b.Actor("Karin Holm", graph.Person)
	vik := b.Actor("Lars Vik", graph.Person)
	id := b.Edge(holm, graph.Consult, vik, met, "met")
	she := strings.Index(text, "She")
	want := []graph.Resolution{{Actor: holm, Mention: "She", Start: she, End: she + 3, Rule: "pronoun:personal",
		Antecedent: "Karin Holm", AntecedentEnd: len("Karin Holm")}}
	b.B.Edges[0].Evidence[0].Resolved = want
	db := open(t, dir, store.Options{})
	if _, err := db.Ingest(context.Background(), b.B); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = open(t, dir, store.Options{})
	e, err := db.Edge(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Evidence) != 1 || fmt.Sprint(e.Evidence[0].Resolved) != fmt.Sprint(want) {
		t.Fatalf("after reopening the evidence is %+v, want resolutions %+v", e.Evidence, want)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	store.DowngradeToFormat7(t, bdb) // the evidence under ev/, as older readers would find it
	defer bdb.Close()
	var value []byte
	err = bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("ev/" + string(id) + "/")})
		defer it.Close()
		it.Rewind()
		if !it.Valid() {
			return fmt.Errorf("no evidence key for %s", id)
		}
		value, err = it.Item().ValueCopy(nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var old []string // what a reader from before resolutions reads
	rest := value[1:]
	for range 5 {
		n, k := binary.Uvarint(rest)
		if k <= 0 || uint64(len(rest)-k) < n {
			t.Fatalf("value %q does not read as five fields", value)
		}
		old = append(old, string(rest[k:k+int(n)]))
		rest = rest[k+int(n):]
	}
	if value[0] != 0x01 || fmt.Sprint(old) != fmt.Sprint([]string{met, "met", "2025-04-01", "", ""}) {
		t.Errorf("an older reader reads %q", old)
	}
	n, k := binary.Uvarint(rest)
	var got []graph.Resolution
	if k <= 0 || json.Unmarshal(rest[k:k+int(n)], &got) != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the sixth field is %q, want the resolutions as JSON", rest)
	}
}
