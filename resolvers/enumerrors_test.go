package resolvers_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

// A bad enum value, written in the query or sent as a variable, is
// refused with an error that names the argument (or variable) and lists
// the values the enum takes, so the client can correct it without
// reading the schema.
func TestBadEnumValueNamesArgumentAndValidValues(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	valuesOf := func(enum string) []string {
		var d struct {
			Type struct {
				EnumValues []struct{ Name string } `json:"enumValues"`
			} `json:"__type"`
		}
		mustData(t, srv, `query($n: String!) { __type(name: $n) { enumValues { name } } }`, map[string]any{"n": enum}, &d)
		var out []string
		for _, v := range d.Type.EnumValues {
			out = append(out, v.Name)
		}
		if len(out) < 2 {
			t.Fatalf("enum %s has values %v", enum, out)
		}
		return out
	}
	cases := []struct {
		name, query string
		vars        map[string]any
		enum        string
		mention     []string
	}{
		{"node kind", `{ search(query: "Zelensky", kinds: [ALIEN]) { __typename } }`, nil, "NodeKind", []string{`"kinds"`, `"ALIEN"`}},
		{"edge class", `query($id: ID!) { neighborhood(id: $id, classes: [CONSULT, FOO]) { __typename } }`, map[string]any{"id": "x"}, "EdgeClass", []string{`"classes"`, `"FOO"`}},
		{"order field", `{ actors(orderBy: {field: FOO}) { __typename } }`, nil, "ActorOrderField", []string{`"field"`, `"orderBy"`, `"FOO"`}},
		{"string for enum", `{ search(query: "Zelensky", kinds: ["ALIEN"]) { __typename } }`, nil, "NodeKind", []string{`"kinds"`, `ALIEN`}},
		{"variable", `query($k: [NodeKind!]) { search(query: "Zelensky", kinds: $k) { __typename } }`, map[string]any{"k": []string{"ALIEN"}}, "NodeKind", []string{`$k`, `"ALIEN"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := post(t, srv, c.query, c.vars)
			if len(r.Errors) != 1 {
				t.Fatalf("errors = %+v, want one", r.Errors)
			}
			msg := r.Errors[0].Message
			t.Log(msg)
			for _, want := range append(c.mention, valuesOf(c.enum)...) {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not mention %s", msg, want)
				}
			}
		})
	}
}
