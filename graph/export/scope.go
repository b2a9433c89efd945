package export

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// ScopeRequest is an export scope as a user writes it, on the command
// line (newsgraph export), in a URL (/export) or as GraphQL arguments.
// ParseScope checks it and ResolveRoots turns its roots into node IDs,
// so that every way in takes the same values and says the same about
// bad ones.
type ScopeRequest struct {
	// Roots are node IDs or actor names (any spelling the name index
	// knows: "Zelensky", "Zelenskyy").
	Roots []string
	// Depth is the number of hops from the roots, as written ("2");
	// empty means DefaultDepth. It needs roots.
	Depth string
	// Classes are edge class names, compared without case, with "-" for
	// "_"; each may be a comma-separated list.
	Classes []string
	// Since and Until are dates, YYYY-MM-DD, inclusive; either may be
	// empty.
	Since, Until string
}

// DefaultDepth is the depth of a rooted export that does not give one.
const DefaultDepth = 1

// ScopeLimits bound what ParseScope accepts; zero fields set no bound.
type ScopeLimits struct {
	MaxDepth int
	MaxRoots int
}

// Param names a parameter in error messages the way its transport
// writes it: "--root" on the command line, "parameter root" in a URL.
type Param func(name string) string

func (p Param) name(s string) string {
	if p == nil {
		return s
	}
	return p(s)
}

// ParseScope checks a scope request, and returns the scope with no
// roots yet (see ResolveRoots) and the roots as given, without blanks
// and repeats. Errors are of kind Invalid and name the parameter.
func ParseScope(req ScopeRequest, lim ScopeLimits, param Param) (Scope, []string, error) {
	const op = "export.ParseScope"
	var sc Scope
	bad := func(p, format string, args ...any) error {
		return graph.Errorf(op, graph.Invalid, "%s: "+format, append([]any{param.name(p)}, args...)...)
	}
	var roots []string
	seen := map[string]bool{}
	for _, r := range req.Roots {
		r = strings.TrimSpace(r)
		if r == "" {
			return sc, nil, bad("root", "empty node ID or name")
		}
		if !seen[r] {
			seen[r] = true
			roots = append(roots, r)
		}
	}
	if lim.MaxRoots > 0 && len(roots) > lim.MaxRoots {
		return sc, nil, bad("root", "%d roots given, more than %d", len(roots), lim.MaxRoots)
	}
	if d := strings.TrimSpace(req.Depth); d != "" {
		if len(roots) == 0 {
			return sc, nil, bad("depth", "needs at least one root (without roots the whole graph is exported)")
		}
		n, err := strconv.Atoi(d)
		if err != nil {
			return sc, nil, bad("depth", "%q is not a whole number", d)
		}
		if n < 0 || (lim.MaxDepth > 0 && n > lim.MaxDepth) {
			if lim.MaxDepth > 0 {
				return sc, nil, bad("depth", "%d is out of range 0 to %d", n, lim.MaxDepth)
			}
			return sc, nil, bad("depth", "%d is negative", n)
		}
		sc.Depth = n
	} else if len(roots) > 0 {
		sc.Depth = DefaultDepth
	}
	var err error
	if sc.Classes, err = parseClasses(req.Classes, func(format string, args ...any) error { return bad("class", format, args...) }); err != nil {
		return sc, nil, err
	}
	sc.Since, sc.Until = strings.TrimSpace(req.Since), strings.TrimSpace(req.Until)
	for _, p := range []struct{ name, v string }{{"since", sc.Since}, {"until", sc.Until}} {
		if graph.CheckPeriod(p.v, "") != nil {
			return sc, nil, bad(p.name, "%q is not a date of the form YYYY-MM-DD", p.v)
		}
	}
	if graph.CheckPeriod(sc.Since, sc.Until) != nil {
		return sc, nil, bad("since", "%s is after %s %s", sc.Since, param.name("until"), sc.Until)
	}
	return sc, roots, nil
}

// parseClasses reads class names, each possibly a comma-separated list,
// without repeats.
func parseClasses(in []string, bad func(format string, args ...any) error) ([]graph.EdgeClass, error) {
	var out []graph.EdgeClass
	have := map[graph.EdgeClass]bool{}
	for _, v := range in {
		for _, c := range strings.Split(v, ",") {
			c = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(c), "-", "_"))
			if c == "" {
				return nil, bad("empty edge class in %q", v)
			}
			ec := graph.EdgeClass(c)
			if !ec.Valid() {
				known := make([]string, len(graph.EdgeClasses))
				for i, k := range graph.EdgeClasses {
					known[i] = string(k)
				}
				return nil, bad("unknown edge class %q; one of %s", c, strings.Join(known, ", "))
			}
			if !have[ec] {
				have[ec] = true
				out = append(out, ec)
			}
		}
	}
	return out, nil
}

