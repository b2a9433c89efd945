package resolvers_test

import (
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// TestEvidenceShowsResolvedMentions extracts an invented article whose
// meeting is told with "He", stores it on disk and reads the relation
// back over HTTP: its evidence says "He" was resolved by the pronoun
// rule to the minister named in the sentence before.
func TestEvidenceShowsResolvedMentions(t *testing.T) {
	const text = "Prime Minister Jonas Berglund arrived in Tallinn on Monday. He met Estonian President Alar Karis on Tuesday."
	b, err := extract.New(extract.Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Ingest(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	ids := func(name string) graph.ID {
		t.Helper()
		got, err := db.Lookup(t.Context(), name)
		if err != nil || len(got) != 1 {
			t.Fatalf("lookup %q: %v, %v", name, got, err)
		}
		return got[0]
	}
	berglund, karis := ids("Jonas Berglund"), ids("Alar Karis")
	f := &fixture{db: db}
	srv := f.server(t, resolvers.Options{})
	r := post(t, srv, `query($id: ID!) { node(id: $id) { ... on Relation { evidence { sentence resolved {
		actorId mention start end rule antecedent antecedentStart antecedentEnd } } } } }`,
		map[string]any{"id": graph.EdgeID(berglund, graph.Consult, karis)})
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var d struct {
		Node struct {
			Evidence []struct {
				Sentence string
				Resolved []struct {
					ActorID, Mention, Rule         string
					Start, End                     int
					Antecedent                     *string
					AntecedentStart, AntecedentEnd *int
				}
			}
		}
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Node.Evidence) != 1 || len(d.Node.Evidence[0].Resolved) != 1 {
		t.Fatalf("evidence of the meeting: %s", r.Data)
	}
	res := d.Node.Evidence[0].Resolved[0]
	if res.ActorID != string(berglund) || res.Mention != "He" || text[res.Start:res.End] != "He" || res.Rule != "pronoun:personal" ||
		res.Antecedent == nil || *res.Antecedent != "Jonas Berglund" || text[*res.AntecedentStart:*res.AntecedentEnd] != "Jonas Berglund" {
		t.Errorf("resolution read back: %s", r.Data)
	}
}
