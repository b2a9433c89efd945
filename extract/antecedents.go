package extract

import "github.com/newsgraph/newsgraph/graph"

// Antecedents in the evidence. An edge's end or a statement's speaker
// that its sentence refers to only by a pronoun ("he"), a description
// ("the company", "the two envoys") or a metonym ("Moscow") is recorded
// in the evidence (graph.Evidence.Resolved) with the mention, the rule
// that resolved it and the mention that named the actor before it, so
// that a reader of the graph sees why the edge has that end. The rules
// decide nothing here: they resolved the mention while reading
// (resolve.go); this only looks up what they remembered on it.

// withResolved returns ev with a resolution for each of ends (actors
// stored under ids) that sentences sa..sb do not name but refer to.
func (d *doc) withResolved(ev graph.Evidence, ids map[*actor]graph.ID, sa, sb int, ends ...*actor) graph.Evidence {
	for _, a := range ends {
		if a == nil || ids[a] == "" || d.namedIn(a, sa, sb) {
			continue
		}
		if m := d.referringIn(a, sa, sb); m != nil {
			ev.Resolved = append(ev.Resolved, d.resolution(m, a, ids[a]))
		}
	}
	return ev
}

// namedIn reports whether a mention in sentences sa..sb names actor a
// itself: a name, or one of the actors of a named group ("Ukrainian and
// European officials").
func (d *doc) namedIn(a *actor, sa, sb int) bool {
	for _, m := range d.ments {
		if m.sent < sa || m.sent > sb || m.kind == sPron || m.kind == sDesc || m.metonym {
			continue
		}
		if m.act == a || containsActor(m.group, a) {
			return true
		}
	}
	return false
}

// referringIn returns the first mention of sentences sa..sb that was
// resolved to actor a without naming it (a pronoun or description the
// resolver took for a, or a metonym standing for a), preferring one
// outside quotation marks; nil when there is none.
func (d *doc) referringIn(a *actor, sa, sb int) *mention {
	var quoted *mention
	for _, m := range d.ments {
		if m.sent < sa || m.sent > sb || !refersTo(m, a) {
			continue
		}
		if !m.quote {
			return m
		}
		if quoted == nil {
			quoted = m
		}
	}
	return quoted
}

// refersTo reports whether m refers to a without naming it.
func refersTo(m *mention, a *actor) bool {
	if m.metonym {
		return m.act == a
	}
	return (m.kind == sPron || m.kind == sDesc) && m.ref.rule != "" && containsActor(m.ref.actors, a)
}

// resolution is the record of mention m resolved to actor a (stored
// as id): the mention, its rule and a's antecedent, the mention that
// named a last before m (the head of it: "Rustem Umerov", not
// "Defence Minister Rustem Umerov").
func (d *doc) resolution(m *mention, a *actor, id graph.ID) graph.Resolution {
	r := graph.Resolution{Actor: id, Mention: d.span(m.a, m.b), Start: d.toks[m.a].s, End: d.toks[m.b-1].e, Rule: m.ref.rule}
	if m.metonym {
		r.Rule = ruleMetonym
		return r
	}
	for _, x := range m.ref.ante {
		if x.act == a {
			r.Antecedent = d.span(x.ha, x.hb)
			r.AntecedentStart, r.AntecedentEnd = d.toks[x.ha].s, d.toks[x.hb-1].e
			break
		}
	}
	return r
}

func containsActor(as []*actor, a *actor) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}
