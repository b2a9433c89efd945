package nlp

import (
	"sort"
	"strings"
)

// Accuracy compares a tagged and parsed copy of sentences with their
// gold annotation, token by token (the tokens must be the same: this
// scores from gold tokens). Relations are compared in full, subtypes
// included ("nmod:poss" is not "nmod"), which is stricter than the
// CoNLL 2018 LAS; punctuation counts like any token.
type Accuracy struct {
	Tokens     int
	UPOS, XPOS int // tokens with the right tag
	Heads      int // tokens with the right head (UAS)
	Labelled   int // ... and the right relation (LAS)
	Labels     map[string]*LabelAccuracy

	// UniversalLabelled counts the tokens with the right head and the
	// right universal relation, subtypes left out ("obl:agent" is
	// "obl"), as the CoNLL 2018 evaluation counts LAS. Treebanks differ
	// in the subtypes they use: PUD has no obl:agent, its passive agents
	// are obl, so this LAS compares a parser trained on EWT across them.
	UniversalLabelled int

	// Punct, PunctHeads and PunctLabelled count the tokens whose gold
	// relation is punct, and of them those with the right head and with
	// the right relation too: treebanks attach punctuation by
	// conventions of their own (PUD hangs the comma after a fronted
	// phrase on the main verb, EWT on the phrase), so the scores
	// without it (UASNoPunct, LASNoPunct) compare parsers across them.
	Punct, PunctHeads, PunctLabelled int

	// Outcomes counts, per gold relation, what became of its arcs:
	// "right", "label X" (right head, relation X), "head X" (wrong
	// head, relation X), with "(sibling)", "(grandparent)", "(own
	// dependent)" or "(head's sibling)" when the wrong head is a sibling
	// of the token, its head's head, one of its own dependents, or a
	// sibling of its head (all by the gold tree).
	Outcomes map[string]map[string]int
}

// LabelAccuracy counts one relation: a system arc is correct when its
// head and its relation are both right.
type LabelAccuracy struct {
	Gold, System, Correct int
}

// F1 is the harmonic mean of precision and recall, in percent.
func (l *LabelAccuracy) F1() float64 {
	if l.Gold+l.System == 0 {
		return 0
	}
	return 200 * float64(l.Correct) / float64(l.Gold+l.System)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// UPOSPct, XPOSPct, UAS and LAS are the scores in percent.
func (a *Accuracy) UPOSPct() float64 { return pct(a.UPOS, a.Tokens) }
func (a *Accuracy) XPOSPct() float64 { return pct(a.XPOS, a.Tokens) }
func (a *Accuracy) UAS() float64     { return pct(a.Heads, a.Tokens) }
func (a *Accuracy) LAS() float64     { return pct(a.Labelled, a.Tokens) }

// LASUniversal is the LAS of the CoNLL 2018 evaluation: relations
// compared without their subtypes.
func (a *Accuracy) LASUniversal() float64 { return pct(a.UniversalLabelled, a.Tokens) }

// UASNoPunct and LASNoPunct are UAS and LAS over the tokens whose gold
// relation is not punct.
func (a *Accuracy) UASNoPunct() float64 { return pct(a.Heads-a.PunctHeads, a.Tokens-a.Punct) }
func (a *Accuracy) LASNoPunct() float64 { return pct(a.Labelled-a.PunctLabelled, a.Tokens-a.Punct) }

// LabelNames returns the relations seen, sorted.
func (a *Accuracy) LabelNames() []string {
	var out []string
	for k := range a.Labels {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Label returns the counts of one relation (zero when never seen).
func (a *Accuracy) Label(name string) *LabelAccuracy {
	if l := a.Labels[name]; l != nil {
		return l
	}
	return &LabelAccuracy{}
}

// Add scores one system sentence against its gold counterpart; tokens
// beyond the shorter of the two are ignored.
func (a *Accuracy) Add(gold, sys *Sentence) {
	if a.Labels == nil {
		a.Labels = map[string]*LabelAccuracy{}
	}
	lab := func(name string) *LabelAccuracy {
		l := a.Labels[name]
		if l == nil {
			l = &LabelAccuracy{}
			a.Labels[name] = l
		}
		return l
	}
	for i := range min(len(gold.Tokens), len(sys.Tokens)) {
		g, s := &gold.Tokens[i], &sys.Tokens[i]
		a.Tokens++
		if g.UPOS == s.UPOS {
			a.UPOS++
		}
		if g.XPOS == s.XPOS {
			a.XPOS++
		}
		lab(g.Deprel).Gold++
		lab(s.Deprel).System++
		punct := g.Deprel == "punct"
		if punct {
			a.Punct++
		}
		if g.Head == s.Head {
			a.Heads++
			if punct {
				a.PunctHeads++
			}
			if universalRelation(g.Deprel) == universalRelation(s.Deprel) {
				a.UniversalLabelled++
			}
			if g.Deprel == s.Deprel {
				a.Labelled++
				lab(g.Deprel).Correct++
				if punct {
					a.PunctLabelled++
				}
			}
		}
		a.addOutcome(g.Deprel, outcome(gold, sys, i))
	}
}

// universalRelation returns a relation without its subtype ("obl" of
// "obl:agent").
func universalRelation(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (a *Accuracy) addOutcome(rel, what string) {
	if a.Outcomes == nil {
		a.Outcomes = map[string]map[string]int{}
	}
	if a.Outcomes[rel] == nil {
		a.Outcomes[rel] = map[string]int{}
	}
	a.Outcomes[rel][what]++
}

// outcome names what the system made of gold token i (see
// Accuracy.Outcomes).
func outcome(gold, sys *Sentence, i int) string {
	g, s := &gold.Tokens[i], &sys.Tokens[i]
	switch {
	case g.Head == s.Head && g.Deprel == s.Deprel:
		return "right"
	case g.Head == s.Head:
		return "label " + s.Deprel
	}
	what := "head " + s.Deprel
	inGold := s.Head > 0 && s.Head <= len(gold.Tokens)
	switch {
	case inGold && gold.Tokens[s.Head-1].Head == g.Head:
		what += " (sibling)"
	case g.Head > 0 && gold.Tokens[g.Head-1].Head == s.Head:
		what += " (grandparent)"
	case inGold && gold.Tokens[s.Head-1].Head == i+1:
		what += " (own dependent)"
	case inGold && g.Head > 0 && gold.Tokens[s.Head-1].Head == gold.Tokens[g.Head-1].Head:
		what += " (head's sibling)"
	}
	return what
}

// Confusion returns the outcomes of a gold relation's arcs, most
// frequent first (ties by name).
func (a *Accuracy) Confusion(rel string) []Outcome {
	var out []Outcome
	for what, n := range a.Outcomes[rel] {
		out = append(out, Outcome{what, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].What < out[j].What
	})
	return out
}

// Outcome is one line of a confusion: what became of N gold arcs.
type Outcome struct {
	What string
	N    int
}

// Score annotates a copy of every gold sentence's tokens with m and
// compares the result with the gold annotation.
func (m *Model) Score(gold []Sentence) Accuracy {
	var a Accuracy
	for i := range gold {
		sys := Sentence{Tokens: make([]Token, len(gold[i].Tokens))}
		for j, t := range gold[i].Tokens {
			sys.Tokens[j] = Token{Form: t.Form, Norm: t.Norm, Start: t.Start, End: t.End, SpaceAfter: t.SpaceAfter, Head: -1}
		}
		m.Annotate(&sys)
		a.Add(&gold[i], &sys)
	}
	return a
}
