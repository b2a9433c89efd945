package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// demandThatVerbs, right before "that", ask the subject of the clause
// after it to act ("demanded that she resign").
var demandThatVerbs = set("demanded", "demanding", "demands", "asked", "urged", "urging", "requested")

// resolveDemandedSubject (rule pronoun:demanded-subject): "he" or
// "she" opening the clause after "demanded that", "urged that" is asked
// to act by the sentence's subject, so it is someone else: the last
// person named before it in the sentence, of the pronoun's gender, who
// is not the subject ("Ruiz accused Kovac of lying and demanded that
// she resign" is Kovac). Nil when the sentence names no such person,
// and other rules answer.
func (d *doc) resolveDemandedSubject(r *reader, m *mention) []*actor {
	if m.quote || m.a-2 < d.sents[m.sent].a || d.toks[m.a-1].low != "that" || !demandThatVerbs[d.toks[m.a-2].low] {
		return nil
	}
	subj := d.sentenceSubject(r, m.sent, m.a)
	if len(subj) == 0 {
		return nil
	}
	var near *mention
	for _, o := range r.mentsBy[m.sent] {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.quote || o.mod || o.kind == sPron || o.kind == sDesc || slices.Contains(subj, a) || a.typ != graph.Person || !genderAgrees(m, a) {
			continue
		}
		near = o
	}
	if near == nil {
		return nil
	}
	return []*actor{near.act}
}
