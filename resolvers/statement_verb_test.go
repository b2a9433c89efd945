package resolvers_test

import "testing"

// TestStatementVerbTellsADenial reads, with the real extractor, an
// invented article in which one minister says something and another
// denies something: each statement gives the verb that reported it, so
// that the denied words are not read as a claim of the one who denied
// them.
func TestStatementVerbTellsADenial(t *testing.T) {
	srv, _ := extractedServer(t, `Port dispute deepens

Published: 2026-11-29

Trade Minister Alma Reyes denied that Norland had blocked grain shipments.

Finance Minister Oskar Lind said the tariffs would stay until March.
`)
	var data struct {
		Statements struct {
			Edges []struct {
				Node struct {
					Text    string
					Verb    *string
					Speaker struct{ Name string }
				}
			}
		}
	}
	mustData(t, srv, `{ statements(first: 10) { edges { node { text verb speaker { name } } } } }`, nil, &data)
	verbs := map[string]string{}
	for _, e := range data.Statements.Edges {
		verbs[e.Node.Speaker.Name] = deref(e.Node.Verb)
	}
	want := map[string]string{"Alma Reyes": "denied", "Oskar Lind": "said"}
	if !mapsEqual(verbs, want) {
		t.Errorf("statements' speakers and verbs %v, want %v", verbs, want)
	}
}
