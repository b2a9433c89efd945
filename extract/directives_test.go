package extract_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// TestDirectivesAreNoStatements pins docs/ONTOLOGY.md's "Directives are
// not statements" on invented sentences: a request whose content is an
// infinitive or a noun phrase gives no statement but a REQUEST of the
// addressee, with the modality of the request itself (its negated and
// planned twins); a finite clause after the verb ("urged that A
// should …", not a mandative "urged that A pass …"), a
// warning with a clause and a nested attribution are statements of the
// immediate source.
func TestDirectivesAreNoStatements(t *testing.T) {
	x := extract.New(extract.Options{})
	const head = "Harbour bill\n\nPublished: 2026-11-29\n\n"
	request := fact{"Lena Holm", "REQUEST", "Harbour Council"}
	for _, tc := range []struct {
		name, sentence string
		stmt           string // "speaker: words" a statement must start with; "" for none
		edge           *fact  // a REQUEST the sentence must give, with modality want
		want           graph.Modality
	}{
		{"urged to", "Mayor Lena Holm urged the Harbour Council to pass the bill before the recess.", "", &request, graph.Asserted},
		{"urged to, negated", "Mayor Lena Holm did not urge the Harbour Council to pass the bill.", "", &request, graph.Negated},
		{"urged to, planned", "Mayor Lena Holm will urge the Harbour Council to pass the bill on Monday.", "", &request, graph.Planned},
		{"called on to", "Mayor Lena Holm called on the Harbour Council to delay the vote on the new pier.", "", &request, graph.Asserted},
		{"called on, planned", "Mayor Lena Holm is expected to call on the Harbour Council to delay the vote.", "", &request, graph.Planned},
		{"asked to", "Mayor Lena Holm asked the Harbour Council to delay the vote on the new pier.", "", &request, graph.Asserted},
		{"asked, negated", "Mayor Lena Holm never asked the Harbour Council to delay the vote.", "", &request, graph.Negated},
		{"called for a noun", "Mayor Lena Holm called for an independent investigation into the collapse of the pier.", "", nil, graph.Asserted},
		{"demanded a noun", "Mayor Lena Holm demanded the immediate resignation of the harbour master.", "", nil, graph.Asserted},
		{"told to", "Mayor Lena Holm told her aides to prepare a new plan for the harbour.", "", nil, graph.Asserted},
		// A finite clause with a modal is reported; one in the mandative
		// subjunctive ("urged that the council pass") is a directive
		// (docs/ONTOLOGY.md, session 22).
		{"urged that", "Mayor Lena Holm urged that the council should pass the bill before the recess.", "Lena Holm: the council should pass the bill", nil, graph.Asserted},
		{"urged that, mandative", "Mayor Lena Holm urged that the council pass the bill before the recess.", "", nil, graph.Asserted},
		{"warned that", "The Harbour Council warned that rising water levels could flood the old town.", "Harbour Council: rising water levels could flood the old town", nil, graph.Asserted},
		{"warned someone that", "The Harbour Council warned residents of the old town that the pier could close in winter.", "Harbour Council: the pier could close in winter", nil, graph.Asserted},
		{"nested", "According to the Bergen Courier, Mayor Lena Holm said on Friday that the pier would reopen in May.", "Lena Holm: the pier would reopen in May", nil, graph.Asserted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: head + tc.sentence + "\n", Origin: tc.name})
			if err != nil {
				t.Fatal(err)
			}
			ns := labels(b)
			var stmts []string
			for _, e := range b.Edges {
				if e.Class == graph.Stated {
					stmts = append(stmts, ns[e.Source].Label+": "+ns[e.Target].Text)
				}
			}
			switch {
			case tc.stmt == "" && len(stmts) > 0:
				t.Errorf("statements %q; a directive makes none", stmts)
			case tc.stmt != "" && (len(stmts) != 1 || !strings.HasPrefix(stmts[0], tc.stmt)):
				t.Errorf("statements %q; want one starting %q", stmts, tc.stmt)
			}
			if tc.edge == nil {
				return
			}
			var got *graph.Edge
			hasEdge(b, *tc.edge, func(e graph.Edge) bool { got = &e; return true })
			if got == nil {
				t.Fatalf("no %s %s %s edge", tc.edge.src, tc.edge.class, tc.edge.dst)
			}
			if m := got.MostFactual(); m != tc.want {
				t.Errorf("modality %q, want %q", m.Name(), tc.want.Name())
			}
		})
	}
}
