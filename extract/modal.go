package extract

import "github.com/newsgraph/newsgraph/graph"

// modal is how a sentence presents an action the extractor read: its
// modality and the day it happened or is to happen.
type modal struct {
	mod  graph.Modality
	when string
	// objAt is the token of the verb that asked another to act ("urged
	// Kyiv to hold talks"), whose object is the action's agent, or -1.
	objAt int
}

// on returns ev with m's modality and day.
func (m modal) on(ev graph.Evidence) graph.Evidence {
	ev.Modality, ev.When = m.mod, m.when
	return ev
}

// modalAt reads the modality and day of the action whose trigger is
// token i of sentence si; nominal is true for an event noun.
func (d *doc) modalAt(si, i int, nominal bool) modal {
	s := d.sents[si]
	words := make([]string, 0, s.b-s.a)
	for _, t := range d.toks[s.a:s.b] {
		words = append(words, t.text)
	}
	c := modalityOf(words, i-s.a, nominal, isVerbWord)
	m := modal{mod: c.mod, objAt: -1}
	switch c.mod {
	case graph.Demanded:
		// A date before what was asked for dates the asking ("called
		// on Sunday for a ceasefire"); one after it, the action ("for
		// talks next week").
		m.when = actionDate(words[i-s.a:], 0, d.date, true)
	default:
		m.when = actionDate(words, i-s.a, d.date, c.mod == graph.Planned)
	}
	if c.objAt >= 0 {
		m.objAt = s.a + c.objAt
	}
	return m
}

// isVerbWord reports whether w is a verb the lexicons know: an
// interaction or speech verb, or one that makes its subject take part in
// an event ("held", "joined").
func isVerbWord(w string) bool { return isLexVerb(w) || agentEventVerbs[w] }
