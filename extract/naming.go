package extract

// What an actor calls something. Wire copy keeps its distance from a
// loaded word by quoting who used it: "condemned what he called "an
// act of piracy" by Canada", "rejected what it described as Estonia's
// provocations". The free relative ("what he called …") is the object
// of the verb, and the one condemned is whoever did the act it names;
// its own subject ("he") and the naming verb ("called") are neither a
// target nor a telephone call.

// relativeNamingVerbs give a name or description to their object: "what he
// called", "what it described as", "what she termed".
var relativeNamingVerbs = set("called", "calls", "described", "describes", "termed", "terms", "labelled",
	"labeled", "labels", "dubbed", "dubs", "branded", "brands", "characterised", "characterized")

// namingVerbAfterWhat returns the naming verb of a free relative that
// opens at token k ("what" + at most three words of its subject +
// "called"), or -1 when k opens none.
func (d *doc) namingVerbAfterWhat(k int, s sentence) int {
	if k >= s.b || d.toks[k].low != "what" {
		return -1
	}
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if relativeNamingVerbs[d.toks[j].low] {
			return j
		}
		if d.toks[j].kind == tPunct {
			return -1
		}
	}
	return -1
}

// inNamingRelative (rule rel.what-called) reports whether the word at
// token i is the naming verb of a free relative ("what he called X"):
// it names X and phones no one.
func (d *doc) inNamingRelative(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		if d.toks[k].low == "what" {
			return d.namingVerbAfterWhat(k, s) == i
		}
		if d.toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

// namedActOwners (rule rel.what-called) reads the object of a trigger
// that is a free relative opening at token k: the owner of the act it
// names, a possessor right after the naming verb ("what it described
// as Estonia's provocations") or an agent after "by" in the named
// phrase ("what he called "unilateral bullying" by Washington"). ok is
// false when k opens no free relative; owners is empty when the named
// act has no actor of its own (the relative's subject is never one).
func (d *doc) namedActOwners(r *reader, si, k int, s sentence) (owners []*actor, ok bool) {
	v := d.namingVerbAfterWhat(k, s)
	if v < 0 {
		return nil, false
	}
	p := v + 1
	if p < s.b && d.toks[p].low == "as" {
		p++
	}
	for p < s.b && isQuoteMark(d.toks[p].text) {
		p++ // an opening quote mark
	}
	if g := d.groupStartingAt(r, si, d.skipDet(p, s)); len(g) > 0 && g[len(g)-1].poss {
		return d.actorsOf(r, g), true
	}
	for j := p; j < s.b && j < p+14; j++ {
		t := d.toks[j]
		if t.kind == tPunct && !d.inQuote[j] && (t.text == "," || t.text == "." || t.text == ";") {
			break
		}
		if t.low == "by" {
			return d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(j+1, s))), true
		}
	}
	return nil, true
}

// actOfActorAfter (rule rel.called-naming) reports whether the first
// head mention after token k modifies an act noun that follows it at
// once, possessive or not: "called the Finnish measures "unfair"",
// "called the U.S. tariffs a mistake". One phones no measures.
func (d *doc) actOfActorAfter(r *reader, si, k int, s sentence) bool {
	for _, m := range d.heads(r, si, false) {
		if m.a < k {
			continue
		}
		j := m.b
		if m.poss && j < s.b && (d.toks[j].low == "'s" || d.toks[j].low == "’s" || d.toks[j].low == "'") {
			j++
		}
		return j < s.b && d.toks[j].is(actNounsClass)
	}
	return false
}

// namedActOwnersAt is namedActOwners for the parse's word w.
func (d *doc) namedActOwnersAt(r *reader, si int, ds *depSent, w int) ([]*actor, bool) {
	if ds.tok[w] < 0 {
		return nil, false
	}
	return d.namedActOwners(r, si, ds.tok[w], d.sents[si])
}
