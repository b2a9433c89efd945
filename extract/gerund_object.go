package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Who acts in an -ing phrase after a verb and its object (rule
// rel.gerund-object). "X warned Germany against arming Moldova": the
// arming is Germany's, and only warned against; the surface reading
// gave X an asserted AID to Moldova (the clause's subject), as it gave
// the praising speaker of "X praised Estonia for supplying weapons to
// Ukraine" Estonia's supply. The verbs, the prepositions that open the
// phrase and how factual its act is are data (lexicon/gerund_objects.tsv):
// warned against is hypothetical, barred from negated, criticised for
// a charge (no fact, as rule rel.charge has it for a verb trigger right
// after "of/for"), praised for done by the object.

//go:embed lexicon/gerund_objects.tsv
var gerundObjectsTSV string

// gerundReading is how a verb's -ing phrase is read: the preposition
// that opens it and how factual its act is.
type gerundReading struct {
	mod    graph.Modality
	charge bool // the speaker's charge against the object: no fact
}

// gerundObjects maps a verb form and a preposition ("warned against")
// to the reading of lexicon/gerund_objects.tsv.
var gerundObjects = mustGerundObjects("lexicon/gerund_objects.tsv", gerundObjectsTSV)

func mustGerundObjects(file, src string) map[string]gerundReading {
	rows, err := tsvRows(file, src, 3, 3)
	if err != nil {
		panic(err)
	}
	out := map[string]gerundReading{}
	for _, row := range rows {
		var g gerundReading
		switch row.fields[2] {
		case "hypothetical":
			g.mod = graph.Hypothetical
		case "negated":
			g.mod = graph.Negated
		case "charge":
			g.charge = true
		case "done":
		default:
			panic(row.errorf("unknown reading %q (hypothetical, negated, charge, done)", row.fields[2]))
		}
		for _, prep := range strings.Split(row.fields[1], ",") {
			for _, f := range inflections(row.fields[0]) {
				out[f+" "+prep] = g
			}
		}
	}
	return out
}

// gerundAgent is what gerundObjectAgent found: the actors the -ing
// phrase's act belongs to, how it is read, and the verb that governs it.
type gerundAgent struct {
	agents  []*actor
	reading gerundReading
	verb    int // token of the governing verb ("warned")
}

// gerundObjectAgent reads whether the trigger at token i of sentence si
// is an -ing verb, or a word of its phrase, opened by a preposition of
// gerundObjects after a verb's object ("warned Germany against arming
// Moldova", "praised Estonia for supplying weapons to Ukraine"), and
// returns that object's actors. The -ing word must be at most four words
// before the trigger, with nothing between that ends the phrase.
func (d *doc) gerundObjectAgent(r *reader, si, i int, s sentence) (gerundAgent, bool) {
	toks := d.toks
	g := -1
	for k := i; k >= s.a+3 && k >= i-4; k-- {
		t := toks[k]
		if t.kind != tWord || d.inQuote[k] || (k < i && d.clauseBreak(k)) {
			return gerundAgent{}, false
		}
		if strings.HasSuffix(t.low, "ing") && len(t.low) > 4 {
			g = k
			break
		}
	}
	if g < 0 {
		return gerundAgent{}, false
	}
	prep := g - 1
	// The object: the group of mentions that ends right before the
	// preposition ("Germany", "Saudi Arabia and Russia").
	var obj []*mention
	for _, m := range d.heads(r, si, false) {
		if m.a >= prep {
			break
		}
		if grp := d.groupStartingAt(r, si, m.a); len(grp) > 0 && grp[len(grp)-1].b == prep {
			obj = grp
			break
		}
	}
	if obj == nil {
		return gerundAgent{}, false
	}
	v := obj[0].a - 1
	if v > s.a && (toks[v].low == "the" || toks[v].low == "both") {
		v--
	}
	if v < s.a {
		return gerundAgent{}, false
	}
	reading, ok := gerundObjects[toks[v].low+" "+toks[prep].low]
	if !ok {
		return gerundAgent{}, false
	}
	agents := d.actorsOf(r, obj)
	if len(agents) == 0 {
		return gerundAgent{}, false
	}
	return gerundAgent{agents: agents, reading: reading, verb: v}, true
}

// applyGerundAgent gives the trigger at token i the -ing phrase's
// agents and reading when gerundObjectAgent finds one: it returns the
// new subject and modality, and false when the act is a charge, which
// makes no edge.
func (d *doc) applyGerundAgent(r *reader, si, i int, s sentence, subj []*actor, md modal) ([]*actor, modal, bool) {
	ga, ok := d.gerundObjectAgent(r, si, i, s)
	if !ok {
		return subj, md, true
	}
	if ga.reading.charge {
		d.reject(si, i, "rel.charge", "an act the speaker blames the verb's object for (\""+d.toks[ga.verb].low+" X for …ing\"): a charge, not a fact")
		return nil, md, false
	}
	md.rule = "rel.gerund-object"
	if graph.MoreFactual(ga.reading.mod, md.mod) == md.mod {
		md.mod = ga.reading.mod // the less factual of the two
	}
	return ga.agents, md, true
}

// gerundDoneByObject reports whether the -ing trigger at token i is
// what a verb of praise's object is praised for ("thanked Norway for
// hosting the talks"): an act done, not the charge rule rel.charge
// takes "for …ing" to be.
func (d *doc) gerundDoneByObject(r *reader, si, i int, s sentence) bool {
	ga, ok := d.gerundObjectAgent(r, si, i, s)
	return ok && !ga.reading.charge && ga.reading.mod == graph.Asserted
}

// gerundParseObject is gerundObjectAgent read from the parse: word v is
// an -ing verb (or a noun it governs, "supplying weapons") whose phrase
// a preposition of gerundObjects opens on a verb with an object; it
// returns that object's word and the reading.
func gerundParseObject(ds *depSent, v int) (obj int, reading gerundReading, ok bool) {
	if u := ds.words[v].UPOS; u == "NOUN" || u == "PROPN" {
		if h := ds.head(v); h >= 0 && ds.words[v].Deprel == "obj" {
			v = h
		}
	}
	if ds.words[v].UPOS != "VERB" || !strings.HasSuffix(ds.form(v), "ing") {
		return -1, reading, false
	}
	h := ds.head(v)
	if h < 0 || ds.words[h].UPOS != "VERB" {
		return -1, reading, false
	}
	for _, c := range ds.children(v, "mark", "case") {
		if c >= v {
			continue
		}
		rd, found := gerundObjects[ds.form(h)+" "+ds.form(c)]
		if !found {
			continue
		}
		for _, o := range ds.children(h, "obj", "iobj") {
			if o < c {
				return o, rd, true
			}
		}
	}
	return -1, reading, false
}

// gerundParseModality is the modality of the parse's trigger at word v
// of ds when it stands in such an -ing phrase: ok false when it is none,
// charge when the act is a charge (no edge).
func gerundParseModality(ds *depSent, v int, clause graph.Modality) (mod graph.Modality, charge, ok bool) {
	_, rd, found := gerundParseObject(ds, v)
	if !found {
		return clause, false, false
	}
	if rd.charge {
		return clause, true, true
	}
	if graph.MoreFactual(rd.mod, clause) == clause {
		return rd.mod, false, true
	}
	return clause, false, true
}
