package extract

// This file holds the hooks the rules call while Explain traces an
// extraction (explain.go builds the report from them). Extract runs
// with a nil tracer, so a hook costs a nil test: the rules name
// themselves on the candidates they make (modal.rule, stmt.rule,
// roleLink.rule) and call reject with constant strings only.

// tracer collects what the rules did that the candidates themselves do
// not keep: what they considered and turned down, and the actors merged.
type tracer struct {
	rejects []rejection
	merges  []merge
	// refs holds what pronouns and descriptions were resolved to when a
	// rule asked (the reader's state decides, and is gone afterwards);
	// a mention asked about and resolved to nothing maps to nil.
	refs map[*mention][]*actor
}

// rejection is a candidate a rule considered and turned down: the rule,
// the reason, and where (sentence si, token at, -1 for none).
type rejection struct {
	si, at       int
	rule, reason string
}

// merge records that actor from was folded into actor to after both had
// been made, and why.
type merge struct {
	from, to string
	why      string
}

// reject notes, when tracing, that rule turned down a candidate at token
// at of sentence si for reason. Both strings must be constants or
// already built, so that extraction without a tracer pays nothing.
func (d *doc) reject(si, at int, rule, reason string) {
	if d.tr == nil {
		return
	}
	d.tr.rejects = append(d.tr.rejects, rejection{si: si, at: at, rule: rule, reason: reason})
}

// traceMerge notes, when tracing, that actor from became part of to.
func (d *doc) traceMerge(from, to *actor, why string) {
	if d.tr == nil {
		return
	}
	d.tr.merges = append(d.tr.merges, merge{from: from.canon, to: to.canon, why: why})
}

// refs resolves mention m to its actors; when tracing, it notes what a
// pronoun or description was taken for, the first time a rule asks.
func (d *doc) refs(r *reader, m *mention) []*actor {
	as := d.resolveRefs(r, m)
	if d.tr != nil && m.act == nil && m.group == nil {
		if d.tr.refs == nil {
			d.tr.refs = map[*mention][]*actor{}
		}
		if old, ok := d.tr.refs[m]; !ok || len(old) == 0 {
			d.tr.refs[m] = as
		}
	}
	return as
}

// parseRule is the explain name of the parse rule called name ("parse: "
// and its name in depRules or reportRules), made once so that naming a
// candidate allocates nothing.
func parseRule(name string) string {
	if s, ok := parseRuleNames[name]; ok {
		return s
	}
	return "parse: " + name
}

var parseRuleNames = func() map[string]string {
	m := map[string]string{}
	for _, r := range depRules {
		m[r.name] = "parse: " + r.name
	}
	for _, r := range reportRules {
		m[r.name] = "parse: " + r.name
	}
	return m
}()