// ResolveRoots turns roots, as ParseScope returned them, into node IDs:
// a stored node's ID stays as it is, and any other string is looked up
// as an actor's name or alias. A string that has the form of an ID but
// names no node is an error of kind NotFound; a name no actor has, or
// that several actors share (listed with their IDs, so that the user can
// pick one), an error of kind Invalid.
func ResolveRoots(ctx context.Context, r graph.Reader, roots []string, param Param) ([]graph.ID, error) {
	p := param.name("root")
	out := make([]graph.ID, 0, len(roots))
	seen := map[graph.ID]bool{}
	for _, s := range roots {
		id, err := resolveRoot(ctx, r, s, p)
		if err != nil {
			return nil, err
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out, nil
}

func resolveRoot(ctx context.Context, r graph.Reader, s, p string) (graph.ID, error) {
	const op = "export.ResolveRoots"
	if looksLikeID(s) {
		if _, err := r.Node(ctx, graph.ID(s)); err == nil {
			return graph.ID(s), nil
		} else if !graph.IsNotFound(err) {
			return "", fmt.Errorf("%s: look up %q: %w", p, s, err)
		}
		return "", graph.Errorf(op, graph.NotFound, "%s: no node %q", p, s)
	}
	ids, err := r.Lookup(ctx, s)
	if err != nil {
		return "", fmt.Errorf("%s: look up %q: %w", p, s, err)
	}
	switch len(ids) {
	case 0:
		return "", graph.Errorf(op, graph.Invalid, "%s: no actor named %q (give a node ID or another spelling)", p, s)
	case 1:
		return ids[0], nil
	}
	nodes, err := r.Nodes(ctx, ids)
	if err != nil {
		return "", fmt.Errorf("%s: look up %q: %w", p, s, err)
	}
	names := make([]string, 0, len(nodes))
	for _, n := range nodes {
		names = append(names, fmt.Sprintf("%s (%s)", n.ID, n.Label))
	}
	return "", graph.Errorf(op, graph.Invalid, "%s: %q names %d actors: %s; give an ID", p, s, len(ids), strings.Join(names, ", "))
}

// looksLikeID reports whether s has the form of a node or relation ID
// ("act_…", "rel_…") rather than of a name.
func looksLikeID(s string) bool {
	return graph.KindOfID(graph.ID(s)) != "" || strings.HasPrefix(s, "rel_")
}

// URL is the path and query of the /export download of sc in format f
// with opt, "/export?format=json&root=act_…&depth=1", with the roots as
// IDs.
func (f Format) URL(sc Scope, opt Options) string {
	q := url.Values{"format": {f.Name}}
	for _, r := range sc.Roots {
		q.Add("root", string(r))
	}
	if len(sc.Roots) > 0 {
		q.Set("depth", strconv.Itoa(sc.Depth))
	}
	for _, c := range sc.Classes {
		q.Add("class", string(c))
	}
	if sc.Since != "" {
		q.Set("since", sc.Since)
	}
	if sc.Until != "" {
		q.Set("until", sc.Until)
	}
	if opt.Base != "" && opt.Base != DefaultBase {
		q.Set("base", opt.Base)
	}
	if sc.NonFactual {
		q.Set("nonfactual", "true")
	}
	return "/export?" + q.Encode()
}

// FileName is "newsgraph-<what>-<format>.<ext>", where what is the first
// root's ID (followed by "-and-N-more" for several) or "graph" for the
// whole graph, reduced to characters safe in a file name and a quoted
// header value.
func (f Format) FileName(sc Scope) string {
	what := "graph"
	if n := len(sc.Roots); n > 0 {
		what = safeName(string(sc.Roots[0]))
		if n > 1 {
			what += fmt.Sprintf("-and-%d-more", n-1)
		}
	}
	return fmt.Sprintf("newsgraph-%s-%s.%s", what, f.Name, f.Extension)
}

func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 64 {
			break
		}
	}
	return b.String()
}
