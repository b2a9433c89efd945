package extract

import "github.com/newsgraph/newsgraph/graph"

// lastTwoPersons (rule description:number, `lastTwoPersons`): "the two",
// "the two leaders", "the two men" are the last two persons named before
// them in their own sentence ("X spoke with Y and the two leaders
// agreed …"), else, when their sentence names fewer than two, the last
// two its sentence before names ("X met Y's envoy, Z. The two agreed
// …"; "X and Y met. A spokesman, W, said the two agreed" skips W). A
// name inside quotation marks or standing as another's modifier counts
// for nothing; nil when neither sentence names two.
func (d *doc) lastTwoPersons(r *reader, m *mention) []*actor {
	if m.desc == nil || m.desc.num != 2 || !personalNumberNoun(m.desc.class) {
		return nil
	}
	if pair := namedPersonsBefore(r.mentsBy[m.sent], m.a); len(pair) >= 2 {
		return pair[len(pair)-2:]
	}
	if m.sent == 0 {
		return nil
	}
	if pair := namedPersonsBefore(r.mentsBy[m.sent-1], -1); len(pair) >= 2 {
		return pair[len(pair)-2:]
	}
	return nil
}

// personalNumberNoun reports whether the noun after "the two" (class,
// "" for none) refers to persons: "the two", "the two leaders", "the
// two men", "the two ministers".
func personalNumberNoun(class string) bool {
	switch class {
	case "", "men", "women", "leaders", "officials", "ministers":
		return true
	}
	return descNouns[class] || bothPersonNouns[class]
}

// namedPersonsBefore returns the distinct persons the name mentions of
// ms (one sentence's, by position) stand for, before token end (all when
// end < 0), in the order of their last mention.
func namedPersonsBefore(ms []*mention, end int) []*actor {
	var out []*actor
	for _, o := range ms {
		if end >= 0 && o.a >= end {
			break
		}
		if o.act == nil || o.act.typ != graph.Person || o.kind == sPron || o.kind == sDesc || o.quote || o.mod {
			continue
		}
		for i, a := range out {
			if a == o.act {
				out = append(out[:i], out[i+1:]...)
				break
			}
		}
		out = append(out, o.act)
	}
	return out
}

// pairAfterAnd (rule rel.coordinated-subject, `pairAfterAnd`): "X spoke
// with Y and the two leaders agreed …": a plural description resolved
// to two or more actors, right after "and" or "but" and right before the verb at
// token i (auxiliaries, adverbs, "not" and "never" between), is the subject of the
// clause "and" opens, not the sentence's first subject; nil when there
// is none.
func (d *doc) pairAfterAnd(r *reader, si, i int, s sentence) []*actor {
	k := i
	for k-1 > s.a && (d.toks[k-1].is(auxiliariesClass) || adverbs[d.toks[k-1].low] || d.toks[k-1].low == "never" || d.toks[k-1].low == "not") {
		k--
	}
	m := d.mentionEndingAt(r, si, k)
	if m == nil || m.kind != sDesc || m.a <= s.a || d.toks[m.a-1].low != "and" && d.toks[m.a-1].low != "but" {
		return nil
	}
	if as := d.refs(r, m); len(as) >= 2 {
		return as
	}
	return nil
}
