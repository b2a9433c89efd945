package export_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

func TestParseScope(t *testing.T) {
	flag := func(p string) string { return "--" + p }
	lim := export.ScopeLimits{MaxDepth: 6, MaxRoots: 2}
	tests := []struct {
		name  string
		req   export.ScopeRequest
		want  export.Scope
		roots []string
		err   string // "" for success
	}{
		{"whole graph", export.ScopeRequest{}, export.Scope{}, nil, ""},
		{"roots get the default depth, without repeats", export.ScopeRequest{Roots: []string{" Zelensky ", "Zelensky", "act_1"}},
			export.Scope{Depth: export.DefaultDepth}, []string{"Zelensky", "act_1"}, ""},
		{"classes, any case, lists and dashes", export.ScopeRequest{Classes: []string{"consult,Role", "participated-in", "ROLE"}},
			export.Scope{Classes: []graph.EdgeClass{graph.Consult, graph.Role, graph.ParticipatedIn}}, nil, ""},
		{"a period", export.ScopeRequest{Since: "2025-01-01", Until: "2025-12-31"}, export.Scope{Since: "2025-01-01", Until: "2025-12-31"}, nil, ""},
		{"depth", export.ScopeRequest{Roots: []string{"x"}, Depth: "3"}, export.Scope{Depth: 3}, []string{"x"}, ""},
		{"empty root", export.ScopeRequest{Roots: []string{" "}}, export.Scope{}, nil, "--root: empty node ID or name"},
		{"too many roots", export.ScopeRequest{Roots: []string{"a", "b", "c"}}, export.Scope{}, nil, "--root: 3 roots given, more than 2"},
		{"depth without roots", export.ScopeRequest{Depth: "1"}, export.Scope{}, nil, "--depth: needs at least one root"},
		{"depth not a number", export.ScopeRequest{Roots: []string{"x"}, Depth: "two"}, export.Scope{}, nil, `--depth: "two" is not a whole number`},
		{"depth too deep", export.ScopeRequest{Roots: []string{"x"}, Depth: "7"}, export.Scope{}, nil, "--depth: 7 is out of range 0 to 6"},
		{"unknown class", export.ScopeRequest{Classes: []string{"HUGS"}}, export.Scope{}, nil, `--class: unknown edge class "HUGS"`},
		{"empty class", export.ScopeRequest{Classes: []string{"ROLE,"}}, export.Scope{}, nil, "--class: empty edge class"},
		{"bad date", export.ScopeRequest{Until: "2025-13-01"}, export.Scope{}, nil, `--until: "2025-13-01" is not a date`},
		{"since after until", export.ScopeRequest{Since: "2026-01-01", Until: "2025-01-01"}, export.Scope{}, nil, "--since: 2026-01-01 is after --until 2025-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, roots, err := export.ParseScope(tt.req, lim, flag)
			if tt.err != "" {
				if err == nil || graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want an Invalid one saying %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if sc.Depth != tt.want.Depth || !slices.Equal(sc.Classes, tt.want.Classes) || sc.Since != tt.want.Since || sc.Until != tt.want.Until || !slices.Equal(roots, tt.roots) {
				t.Errorf("scope %+v roots %q, want %+v and %q", sc, roots, tt.want, tt.roots)
			}
		})
	}
}

func TestResolveRoots(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	ctx := context.Background()
	var peskov graph.ID
	for _, n := range g.nodes {
		if n.Label == "Dmitry Peskov" {
			peskov = n.ID
		}
	}
	got, err := export.ResolveRoots(ctx, g, []string{"Peskov", string(peskov)}, nil)
	if err != nil || !slices.Equal(got, []graph.ID{peskov}) {
		t.Errorf("ResolveRoots(Peskov, its ID) = %v, %v; want the one ID", got, err)
	}
	if _, err := export.ResolveRoots(ctx, g, []string{"act_0000000000000000"}, nil); graph.KindOf(err) != graph.NotFound {
		t.Errorf("unknown ID: %v, want NotFound", err)
	}
	if _, err := export.ResolveRoots(ctx, g, []string{"Nobody Atall"}, nil); graph.KindOf(err) != graph.Invalid || !strings.Contains(err.Error(), `root: no actor named "Nobody Atall"`) {
		t.Errorf("unknown name: %v, want Invalid naming it", err)
	}
}
