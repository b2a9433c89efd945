package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// This file reads interactions from the dependency parse of a sentence
// (package nlp), beside the surface patterns of relations.go: the
// subject of a trigger verb is the source, its object or oblique the
// target, each side with its conjuncts; passives turn around; nouns
// ("talks", "attack") take their source from a possessor, a by-agent or
// the subject of a light verb ("held talks with"). The triggers are data
// (lexicon/interactions.tsv); the rules are the small functions below.

//go:embed lexicon/interactions.tsv
var interactionsTSV string

// cameoTSV holds verbs derived from the CAMEO verb dictionary (see
// lexicon/NOTICE); interactions.tsv wins where both list a lemma.
//
//go:embed lexicon/cameo.tsv
var cameoTSV string

// trigger is one line of lexicon/interactions.tsv.
type trigger struct {
	class graph.EdgeClass
	noun  bool
	// adj: a predicative adjective ("is critical of X"), read like a
	// verb: its subject is the source.
	adj     bool
	targets []string        // "obj", "obl:with", "nmod:on", "between"
	objects map[string]bool // lemmas the direct object must have, if any
	// slotClass: a target slot written "slot=CLASS" gives its targets
	// that class instead ("protested to X" is blame, "protested
	// against X" a protest).
	slotClass map[string]graph.EdgeClass
}

// triggers maps "v:lemma" and "n:lemma" to their trigger.
var triggers = mustTriggers(
	materialLexicon, // lexicon/material.tsv (material.go)
	lexiconFile{"lexicon/interactions.tsv", interactionsTSV},
	lexiconFile{"lexicon/cameo.tsv", cameoTSV},
)

// triggerVerbs, triggerAdjectives and triggerNouns are triggers' "v:",
// "a:" and "n:" entries without the prefix: triggerAt asks at every
// parsed word without joining a key (triggerVerbs[w] is triggers["v:"+w]).
var triggerVerbs, triggerAdjectives, triggerNouns = valuesAfter(triggers, "v:"), valuesAfter(triggers, "a:"), valuesAfter(triggers, "n:")
var triggerVerbsKeys, triggerAdjectivesKeys, triggerNounsKeys = keysClass(triggerVerbs), keysClass(triggerAdjectives), keysClass(triggerNouns)

// lexiconFile is an embedded lexicon and the name its errors give.
type lexiconFile struct{ name, src string }

// mustTriggers merges trigger files, the first listing a lemma winning.
func mustTriggers(files ...lexiconFile) map[string]trigger {
	out := map[string]trigger{}
	for _, f := range files {
		t, err := parseTriggers(f.name, f.src)
		if err != nil {
			panic(err) // the embedded files are checked by TestTriggersParse
		}
		for k, v := range t {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	return out
}

// parseTriggers reads the trigger lexicon's format (see the header of
// lexicon/interactions.tsv); file names src in errors.
func parseTriggers(file, src string) (map[string]trigger, error) {
	rows, err := tsvRows(file, src, 4, 5)
	if err != nil {
		return nil, err
	}
	out := map[string]trigger{}
	for _, r := range rows {
		f := r.fields
		class := graph.EdgeClass(f[1])
		if !class.Valid() {
			return nil, r.errorf("unknown class %q", f[1])
		}
		if f[2] != "verb" && f[2] != "noun" && f[2] != "adj" {
			return nil, r.errorf("kind %q is none of verb, noun, adj", f[2])
		}
		t := trigger{class: class, noun: f[2] == "noun", adj: f[2] == "adj"}
		for _, slot := range strings.Split(f[3], ",") {
			slot, other, ok := strings.Cut(slot, "=")
			if ok {
				if !graph.EdgeClass(other).Valid() {
					return nil, r.errorf("slot %q: unknown class %q", slot, other)
				}
				if t.slotClass == nil {
					t.slotClass = map[string]graph.EdgeClass{}
				}
				t.slotClass[slot] = graph.EdgeClass(other)
			}
			t.targets = append(t.targets, slot)
		}
		if len(f) == 5 {
			t.objects = map[string]bool{}
			for _, o := range strings.Split(f[4], ",") {
				t.objects[o] = true
			}
			if t.objects[goodsToken] {
				for g := range aidGoods {
					t.objects[g] = true // lexicon/aid_goods.txt (aidgoods.go)
				}
			}
		}
		out[f[2][:1]+":"+f[0]] = t
	}
	return out, nil
}

// children returns the words (0-based) whose head is word i with one of
// the relations rels (a relation "obl" also matches "obl:tmod" etc.).
func (ds *depSent) children(i int, rels ...string) []int {
	var out []int
	for _, j := range ds.kids[i] {
		if relIn(ds.words[j].Deprel, rels) {
			out = append(out, j)
		}
	}
	return out
}

// hasChild reports whether word i has a dependent children would list:
// len(ds.children(i, rels...)) > 0, with no list made.
func (ds *depSent) hasChild(i int, rels ...string) bool {
	for _, j := range ds.kids[i] {
		if relIn(ds.words[j].Deprel, rels) {
			return true
		}
	}
	return false
}

// relIn reports whether relation rel is one of rels or a subtype of one
// ("nsubj:pass" of "nsubj").
func relIn(rel string, rels []string) bool {
	for _, r := range rels {
		if rel == r || len(rel) > len(r) && rel[len(r)] == ':' && strings.HasPrefix(rel, r) {
			return true
		}
	}
	return false
}

// head returns the 0-based head of word i, or -1 for the root.
func (ds *depSent) head(i int) int { return ds.words[i].Head - 1 }

// lemma is word i's lemma in lower case.
func (ds *depSent) lemma(i int) string { return ds.lemmas[i] }

// form is word i's form in lower case.
func (ds *depSent) form(i int) string { return ds.forms[i] }

// formIs and lemmaIs report whether word i's lower-case form, or lemma,
// is in class c's set.
func (ds *depSent) formIs(i int, c wordClass) bool  { return wordLex[ds.formIDs[i]].has(c) }
func (ds *depSent) lemmaIs(i int, c wordClass) bool { return wordLex[ds.lemmaIDs[i]].has(c) }

// withConjuncts returns i and the words coordinated with it ("A, B and
// C"), in text order.
func (ds *depSent) withConjuncts(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		out = append(out, ds.coordinated(out[k], ds.children(out[k], "conj"))...)
		// A name the parser split ("Piet" ← appos "Kramer" ← conj
		// "Joost"): the conjunct hangs on a word inside the name.
		for _, part := range ds.children(out[k], "flat", "appos") {
			out = append(out, ds.coordinated(out[k], ds.children(part, "conj"))...)
		}
	}
	return out
}

// coordinated keeps the conjuncts cs of word i that stand in i's role:
// a conjunct introduced by a preposition of its own that i lacks
// ("donated by the Foundation, according to Wilkins") is another
// phrase the parser hung on i, not a second member.
func (ds *depSent) coordinated(i int, cs []int) []int {
	var out []int
	for _, c := range cs {
		if p := ds.caseOf(c); p != "" && p != ds.caseOf(i) || isStranded(ds, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// caseOf returns the preposition introducing word i ("with" in "with
// Putin"), or "".
func (ds *depSent) caseOf(i int) string {
	for _, c := range ds.children(i, "case") {
		return ds.lemma(c)
	}
	// "with Marta Kowalski" parsed with "with" on the first name, a
	// compound of the last ("by the Dock Workers Union" on "Workers"):
	// the preposition is the name's.
	for _, c := range ds.children(i, "compound") {
		if c < i && (ds.words[c].UPOS == "PROPN" || ds.words[c].UPOS == "NOUN") {
			for _, cc := range ds.children(c, "case") {
				return ds.lemma(cc)
			}
		}
	}
	return ""
}

// modifiersWith returns the dependents of word i with relation rel
// introduced by preposition prep.
func (ds *depSent) modifiersWith(i int, rel, prep string) []int {
	var out []int
	for _, c := range ds.children(i, rel) {
		if ds.caseOf(c) == prep {
			out = append(out, c)
		}
	}
	return out
}

// depArgs are the two sides of one trigger.
type depArgs struct {
	src, dst []int // words (0-based), conjuncts included
	pairwise []int // words that interact among themselves
	// inherited: the subject came from a coordinated verb ("said the
	// firm had offered a raise and urged …"), where attachment is least
	// sure, so a surface reading of the same trigger is kept instead.
	inherited bool
	measure   bool // src is a sanction whose imposer is the source (material.go)
	// class, when set, is the class the rule read instead of the
	// trigger's ("exchanged prisoners" is cooperation, though
	// "exchanged fire" is force: exchangeArgs).
	class graph.EdgeClass
	// implied: the rule read the giver of a gift whose sentence names no
	// recipient; depTrigger carries the recipient of the aid read just
	// before (implied_recipient.go).
	implied bool
}

// depRule is one way of reading a trigger's sides from the parse.
type depRule struct {
	name string
	read func(ds *depSent, v int, t trigger) (depArgs, bool)
}

// depRules are tried in order; the first that reads both sides wins.
// material.go's rules come first.
var depRules = append(append(materialRules[:len(materialRules):len(materialRules)], designationRules...), []depRule{
	{actSummaryRule, actSummaryArgs},
	{deadlineRule, deadlineArgs},
	{toldToRule, toldToArgs}, // told_to.go
	{"passive by-agent", passiveArgs},
	{reducedPassiveRule, reducedPassiveArgs}, // reduced_passive.go
	{"purchase agreed", purchaseAgreedArgs},
	{"verb subject and object", verbArgs},
	{threatRule, threatArgs},
	{"support held from", heldSupportArgs},
	{"noun with possessor or light verb", nounArgs},
	{afterTalksRule, afterTalksArgs}, // after_talks.go
	{"noun between", betweenArgs},
	{"noun of members", membersArgs},
	{"noun received from", receivedArgs},
	{"came under from", comeUnderArgs},
	{atRequestRule, atRequestArgs},
	{"request answered", answeredRequestArgs},
	{"coordinated subject", pairwiseSubjectArgs},
	{"light verb coordinated subject", lightPairwiseArgs},
	{impliedRecipientRule, impliedRecipientArgs}, // implied_recipient.go
}...)

// passiveArgs: "X was accused by Y" is Y → X.
func passiveArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "obj") && !(hasSlot(t, "obj-with") && withOblique(ds, v)) {
		// Only an object turns around: "Y was disappointed by X" is
		// Y's blame of X, read as subject and oblique.
		return depArgs{}, false
	}
	subj := ds.children(v, "nsubj:pass")
	var agent []int
	for _, c := range ds.children(v, "obl") {
		if ds.caseOf(c) == "by" {
			agent = append(agent, c)
		}
	}
	if a := passiveAgent(ds, v); len(agent) == 0 && a >= 0 && len(subj) > 0 {
		agent = append(agent, a) // designations.go
	}
	if len(subj) == 0 || len(agent) == 0 {
		return depArgs{}, false
	}
	if isRelativePronoun(ds.lemma(subj[0])) && ds.words[v].Deprel == "acl:relcl" {
		subj[0] = ds.head(v) // "X, who was backed by Y, …": Y backed X
	}
	return depArgs{src: append(ds.withConjuncts(agent[0]), examplesOnVerb(ds, v, agent[0])...), dst: ds.withConjuncts(subj[0])}, true
}

// examplesOnVerb returns the examples of word w that the parser hung on
// its verb v instead of on w: "assisted by former colleagues, including
// lawyer A and actor B" with "including lawyer A" an oblique of
// "assisted" (and "B" a conjunct of the name in apposition to "lawyer").
// Only examples right after w count.
func examplesOnVerb(ds *depSent, v, w int) []int {
	var out []int
	for _, c := range ds.modifiersWith(v, "obl", "include") {
		if c < w {
			continue
		}
		out = append(out, ds.withConjuncts(c)...)
		for _, a := range ds.children(c, "appos") {
			out = append(out, ds.withConjuncts(a)...)
		}
	}
	return out
}

// verbArgs: "A and B met C" is A → C and B → C; the subject may come
// from the verb this one is coordinated with ("met C and praised D") or
// the noun a relative clause hangs on ("A, who met C").
func verbArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !objectFits(ds, v, t) {
		return depArgs{}, false
	}
	subj := authorOf(ds, verbSubject(ds, v))
	if subj < 0 {
		subj = strandedSubject(ds, v)
	}
	if d := ds.words[v].Deprel; subj < 0 && (d == "advcl" || d == "xcomp") && ds.head(v) >= 0 {
		// "after meeting X, Y flew …" with Y hung on "meeting"
		subj = strandedSubject(ds, ds.head(v))
	}
	if subj < 0 {
		return depArgs{}, false
	}
	dst := targetsOf(ds, v, t)
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(subj), dst: dst, inherited: !ds.hasChild(v, "nsubj")}, true
}

// nounFits checks a noun trigger's qualifier: one of its modifiers, or
// the verb that takes it as object, must have a lemma of t.objects
// ("air strikes", "carried out strikes"; not "a strike against the
// reform").
func nounFits(ds *depSent, n int, t trigger) bool {
	if !t.noun || t.objects == nil {
		return true
	}
	for _, m := range ds.children(n, "compound", "amod") {
		if t.objects[ds.lemma(m)] {
			return true
		}
	}
	h := ds.head(n)
	return h >= 0 && ds.words[n].Deprel == "obj" && t.objects[ds.lemma(h)]
}

// objectFits checks a light trigger's object ("imposed sanctions").
func objectFits(ds *depSent, v int, t trigger) bool {
	if t.objects == nil {
		return true
	}
	for _, o := range ds.children(v, "obj") {
		if t.objects[ds.lemma(o)] {
			return true
		}
	}
	return relativeMeasure(ds, v, t) // relative_measures.go
}

// targetsOf reads a trigger's target slots, with conjuncts.
func targetsOf(ds *depSent, v int, t trigger) []int {
	var out []int
	for _, slot := range t.targets {
		rel, prep, _ := strings.Cut(slot, ":")
		var found []int
		switch {
		case rel == "obj":
			found = ds.children(v, "obj")
			found = append(found, gappedPartners(ds, v, "")...) // gapping.go
			// "attacked former members including A and B": the parser
			// may hang the examples of the object on the verb.
			found = append(found, ds.modifiersWith(v, "obl", "include")...)
			found = append(found, relativeObject(ds, v)...)
			found = append(found, verbByAgent(ds, v)...)
			found = append(found, askedToDo(ds, v)...)
			found = append(found, particleObject(ds, v)...)
			found = append(found, namedExamples(ds, v)...) // envoys_expelled.go
		case rel == "obj-with":
			if withOblique(ds, v) {
				found = ds.children(v, "obj")
			}
		case rel == "obl" || rel == "nmod":
			found = ds.modifiersWith(v, rel, prep)
			if rel == "nmod" {
				found = append(found, quantityModifiers(ds, v, prep)...)
			}
			if rel == "obl" && t.objects != nil {
				// "sought help from X", "launched missiles at X": the
				// parser may hang the phrase on the light verb's object.
				for _, o := range ds.children(v, "obj") {
					found = append(found, ds.modifiersWith(o, "nmod", prep)...)
					found = append(found, quantityModifiers(ds, o, prep)...)
					if prep == "from" {
						// "suspended imports of fish from X": the origin
						// may hang on what the object is of.
						for _, c := range ds.modifiersWith(o, "nmod", "of") {
							found = append(found, ds.modifiersWith(c, "nmod", prep)...)
						}
					}
				}
			}
			if rel == "obl" {
				found = append(found, gappedPartners(ds, v, prep)...) // gapping.go
				found = append(found, addresseeModifiers(ds, v, prep)...)
				found = append(found, topicPartners(ds, v, prep)...)
				found = append(found, objectPartners(ds, v, t, prep)...) // second_with.go
			}
		case rel == "ccomp":
			// "disappointed that X did not choose them": the subject
			// of the clause after "that".
			for _, c := range ds.children(v, "ccomp") {
				if ds.hasMark(c, "that") {
					found = append(found, ds.children(c, "nsubj")...)
					found = append(found, secondThatSubjects(ds, c)...) // after_talks.go
				}
			}
		}
		for _, f := range found {
			out = append(out, ds.withConjuncts(f)...)
		}
	}
	return out
}

// withOblique reports whether verb v has a phrase after "with", on it
// or on its object: the slot obj-with of a trigger that is one only
// with it ("charged X with fraud", not "charged the battery").
func withOblique(ds *depSent, v int) bool {
	if len(ds.modifiersWith(v, "obl", "with")) > 0 {
		return true
	}
	for _, o := range ds.children(v, "obj") {
		if len(ds.modifiersWith(o, "nmod", "with")) > 0 {
			return true
		}
	}
	return false
}

// quantityModifiers: "tariffs of up to 35 percent on X", "a fine of
// $5 million on X": the parser may hang the phrase after a noun's
// amount on the amount; a phrase introduced by prep on an amount after
// "of" is noun n's.
func quantityModifiers(ds *depSent, n int, prep string) []int {
	var out []int
	for _, q := range ds.modifiersWith(n, "nmod", "of") {
		if amountWord(ds, q) {
			out = append(out, ds.modifiersWith(q, "nmod", prep)...)
		}
	}
	return out
}

// amountWord reports whether word q names an amount: a number, a
// percentage or a noun counted by a number ("35 percent", "$5 million").
func amountWord(ds *depSent, q int) bool {
	switch ds.form(q) {
	case "percent", "per cent", "%", "pc":
		return true
	}
	return ds.words[q].UPOS == "NUM" || ds.words[q].UPOS == "SYM" || ds.hasChild(q, "nummod")
}

// addresseeModifiers: "complained to the board about X": the parser
// may hang the phrase after the addressee on it; an addressee ("to
// the board") takes no such phrase of its own, so a phrase introduced
// by prep on verb v's to-oblique is v's. None when prep is "to".
func addresseeModifiers(ds *depSent, v int, prep string) []int {
	if prep == "to" {
		return nil
	}
	var out []int
	for _, o := range ds.modifiersWith(v, "obl", "to") {
		out = append(out, ds.modifiersWith(o, "nmod", prep)...)
	}
	return out
}

// topicPartners: "worked on the case with X", "cooperated in the
// inquiry with X", "agreed on a truce with X": the parser may hang the
// partner after "with" on the thing the verb is on, in or over; a
// "with" phrase there is verb v's. None for any other prep.
func topicPartners(ds *depSent, v int, prep string) []int {
	if prep != "with" {
		return nil
	}
	var out []int
	for _, o := range ds.children(v, "obl") {
		switch ds.caseOf(o) {
		case "on", "in", "over":
			out = append(out, ds.modifiersWith(o, "nmod", "with")...)
		case "by", "via":
			if meansNouns[ds.lemma(o)] { // "spoke by telephone with X" (envoys_expelled.go)
				out = append(out, ds.modifiersWith(o, "nmod", "with")...)
			}
		}
	}
	return append(out, objectTopicPartners(ds, v)...)
}

// objectTopicPartners: "shared information about the network with X",
// "discussed the future of the plant with X": the parser may hang the
// partner after "with" on what the object is about or of; a "with"
// phrase there is verb v's (part of topicPartners).
func objectTopicPartners(ds *depSent, v int) []int {
	var out []int
	for _, o := range ds.children(v, "obj") {
		for _, c := range ds.children(o, "nmod") {
			switch ds.caseOf(c) {
			case "about", "on", "of", "over", "regarding", "concerning":
				out = append(out, ds.modifiersWith(c, "nmod", "with")...)
			}
		}
	}
	return out
}

// particleObject: after a particle the parser may read the object as
// an oblique without a preposition ("gunned down X"); such a bare
// oblique of a verb with a particle and no object is its object.
func particleObject(ds *depSent, v int) []int {
	if ds.hasChild(v, "obj") || !ds.hasChild(v, "compound:prt") {
		return nil
	}
	var out []int
	for _, o := range ds.children(v, "obl") {
		if ds.words[o].Deprel == "obl" && ds.caseOf(o) == "" && ds.words[o].UPOS != "ADV" {
			out = append(out, o)
		}
	}
	return out
}

// hasMark reports whether clause c is introduced by the marker m.
func (ds *depSent) hasMark(c int, m string) bool {
	for _, k := range ds.children(c, "mark") {
		if ds.lemma(k) == m {
			return true
		}
	}
	return false
}

// verbSubject finds the subject of verb v, or -1.
func verbSubject(ds *depSent, v int) int {
	if n := namedRelativeSubject(ds, v); n >= 0 {
		return n // relative_measures.go
	}
	if s := comparedAway(ds, ds.children(v, "nsubj")); len(s) > 0 {
		if w := datelineSubject(ds, s); w >= 0 {
			return w
		}
		if isRelativePronoun(ds.lemma(s[0])) && ds.words[v].Deprel == "acl:relcl" {
			return relativeAntecedent(ds, v, s[0])
		}
		if n := nameBeforeSententialRelative(ds, v, s[0]); n >= 0 {
			return n
		}
		return s[0]
	}
	if w := adverbSubject(ds, v); w >= 0 {
		return w
	}
	switch ds.words[v].Deprel {
	case "conj":
		if h := ds.head(v); h >= 0 && ds.words[h].UPOS == "VERB" && !ds.hasChild(v, "nsubj:pass") {
			return verbSubject(ds, h)
		}
		if h := nounConjunctHost(ds, v); h >= 0 {
			return verbSubject(ds, h)
		}
	case "acl:relcl":
		return ds.head(v)
	case "xcomp", "advcl":
		if !ds.hasChild(v, "nsubj:pass") {
			return controller(ds, v)
		}
	case "acl":
		if n := intentionNounAgent(ds, v); n >= 0 {
			return n // intentions.go: "Poland's move to sanction Belarus"
		}
		// "a letter urging X", "protesters denouncing X": the noun an
		// -ing clause modifies does what it says.
		// "criticism from lawmakers for suggesting …" names why, not
		// who: a clause opened by a preposition is no such modifier.
		if strings.HasSuffix(ds.form(v), "ing") && !ds.hasChild(v, "mark", "case") {
			return ds.head(v)
		}
	}
	return -1
}

// adverbSubject (rule "parse: verb subject and object") returns the capitalised word
// the tagger took for an adverb at the head of verb v's clause, when v
// has no subject: "Italy sent two planes to Greece" tagged "Italy" ADV
// (a sentence-initial name it did not know as a noun). Only the first
// word of the sentence (or the first after a dateline) with nothing but
// auxiliaries and adverbs between it and v counts; -1 when none.
func adverbSubject(ds *depSent, v int) int {
	if ds.hasChild(v, "nsubj:pass", "csubj", "expl") {
		return -1
	}
	first := 0
	if dash := datelineDash(ds); dash >= 0 {
		first = dash + 1
	}
	for _, c := range ds.children(v, "advmod") {
		if c != first || c >= v || ds.words[c].UPOS != "ADV" || !capitalised(ds.words[c].Form) {
			continue
		}
		for k := c + 1; k < v; k++ {
			if u := ds.words[k].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
				return -1
			}
		}
		return c
	}
	return -1
}

// datelineSubject (part of rule "parse: verb subject and object"): the parser, trained on
// text without datelines, takes a wire lead's dateline city for the
// subject of its verb and the real subject for an apposition of the city
// or a second subject ("ROME, Aug 22 (Wire) - Italy and Malta accused
// …": ROME the subject of "accused", Italy its apposition). When the
// first of subjects s lies before the dateline's dash, the subject is a
// second one after the dash, else the city's first apposition after it;
// -1 when s[0] is no dateline word.
func datelineSubject(ds *depSent, s []int) int {
	dash := datelineDash(ds)
	if dash < 0 || s[0] > dash {
		return -1
	}
	for _, o := range s[1:] {
		if o > dash {
			return o
		}
	}
	for _, c := range ds.children(s[0], "appos") {
		if c > dash {
			return c
		}
	}
	return -1
}

// datelineDash returns the word of ds that ends its dateline, a dash
// after a first word in capitals and after a comma or a closing
// parenthesis ("OTTAWA, March 4 (Wire) -", "WASHINGTON (AP) —"), or -1.
func datelineDash(ds *depSent) int {
	if len(ds.words) == 0 || !allCapitals(ds.words[0].Form) {
		return -1
	}
	marked := false
	for k := 1; k < len(ds.words) && k < 16; k++ {
		switch ds.words[k].Form {
		case ",", ")":
			marked = true
		case "-", "\u2014", "\u2013", "--":
			if marked {
				return k
			}
			return -1
		}
	}
	return -1
}

// allCapitals reports whether w has two letters at least, all capitals.
func allCapitals(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return letters >= 2
}

// comparedAway drops from subjects s one introduced by a preposition
// when another follows: in "Like many farmers, I am disappointed", the
// parser may take the fronted comparison for a second subject.
func comparedAway(ds *depSent, s []int) []int {
	if len(s) < 2 || !ds.hasChild(s[0], "case") {
		return s
	}
	return s[1:]
}

// relativeAntecedent returns the noun relative clause v (with relative
// pronoun pron) tells about: the word it hangs on, except that "who"
// after "N of X" or "N from X" is about the people N, which the parser
// may hang on the name X ("former members of Scientology, who helped
// him": the members helped, not Scientology).
func relativeAntecedent(ds *depSent, v, pron int) int {
	h := ds.head(v)
	if n := nameBeforeRelative(ds, h, pron); n >= 0 {
		return n
	}
	if n := describedNameOf(ds, h); n >= 0 {
		return n // "X, a rival that had filed complaints against Y," (envoys_expelled.go)
	}
	if ds.lemma(pron) != "who" || ds.words[h].UPOS != "PROPN" || ds.words[h].Deprel != "nmod" {
		return h
	}
	if c := ds.caseOf(h); c != "of" && c != "from" {
		return h
	}
	if n := ds.head(h); n >= 0 && ds.words[n].UPOS == "NOUN" {
		return n
	}
	return h
}

// nameBeforeRelative returns the name that a relative clause set off by
// a comma follows when the parser hung the clause on a common noun h
// higher in the phrase ("an article in the magazine Freedom Magazine,
// which attacked …": the magazine attacked, not the article): the name
// ends right before the comma and hangs below h. Else -1.
func nameBeforeRelative(ds *depSent, h, pron int) int {
	if h < 0 || ds.words[h].UPOS != "NOUN" || pron < 2 || ds.words[pron-1].Form != "," {
		return -1
	}
	k := pron - 2
	if k <= h || ds.words[k].UPOS != "PROPN" {
		return -1
	}
	for hops := 0; hops < 4 && (ds.words[k].Deprel == "flat" || ds.words[k].Deprel == "compound"); hops++ {
		k = ds.head(k)
	}
	if k <= h || ds.words[k].UPOS != "PROPN" {
		return -1
	}
	for a, hops := ds.head(k), 0; a >= 0 && hops < 6; a, hops = ds.head(a), hops+1 {
		if a == h {
			return k
		}
	}
	return -1
}

// nameBeforeSententialRelative returns the name right before the comma
// that opens relative clause v (relative pronoun pron) when the parser
// hung the clause on the sentence's verb as a sentential relative
// (advcl:relcl: "had read a column in the publication Harbour Gazette,
// which attacked …"): "who" or "which" after a name is about the name.
// So too when the parser made the relative clause's verb the root, the
// name an oblique of it ("The International Monetary Fund, which approved
// a loan to Ghana, said …" read as one clause: nominal_aid.go). Else -1.
func nameBeforeSententialRelative(ds *depSent, v, pron int) int {
	if ds.words[v].Deprel != "advcl:relcl" && ds.words[v].Deprel != "root" || !isRelativePronoun(ds.lemma(pron)) || ds.lemma(pron) == "that" || pron < 2 || ds.words[pron-1].Form != "," {
		return -1
	}
	k := pron - 2
	for hops := 0; hops < 4 && k >= 0 && (ds.words[k].Deprel == "flat" || ds.words[k].Deprel == "compound"); hops++ {
		k = ds.head(k)
	}
	if k < 0 || ds.words[k].UPOS != "PROPN" || ds.words[pron-2].UPOS != "PROPN" {
		return -1
	}
	return k
}

// strandedSubject finds the subject of subjectless verb v that the
// parser hung, as a conjunct or apposition, on a name inside a fronted
// phrase of v ("In a call with A, B discussed …": B on A): the name
// right after the comma that closes the phrase and right before v; -1
// when there is none.
func strandedSubject(ds *depSent, v int) int {
	if ds.hasChild(v, "nsubj", "nsubj:pass") {
		return -1
	}
	k := v - 1
	for k >= 0 && ds.words[k].Deprel == "advmod" {
		k--
	}
	if k >= 0 && ds.words[k].Deprel == "flat" {
		k = ds.head(k)
	}
	if k < 1 || !capitalised(ds.words[k].Form) || ds.words[k].Deprel != "conj" && ds.words[k].Deprel != "appos" {
		return -1 // (a name's last word may be tagged ADJ: "Anthony Albanese")
	}
	if ds.words[k-1].Form != "," && !(k >= 2 && ds.words[k-1].Deprel == "compound" && ds.words[k-2].Form == ",") {
		return -1
	}
	// The phrase the name hangs in must be v's, and before it.
	for h, hops := ds.head(k), 0; h >= 0 && hops < 6; h, hops = ds.head(h), hops+1 {
		if h > k {
			return -1
		}
		if ds.head(h) == v {
			if d := ds.words[h].Deprel; d == "obl" || d == "advcl" || strings.HasPrefix(d, "obl:") {
				return k
			}
			return -1
		}
	}
	return -1
}

// capitalised reports whether a word starts with a capital letter.
func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// isStranded reports whether conjunct c is the stranded subject of a
// verb after it (strandedSubject), no member of the phrase it hangs on.
func isStranded(ds *depSent, c int) bool {
	for v := c + 1; v < len(ds.words) && v <= c+4; v++ {
		if ds.words[v].UPOS == "VERB" || ds.words[v].Deprel == "root" {
			return strandedSubject(ds, v) == c
		}
	}
	return false
}

// documentNouns are things an actor issues that speak for it: "sent a
// letter urging X", "issued a statement condemning X".
var documentNouns = set("letter", "statement", "petition", "resolution", "motion", "declaration",
	"communique", "communiqué", "message", "report", "complaint", "lawsuit", "appeal", "post", "tweet",
	"editorial", "note", "memo", "order", "decree", "ruling", "judgment", "judgement", "verdict")

// authorOf returns who issued the document word w stands for, when w is
// one ("X issued a statement condemning Y" is X's act): the subject of
// the verb taking it as object, or its possessor; else w itself.
func authorOf(ds *depSent, w int) int {
	if w < 0 || !documentNouns[ds.lemma(w)] {
		return w
	}
	if p := ds.children(w, "nmod:poss"); len(p) > 0 {
		return p[0]
	}
	if h := ds.head(w); h >= 0 && ds.words[w].Deprel == "obj" {
		if s := verbSubject(ds, h); s >= 0 {
			return s
		}
	}
	return w
}

// controller finds who does what a subjectless complement or adverbial
// clause v says: the object of the verb it completes ("helped him get
// in touch with X"), else that verb's subject ("after calling X, Y
// said"; "Y launched a petition, asking X").
func controller(ds *depSent, v int) int {
	if o, _, ok := gerundParseObject(ds, v); ok {
		return o // "warned X against arming Y": X (gerund_object.go)
	}
	h := ds.head(v)
	if h < 0 || ds.words[h].UPOS != "VERB" && ds.words[h].UPOS != "AUX" && !ds.hasChild(h, "nsubj", "nsubj:pass") {
		// (a predicate the tagger took for a noun or adjective, "flew"
		// tagged NOUN, has its subject: "after meeting X, Y flew …")
		return -1
	}
	if ds.words[v].Deprel == "xcomp" {
		if o := ds.children(h, "obj"); len(o) > 0 {
			return o[0]
		}
	}
	if s := ds.children(h, "nsubj", "nsubj:pass"); len(s) > 0 {
		if isRelativePronoun(ds.lemma(s[0])) {
			if ds.words[h].Deprel == "acl:relcl" {
				return ds.head(h) // "a petition, which has …, asking X"
			}
			return -1
		}
		if w := datelineSubject(ds, s); w >= 0 {
			return w // "ACCRA, Dec 4 (Wire) - Ghana revoked …, accusing it of …"
		}
		return s[0]
	}
	if d := ds.words[h].Deprel; d == "conj" || d == "xcomp" || d == "advcl" {
		return verbSubject(ds, h)
	}
	return -1
}

// participleHost returns the verb whose phrase h an -ing clause v set
// off by a comma was hung on by the parser ("described the talks as
// \"constructive,\" saying …" with "saying" on "constructive", as an
// oblique or complement of the verb or as a post-posed adjective of its
// object): the clause is the verb's, as its speaker is; -1 when v is no
// such clause.
func participleHost(ds *depSent, v, h int) int {
	if h < 0 || h > v || ds.words[v].Deprel != "advcl" || !strings.HasSuffix(strings.ToLower(ds.form(v)), "ing") {
		return -1
	}
	k := v - 1
	if k > 0 && isQuoteMark(ds.form(k)) {
		k--
	}
	if k < 0 || ds.form(k) != "," {
		return -1
	}
	if g := ds.head(h); ds.words[h].Deprel == "amod" && g >= 0 && g < h {
		h = g // the description read as the object's post-posed adjective ("the talks as \"constructive,\"")
	}
	switch ds.words[h].Deprel {
	case "obl", "obj", "xcomp":
	default:
		return -1
	}
	if g := ds.head(h); g >= 0 && ds.words[g].UPOS == "VERB" {
		return g
	}
	return -1
}

func isRelativePronoun(w string) bool { return w == "who" || w == "which" || w == "that" }

// lightVerbs carry a noun trigger: "held talks with", "launched an
// attack on".
var lightVerbs = set("hold", "have", "conduct", "join", "attend", "launch", "carry", "stage",
	"make", "sign", "reach", "strike", "seal", "begin", "start", "open", "resume", "wage", "mount", "impose",
	"express", "voice", "tweet", "issue", "show", "declare", "lend", "level", "form",
	"lodge", "file", "bring", "press", "take",
	// "sent a protest note to X", "registered a protest with X",
	// "delivered an ultimatum to X"
	"send", "deliver", "register", "raise", "submit", "hand", "extend")

// receiveVerbs take a noun trigger from its source: "Mohamed received
// support from Obama" is Obama SUPPORT Mohamed.
var receiveVerbs = set("receive", "get", "win", "draw", "earn", "attract", "face")

// nounArgs: "Russia's attack on Kyiv", "an attack by A on B", "A held
// talks with B".
func nounArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || exitedAgreementWord(ds, n, t.class) {
		return depArgs{}, false
	}
	var dst []int
	if hasSlot(t, "poss") {
		// "in the parents' defence": the possessor is the target.
		for _, p := range ds.children(n, "nmod:poss") {
			dst = append(dst, ds.withConjuncts(p)...)
		}
	}
	for _, slot := range t.targets {
		if rel, prep, ok := strings.Cut(slot, ":"); ok && rel == "nmod" {
			for _, f := range ds.modifiersWith(n, "nmod", prep) {
				dst = append(dst, ds.withConjuncts(f)...)
			}
			for _, f := range agentModifiers(ds, n, prep) {
				dst = append(dst, ds.withConjuncts(f)...)
			}
			// "expressed her support for X": the parser may hang the
			// target on the light verb.
			if h := lightHead(ds, n, t); h >= 0 {
				// an "obj" with a preposition is an oblique the parser
				// mislabelled ("had full confidence in X", X obj of "had")
				for _, f := range append(ds.modifiersWith(h, "obl", prep), ds.modifiersWith(h, "obj", prep)...) {
					dst = append(dst, ds.withConjuncts(f)...)
				}
				dst = append(dst, gappedPartners(ds, h, prep)...) // "held talks with B on Monday and with C on Friday"
			}
		}
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	var src []int
	if p := ds.children(n, "nmod:poss"); len(p) > 0 && !hasSlot(t, "poss") {
		src = ds.withConjuncts(p[0])
	} else if by := ds.modifiersWith(n, "nmod", "by"); len(by) > 0 {
		src = ds.withConjuncts(by[0])
	} else if from := ds.modifiersWith(n, "nmod", "from"); len(from) > 0 && !t.class.Symmetric() {
		src = ds.withConjuncts(from[0]) // "criticism from X of Y", "threats from X against Y"
	} else if h := lightHead(ds, n, t); h >= 0 {
		s := verbSubject(ds, h)
		if s < 0 {
			s = strandedSubject(ds, h) // "In a call with A, B discussed …"
		}
		if s >= 0 {
			src = ds.withConjuncts(s)
		}
	} else if s := copularInSubject(ds, n, t); s >= 0 {
		src = ds.withConjuncts(s) // "A was in contact with B" (copular_in.go)
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// agentModifiers: in "allegations by A against B" the parser may hang
// the target's phrase on the agent's name; a name is no act, so a
// phrase introduced by prep on the by- or from-agent of noun n is n's.
func agentModifiers(ds *depSent, n int, prep string) []int {
	var out []int
	for _, by := range []string{"by", "from"} {
		for _, a := range ds.modifiersWith(n, "nmod", by) {
			if ds.words[a].UPOS == "PROPN" {
				out = append(out, ds.modifiersWith(a, "nmod", prep)...)
			}
		}
	}
	return out
}

// holdingVerbs have or gain what someone else gives: "has the backing
// of X", "won the support of X".
var holdingVerbs = set("have", "win", "gain", "secure", "enjoy", "get", "earn", "receive", "lose", "retain", "keep")

// heldSupportArgs: "A has the backing of B", "A won the endorsement of
// B": support held or won comes from the actor after "of" and goes to
// the holder.
func heldSupportArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	h := ds.head(n)
	if !t.noun || t.class != graph.Support || h < 0 || ds.words[n].Deprel != "obj" || !holdingVerbs[ds.lemma(h)] {
		return depArgs{}, false
	}
	subj := verbSubject(ds, h)
	of := ds.modifiersWith(n, "nmod", "of")
	if subj < 0 || len(of) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(of[0]), dst: ds.withConjuncts(subj)}, true
}

// askedToDo returns the person asked, urged or told to do something
// when the parser took them for an indirect object, as EWT often
// annotates "asked X to …" ("asking Norway to protect the forest"): an
// iobj of a verb with no object and an xcomp after that iobj.
func askedToDo(ds *depSent, v int) []int {
	if ds.hasChild(v, "obj") {
		return nil
	}
	for _, io := range ds.children(v, "iobj") {
		for _, x := range ds.children(v, "xcomp") {
			if x > io {
				return []int{io}
			}
		}
	}
	return nil
}

// lightHead returns the verb that carries noun trigger n, whose subject
// does what n names: a light verb taking n as object ("held talks
// with"), or any verb with n after "in" or "into" ("got in touch with",
// "entered into talks with") when the class is symmetric (one dies in
// an attack without making it), or after "in" for support ("spoke in
// defence of X"); -1 when none.
func lightHead(ds *depSent, n int, t trigger) int {
	if v := talkVerbHead(ds, n, t); v >= 0 {
		return v // "ended two weeks of talks" (negotiation_sides.go)
	}
	h := ds.head(n)
	if h < 0 {
		return -1
	}
	switch ds.words[n].Deprel {
	case "obj":
		if lightVerbs[ds.lemma(h)] {
			return h
		}
	case "obl":
		c := ds.caseOf(n)
		if (c == "in" || c == "into") && t.class.Symmetric() && ds.words[h].UPOS == "VERB" {
			return h
		}
		if talkPreps[c] && t.class == graph.Consult && n < h {
			return h // "during talks with X, Y said": Y took part
		}
		if c == "in" && t.class == graph.Support && ds.words[h].UPOS == "VERB" {
			return h // "spoke in defence of X", "ruled in favour of X"
		}
	}
	return -1
}

// talkPreps open a fronted phrase whose consultation the clause's
// subject took part in: "during talks with X", "after a meeting with X",
// "at a summit with X", "following a call with X".
var talkPreps = set("during", "after", "following", "at", "in")

// betweenArgs: "talks between A and B" are pairwise.
func betweenArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "between") {
		return depArgs{}, false
	}
	for _, b := range ds.modifiersWith(n, "nmod", "between") {
		if m := ds.withConjuncts(b); len(m) >= 2 {
			return depArgs{pairwise: m}, true
		}
	}
	return depArgs{}, false
}

// membersArgs: "a research team from A, B and C", "a coalition of A
// and B" work together, pairwise. The members are coordinated after
// "from" anywhere in the noun's phrase ("a collaboration combining the
// collections from A and B"), or after "of" on the noun itself.
func membersArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || separateGroups(ds, n) {
		return depArgs{}, false
	}
	type group struct {
		head int
		prep string
	}
	var groups []group
	if hasSlot(t, "members:from") {
		for _, w := range ds.subtree(n, 3) {
			if ds.words[w].Deprel == "nmod" && ds.caseOf(w) == "from" {
				groups = append(groups, group{ds.head(w), "from"})
			}
		}
	}
	if hasSlot(t, "members:of") {
		groups = append(groups, group{n, "of"})
	}
	for _, g := range groups {
		if m := ds.members(g.head, g.prep); len(m) >= 2 {
			return depArgs{pairwise: m}, true
		}
	}
	return depArgs{}, false
}

// members returns the coordinated modifiers of word h introduced by
// prep, with their conjuncts and the bare modifiers after them: the
// parser may hang "from A, B and C" as three modifiers of h, the last
// two without a preposition of their own.
func (ds *depSent) members(h int, prep string) []int {
	var out []int
	open := false
	for _, c := range ds.children(h, "nmod") {
		switch p := ds.caseOf(c); {
		case p == prep:
			open = true
		case p != "" || !open || ds.words[c].UPOS != "PROPN":
			open = false
			continue
		}
		out = append(out, ds.withConjuncts(c)...)
	}
	return out
}

// pairwiseSubjectArgs: "A and B met" when the class is symmetric; an
// object the trigger does not take as its target is what they
// interacted about ("A and B discussed the budget").
func pairwiseSubjectArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !t.class.Symmetric() || hasSlot(t, "obj") && ds.hasChild(v, "obj") {
		return depArgs{}, false
	}
	s := verbSubject(ds, v)
	if s < 0 {
		return depArgs{}, false
	}
	if m := ds.withConjuncts(s); len(m) >= 2 {
		return depArgs{pairwise: m}, true
	}
	return depArgs{}, false
}

// lightPairwiseArgs: "A and B formed a coalition", "A and B signed an
// agreement": a symmetric noun carried by a light verb whose subject is
// coordinated, pairwise.
func lightPairwiseArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !t.class.Symmetric() {
		return depArgs{}, false
	}
	h := lightHead(ds, n, t)
	if h < 0 {
		return depArgs{}, false
	}
	if s := verbSubject(ds, h); s >= 0 {
		if m := ds.withConjuncts(s); len(m) >= 2 {
			return depArgs{pairwise: m}, true
		}
	}
	return depArgs{}, false
}

func hasSlot(t trigger, slot string) bool {
	for _, s := range t.targets {
		if s == slot {
			return true
		}
	}
	return false
}

// triggerAt returns the trigger word i is, if any.
func triggerAt(ds *depSent, i int) (trigger, bool) {
	w := &ds.words[i]
	if w.UPOS != "VERB" && ds.hasChild(i, "nsubj", "obj") && !ds.hasChild(i, "cop") {
		// A predicate the tagger took for a noun ("met" tagged NOUN
		// with a subject and an object): read it as the verb it acts as;
		// not a noun after "be" ("X is an ally of Y").
		if t, ok := triggerVerbs[strings.ToLower(nlp.Lemma(w.Form, "VERB", "VBD"))]; ok && !t.noun {
			return t, true
		}
	}
	switch w.UPOS {
	case "VERB":
		// A phrasal verb ("turned down the offer") is its own entry.
		for _, p := range particles(ds, i) {
			if t, ok := triggerVerbs[ds.lemma(i)+" "+ds.lemma(p)]; ok {
				return t, true
			}
		}
		var t trigger
		ok := false
		if ds.lemmaIs(i, triggerVerbsKeys) {
			t, ok = triggerVerbs[ds.lemma(i)]
		}
		if !ok && strings.HasSuffix(ds.form(i), "ed") {
			// the lemmatizer may cut a verb's final e ("welcomed" →
			// "welcom")
			t, ok = triggerVerbs[ds.lemma(i)+"e"]
		}
		return t, ok
	case "ADJ":
		if ds.lemmaIs(i, triggerAdjectivesKeys) {
			return triggerAdjectives[ds.lemma(i)], true
		}
		if ds.formIs(i, triggerAdjectivesKeys) {
			return triggerAdjectives[ds.form(i)], true
		}
	case "NOUN", "PROPN":
		if ds.lemmaIs(i, triggerNounsKeys) {
			return triggerNouns[ds.lemma(i)], true
		}
		if ds.formIs(i, triggerNounsKeys) {
			return triggerNouns[ds.form(i)], true
		}
	}
	return trigger{}, false
}

// particles returns the particles of verb v ("down" in "turned down",
// "turned the offer down"): its compound:prt dependents, and an adverb
// right after it, as the parser often reads "reached out to X".
func particles(ds *depSent, v int) []int {
	out := ds.children(v, "compound:prt")
	if v+1 < len(ds.words) && ds.head(v+1) == v && ds.words[v+1].Deprel == "advmod" {
		out = append(out, v+1)
	}
	return out
}

// notFactCues are auxiliaries and markers that make an action
// hypothetical, planned or conditional rather than a fact.
var (
	modalAux      = set("will", "would", "could", "might", "may", "should", "shall", "can", "must", "wo", "'ll", "'d")
	negationWords = set("not", "never", "n't", "no")
	conditionMark = set("if", "unless", "whether")
	// a trigger under these verbs is denied, wanted, planned or asked
	// for, not done: "denied meeting X", "plans to meet X", "called for
	// talks with X".
	nonFactGovernors = set("deny", "refuse", "reject", "doubt", "plan", "hope", "want", "wish", "intend",
		"seek", "try", "propose", "suggest", "demand", "urge", "call", "ask", "expect", "prepare",
		"schedule", "threaten", "vow", "promise", "offer", "agree", "decide", "aim", "consider",
		"need", "fail", "avoid", "prevent", "stop", "cancel", "postpone", "delay", "rule",
		"refrain", "cease", "quit", "weigh", "mull", "contemplate",
		// "blocked aid to X", "suspended talks with X": undone.
		"block", "cut", "suspend", "freeze", "halt", "withhold", "withdraw", "drop", "abandon")
)

// factual reports whether the action of word i is asserted: not negated,
// not under a modal, not conditional, and not the complement of a verb
// of wanting, planning or denying. Nouns are judged by the verb they
// hang on.
func factual(ds *depSent, i int) bool { return clauseModality(ds, i) == graph.Asserted }

// governorModality is what a verb of nonFactGovernors makes of the
// action under it: "plans to meet" planned, "refused to meet" negated,
// "urged X to sanction Y" demanded; the others ("hopes to", "offered
// to") hypothetical.
var governorModality = map[string]graph.Modality{
	"plan": graph.Planned, "intend": graph.Planned, "schedule": graph.Planned, "prepare": graph.Planned,
	"expect": graph.Planned, "promise": graph.Planned, "vow": graph.Planned, "agree": graph.Planned,
	"decide": graph.Planned, "aim": graph.Planned,
	"deny": graph.Negated, "refuse": graph.Negated, "reject": graph.Negated, "fail": graph.Negated,
	"avoid": graph.Negated, "prevent": graph.Negated, "stop": graph.Negated, "cancel": graph.Negated,
	"refrain": graph.Negated, "cease": graph.Negated, "quit": graph.Negated, "rule": graph.Negated,
	"block": graph.Negated, "cut": graph.Negated, "suspend": graph.Negated, "freeze": graph.Negated,
	"halt": graph.Negated, "withhold": graph.Negated, "withdraw": graph.Negated, "drop": graph.Negated,
	"abandon": graph.Negated,
	"seek":    graph.Demanded, "demand": graph.Demanded, "urge": graph.Demanded, "call": graph.Demanded,
	"ask": graph.Demanded,
}

// auxModality is what a modal auxiliary makes of its verb's action.
func auxModality(l string) graph.Modality {
	if l == "will" || l == "shall" || l == "'ll" || l == "wo" {
		return graph.Planned
	}
	return graph.Hypothetical
}

// clauseModality (modality rule "parse clause") reads the modality of
// the action of word i from the parse: negation, a modal auxiliary, a
// condition, or a verb of wanting, planning or denying above it
// (governorModality); Asserted when none. factual is its yes/no.
func clauseModality(ds *depSent, i int) graph.Modality {
	for hops := 0; i >= 0 && hops < 6; hops++ {
		for _, c := range ds.children(i, "advmod", "aux", "mark", "det") {
			l := ds.lemma(c)
			switch rel := ds.words[c].Deprel; {
			case rel == "det" && l == "no":
				return graph.Negated
			case rel != "det" && negationWords[l]:
				return graph.Negated
			case rel == "aux" && modalAux[l] && negatedGroup(ds, i):
				return graph.Negated // "would not join": the negator after the modal
			case rel == "aux" && l == "would" && announcedWould(ds, i):
				return graph.Planned // "said it would sue X" (announced.go)
			case rel == "aux" && modalAux[l]:
				return auxModality(l)
			case rel == "mark" && conditionMark[l]:
				return graph.Hypothetical
			case rel == "mark" && l == "to" && hops == 0 && ds.words[i].Deprel != "conj":
				if md, ok := intentionNounModality(ds, i); ok {
					return md // intentions.go: "Hungary's refusal to support X"
				}
				if h := ds.head(i); h >= 0 && governorModality[ds.lemma(h)] != "" {
					return governorModality[ds.lemma(h)]
				}
				return graph.Hypothetical
			}
		}
		if host := nounConjunctHost(ds, i); host >= 0 {
			i = host // "rejected X as "a provocation" and declared Y": judged with "rejected"
			continue
		}
		h := ds.head(i)
		if h < 0 {
			return graph.Asserted
		}
		rel := ds.words[i].Deprel
		switch {
		case rel == "conj" || rel == "obj" || rel == "nsubj" || rel == "nsubj:pass" || rel == "obl" || strings.HasPrefix(rel, "obl:") || rel == "acl":
			// A coordinated verb, a noun trigger or a clause on a noun
			// ("plans to send a letter urging X"): judged with its head.
		case rel == "xcomp" || rel == "ccomp" || rel == "advcl":
			// "As X told Y, ozone has dropped": an as-clause is no
			// complement of its head's meaning.
			if nonFactGovernors[ds.lemma(h)] && !ds.hasMark(i, "as") && !commaParticiple(ds, i) {
				return governed(ds.lemma(h))
			}
			if rel != "ccomp" {
				break
			}
			return graph.Asserted // "X said A met B": what is reported is judged elsewhere
		default:
			return graph.Asserted
		}
		if (rel == "obj" || rel == "acl" || strings.HasPrefix(rel, "obl") && ds.caseOf(i) != "in") && nonFactGovernors[ds.lemma(h)] {
			// ("ruled out talks" is no fact, "ruled in favour of" is)
			return governed(ds.lemma(h))
		}
		i = h
	}
	return graph.Asserted
}

// governed is the modality a non-fact governor gives what it governs.
func governed(l string) graph.Modality {
	if m := governorModality[l]; m != "" {
		return m
	}
	return graph.Hypothetical
}

// depRelationsIn reads the interactions of sentence si from its parse
// and adds those the surface patterns did not find.
func (d *doc) depRelationsIn(r *reader, si int, s sentence) {
	d.materialIn(r, si, s) // material.go
	if !d.mayInteract(r, si, s) && !d.mayInteractQuoted(r, si, s) && !d.answersClaims(r, si, s) && !d.sanctionsGoods(r, si, s) {
		d.impliedAidIn(r, si, s) // implied_recipient.go
		if d.blameCue(r, si, s) {
			ds := d.parsed(si)
			for i := range ds {
				d.reportedAccusations(r, si, &ds[i])
			}
		}
		return
	}
	for _, ds := range d.parsed(si) {
		for v := range ds.words {
			d.depTrigger(r, si, &ds, v)
		}
		d.noteGiftTopics(r, si, &ds) // implied_recipient.go
		d.reportedAccusations(r, si, &ds)
	}
}

// mayInteract tells whether a sentence is worth parsing: two mentions
// at least and a word that can be a trigger.
// Parsing is the costly step of extraction, so sentences whose
// interactions the surface patterns read and that coordinate nothing
// are not parsed.
func (d *doc) mayInteract(r *reader, si int, s sentence) bool {
	cued, and := d.interactionCues(r, si, s)
	return cued && (and || !d.hasSurfaceRelation(si) || d.threatCue(s) || d.summedActCue(s) || d.relativeGiftCue(s) || d.participleBlameCue(s))
}

// interactionCues tells whether sentence si has two mentions and a word
// that can be a trigger (cued), and whether it coordinates ("and"):
// mayInteract's tests that do not depend on what the surface patterns
// read, so that parse.go can parse such sentences ahead in one batch.
func (d *doc) interactionCues(r *reader, si int, s sentence) (cued, and bool) {
	named := 0
	for _, m := range r.mentsBy[si] {
		if !m.mod && !m.quote {
			named++
		}
	}
	if named < 2 {
		return false, false
	}
	trigger := false
	for i := s.a; i < s.b; i++ {
		if d.inQuote[i] {
			continue
		}
		trigger = trigger || d.toks[i].is(triggerFormsClass)
		and = and || d.toks[i].low == "and"
	}
	return trigger, and
}

// hasSurfaceRelation reports whether the surface patterns read an
// interaction in sentence si.
func (d *doc) hasSurfaceRelation(si int) bool {
	for i := len(d.rels) - 1; i >= 0 && d.rels[i].sent >= si; i-- {
		if d.rels[i].sent == si {
			return true
		}
	}
	return false
}

// triggerForms are the surface forms a trigger lemma can take, for
// mayInteract's cheap test.
// A frame trigger (designations.go: "took X to court", "added X to its
// blacklist") counts by its frame's words, not by its verb, as "added"
// and "took" are in most news sentences.
var triggerForms = func() map[string]bool {
	m := map[string]bool{}
	for key, t := range triggers {
		if frameTrigger(t) && !hasSlot(t, "to-do") {
			continue
		}
		l, _, _ := strings.Cut(key[2:], " ") // a phrasal verb: its verb
		for _, f := range inflections(l) {
			m[f] = true
		}
	}
	m["list"] = true
	for _, words := range []map[string]bool{courtNouns, listNouns, designationWords, leaveVerbs, heldAdjectives} {
		for w := range words {
			m[w] = true
		}
	}
	return m
}()
var triggerFormsClass = classOf(triggerForms)

// inflections over-generates the regular forms of an English lemma
// (meet → meets, meeted, meeting, and met through irregularForms).
func inflections(l string) []string {
	stem := strings.TrimSuffix(l, "e")
	out := []string{l, l + "s", l + "es", l + "d", l + "ed", stem + "ing", stem + "ed", l + l[len(l)-1:] + "ed", l + l[len(l)-1:] + "ing"}
	if strings.HasSuffix(l, "y") {
		out = append(out, l[:len(l)-1]+"ies", l[:len(l)-1]+"ied")
	}
	return append(out, irregularForms[l]...)
}

var irregularForms = map[string][]string{
	"meet": {"met"}, "speak": {"spoke", "spoken"}, "have": {"had"}, "hold": {"held"},
	"send": {"sent"}, "strike": {"struck"}, "make": {"made"}, "begin": {"began", "begun"},
	"give": {"gave", "given"}, "lend": {"lent"}, "shoot": {"shot"}, "freeze": {"froze", "frozen"},
	"forgive": {"forgave", "forgiven"}, "seek": {"sought"}, "fight": {"fought"},
	"take": {"took", "taken"}, "bring": {"brought"}, "put": {"put"}, "withdraw": {"withdrew", "withdrawn"},
	"sell": {"sold"}, "fly": {"flew", "flown"},
}

// depTrigger reads word v of ds if it is a trigger.
func (d *doc) depTrigger(r *reader, si int, ds *depSent, v int) {
	t, ok := triggerAt(ds, v)
	if !ok || ds.tok[v] < 0 || !nounFits(ds, v, t) {
		return
	}
	// In a quotation only what the speaker says they did is read ("We
	// condemn X"): a party's own account, as the annotations keep it.
	var speakers []*actor
	if d.inQuote[ds.tok[v]] {
		if speakers = d.quoteSpeakers(ds.words[v].Start); len(speakers) == 0 {
			return
		}
	}
	clause := clauseModality(ds, v)
	if clause != graph.Asserted && t.class == graph.Request && answeredRequest(ds, v) >= 0 && factual(ds, ds.head(v)) {
		clause = graph.Asserted
	}
	if clause == graph.Planned && !announcedAction(ds, v) && intentionNounAgent(ds, v) < 0 {
		// A planned action would show in the default graph; the parse
		// reads only what is done, or not done (kept with its modality).
		d.reject(si, ds.tok[v], "parse: trigger", "planned in the parse (\"will\", \"plans to\"); the surface reading keeps its modality")
		return
	}
	var args depArgs
	found := false
	name := ""
	for _, rule := range depRules {
		if args, found = rule.read(ds, v, t); found {
			name = rule.name
			break
		}
	}
	if !found {
		if !frameTrigger(t) { // "added", "took" outside their frame are no triggers
			d.reject(si, ds.tok[v], "parse: trigger", "no rule found both sides in the parse")
		}
		return
	}
	if appealToCourt(ds, v, args.dst) {
		d.reject(si, ds.tok[v], parseRule(name), "an appeal to a court asks for a ruling, no request of the court")
		return
	}
	verb := ds.words[v].Form
	// The modality and the action's day, from the surface words around
	// the trigger, as for the surface reading.
	md := d.modalAt(si, ds.tok[v], false)
	md.rule = parseRule(name)
	if clause != graph.Asserted && md.mod != clause && !md.assertedCue {
		md.mod, md.byParse = clause, true
	}
	if mod, charge, ok := gerundParseModality(ds, v, md.mod); ok {
		if charge {
			d.reject(si, ds.tok[v], md.rule, "an act the speaker blames the verb's object for: a charge, not a fact (gerund_object.go)")
			return
		}
		md.mod, md.byParse = mod, mod != graph.Asserted
	}
	if proposalVerbs[ds.lemma(v)] && md.mod.Factual() {
		// "invited X to Beijing": the meeting is only proposed.
		md.mod, md.byParse = graph.Demanded, true
	}
	if speakers != nil {
		d.quotedTrigger(r, si, ds, v, t, args, speakers, md)
		return
	}
	if args.implied {
		if src := d.wordActors(r, si, ds, args.src); len(src) > 0 {
			d.impliedAid(r, si, ds, v, src, md) // implied_recipient.go
		} else {
			d.reject(si, ds.tok[v], md.rule, "subject not an actor")
		}
		return
	}
	if len(args.pairwise) > 0 {
		as := d.wordActors(r, si, ds, args.pairwise)
		if len(as) < 2 {
			d.reject(si, ds.tok[v], md.rule, "fewer than two of the coordinated words are actors")
			return
		}
		class := t.class
		if args.class != "" {
			class = args.class
		}
		if d.relatedIn(si, as, as, class) {
			d.reject(si, ds.tok[v], md.rule, "already read by the surface patterns")
		} else {
			d.pairwise(as, class, si, verb, md)
			if len(as) == 2 {
				d.rememberSides(r, ds.tok[v], as[0], as[1])
			}
		}
		return
	}
	var gapped []gappedPair
	if !args.measure {
		args.dst, gapped = gappedSubjects(ds, v, args.dst) // gapping.go
		d.gappedRelations(r, si, ds, v, t, args, gapped, md)
	}
	src, dst := d.wordActors(r, si, ds, args.src), d.targetActors(r, si, ds, args.dst)
	if args.measure {
		src = d.measureOwners(r, si, ds, args.src[0])
	}
	if len(dst) == 0 && t.class == graph.Sanction && (args.class == "" || args.class == graph.Sanction) && !d.describesName(r, si, ds, args.dst) {
		// (a rule that reads another class, as toldToArgs a
		// demand, names no goods' origin: "ordered a Chinese-owned
		// smelter to shut" demands nothing of China)
		dst = d.goodsOrigin(ds, args.dst) // material.go
		if len(dst) == 0 {
			if dst = d.envoyPosting(ds, v, args.dst); len(dst) > 0 { // diplomacy.go
				md.rule = "parse: country of a place"
			}
		}
	}
	if len(dst) == 0 && hasSlot(t, "funded-in") {
		if dst = d.fundedPlaces(ds, args.dst); len(dst) > 0 { // funded_places.go
			md.rule = "parse: country funded in"
		}
	}
	if len(src) == 0 && !args.measure {
		if src = d.parsedDocumentIssuer(r, si, ds, args.src); len(src) > 0 {
			md.rule = "parse: document issuer" // issuers.go
		}
	}
	switch {
	case len(src) == 0:
		d.reject(si, ds.tok[v], md.rule, "subject not an actor")
		return
	case len(dst) == 0:
		d.reject(si, ds.tok[v], md.rule, "object not an actor")
		return
	case args.inherited && d.surfaceRead(si, verb):
		d.reject(si, ds.tok[v], md.rule, "subject inherited from a coordinated verb; the surface reading is kept")
		return
	}
	if md.mod == graph.Planned && clause == graph.Planned && intentionNounAgent(ds, v) < 0 && !d.announcedBySide(si, ds.tok[v], ds, args.src, src) {
		md.mod = graph.Hypothetical // "analysts said Malta would cooperate": a forecast (announced.go)
	}
	if hostile[t.class] {
		if speakers, reported := d.reportedBy(si, ds.tok[v]); reported && !d.speaksForParty(speakers, src) && !d.speaksForParty(speakers, dst) {
			d.reject(si, ds.tok[v], md.rule, "a third party's claim of force or blame in reported speech")
			return
		}
	}
	d.dropSameSide(si, verb, src)
	d.dropSameSide(si, verb, dst)
	// A threat, a sanction noun, an act summed up, an exchange of fire
	// or a measure is read even when the sentence relates its sides
	// otherwise ("… exchanged fire, breaking a ceasefire the two
	// countries had agreed", "recalled its ambassador from X and accused
	// X of …"); not twice as itself.
	if d.relatedIn(si, src, dst, t.class) && !d.secondInteraction(si, src, dst, t.class, verb) && (name != threatRule && name != sanctionNounRule && name != actSummaryRule && name != exchangeRule && name != atRequestRule && t.class != graph.Sanction && t.class != graph.Aid && !explicitBlame(ds, v) || d.relatedAs(si, src, dst, t.class)) {
		moreSrc, moreDst := d.conjunctsUnread(si, src, dst, len(args.src), len(args.dst))
		switch {
		case len(moreDst) > 0:
			dst = moreDst
		case len(moreSrc) > 0:
			src = moreSrc
		default:
			d.reject(si, ds.tok[v], md.rule, "already read by the surface patterns")
			return
		}
		md.rule = parseRule(conjunctUnreadRule)
	}
	class := t.class
	if args.class != "" {
		class = args.class // "traded accusations": blame, not force (wordsArgs)
	}
	if verbalAttack(ds.lemma(v), src, dst) || (ds.lemma(v) == "attack" && objectIsAct(ds, v)) {
		class = graph.Accuse
	}
	if summonedDiplomat(ds, v, class) || d.summonedPossessedEnvoy(ds, v, class) {
		class = graph.Accuse
		md.rule = "parse: summoned diplomat"
		if cs := d.summonedCountries(r, si, ds, v); len(cs) > 0 {
			dst = cs
		}
	}
	dst = appendUnique(dst, d.expelledCountries(r, si, ds, v, name)...) // envoys_expelled.go
	if c, ok := slotClassOf(ds, v, t, args.dst); ok {
		class = c
		md.rule = "parse: slot class"
	}
	if class == graph.Support && welcomedTo(ds, v) {
		class = graph.Consult
		md.rule = "parse: welcomed to a place"
	}
	for _, a := range src {
		for _, o := range dst {
			if a != o {
				d.rels = append(d.rels, rel{src: a, dst: o, class: class, sent: si, verb: verb, modal: md})
			}
		}
	}
	if len(src) == 1 && len(dst) == 1 && src[0] != dst[0] {
		d.rememberSides(r, ds.tok[v], src[0], dst[0])
	} else if len(src) == 2 && len(dst) == 2 && src[0] == dst[0] && src[1] == dst[1] {
		d.rememberSides(r, ds.tok[v], src[0], src[1]) // "A and B exchanged fire": each side against the other
	}
}

// appealToCourt reports whether trigger v is "appeal" with a court
// among its targets dst ("said it would appeal to the General Court"):
// a step of a lawsuit, no request of the court ("appealed to Norway for
// help" is one).
func appealToCourt(ds *depSent, v int, dst []int) bool {
	if ds.lemma(v) != "appeal" {
		return false
	}
	for _, w := range dst {
		if courtNouns[ds.lemma(w)] {
			return true
		}
	}
	return false
}

// appealedToCourt (rule rel.appeal-to-court) drops the surface
// pattern's "appealed to" whose target is a court (appealToCourt).
func appealedToCourt(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Request || !strings.HasPrefix(strings.ToLower(rl.verb), "appeal") || rl.dst == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(rl.dst.canon)) {
		if courtNouns[w] {
			return true
		}
	}
	return false
}

// slotClassOf (rule "parse: slot class") returns the class a trigger's
// slot written "slot=CLASS" gives, when one of the targets dst was
// read through that slot: "protested to X" is blame, though "protested
// against X" is a protest.
func slotClassOf(ds *depSent, v int, t trigger, dst []int) (graph.EdgeClass, bool) {
	for _, slot := range t.targets {
		class, ok := t.slotClass[slot]
		if !ok {
			continue
		}
		one := t
		one.targets, one.slotClass = []string{slot}, nil
		var found []int
		if t.noun {
			a, _ := nounArgs(ds, v, one)
			found = a.dst
		} else {
			found = targetsOf(ds, v, one)
		}
		for _, f := range found {
			for _, d := range dst {
				if f == d {
					return class, true
				}
			}
		}
	}
	return "", false
}

// dropSameSide removes what the surface patterns read from the same
// trigger word of sentence si between two actors the parse puts on one
// side of it: in "A and B met officials from C", A and B met C, not
// each other.
func (d *doc) dropSameSide(si int, form string, side []*actor) {
	if len(side) < 2 {
		return
	}
	in := func(x *actor) bool {
		for _, y := range side {
			if x == y {
				return true
			}
		}
		return false
	}
	kept := d.rels[:0]
	for _, rl := range d.rels {
		first, _, _ := strings.Cut(rl.verb, " ")
		// "hosted delegations from A and B for talks" puts A and B on
		// one side on purpose (rel.hosted-for-talks): they stay.
		if rl.sent == si && strings.EqualFold(first, form) && in(rl.src) && in(rl.dst) && rl.modal.rule != "rel.hosted-for-talks" {
			continue
		}
		kept = append(kept, rl)
	}
	d.rels = kept
}

// surfaceRead reports whether the surface patterns read a relation from
// a trigger of sentence si that starts with form.
func (d *doc) surfaceRead(si int, form string) bool {
	for _, rl := range d.rels {
		first, _, _ := strings.Cut(rl.verb, " ")
		if rl.sent == si && strings.EqualFold(first, form) {
			return true
		}
	}
	return false
}

// relatedIn reports whether sentence si already relates an actor of as
// to one of bs (in either direction), so the parse adds no second
// reading of what the surface patterns found.
func (d *doc) relatedIn(si int, as, bs []*actor, class graph.EdgeClass) bool {
	in := func(x *actor, xs []*actor) bool {
		for _, y := range xs {
			if x == y {
				return true
			}
		}
		return false
	}
	for _, rl := range d.rels {
		if rl.sent != si {
			continue
		}
		if in(rl.src, as) && in(rl.dst, bs) || in(rl.src, bs) && in(rl.dst, as) {
			return true
		}
	}
	return false
}

// conjunctUnreadRule names the reading of the conjuncts of a target the
// surface patterns read only in part.
const conjunctUnreadRule = "conjunct the surface missed"

// conjunctsUnread returns, when the parse found several target words
// ("met Peter Janssen and officials from Qatar") or several source words
// ("Hugo Brandt and officials from Qatar met Peter Janssen") and the
// surface patterns read the trigger for some of them, the targets, or
// else the sources, no actor of the other side is yet related to in
// sentence si: the surface patterns stop at the first conjunct they can
// read, the parse does not.
func (d *doc) conjunctsUnread(si int, src, dst []*actor, nSourceWords, nTargetWords int) (moreSrc, moreDst []*actor) {
	unread := func(side, other []*actor) []*actor {
		var out []*actor
		for _, x := range side {
			if !d.relatedIn(si, other, []*actor{x}, "") {
				out = append(out, x)
			}
		}
		return out
	}
	if nTargetWords >= 2 {
		moreDst = unread(dst, src)
	}
	if nSourceWords >= 2 {
		moreSrc = unread(src, dst)
	}
	return moreSrc, moreDst
}

// proxyNouns stand for whom they come from: "officials from Egypt" is
// Egypt, "Russian envoys" is Russia.
var proxyNouns = set("official", "officials", "envoy", "envoys", "adviser", "advisers", "advisor",
	"advisors", "diplomat", "diplomats", "delegation", "delegations", "representative",
	"representatives", "negotiator", "negotiators", "minister", "ministers", "leader", "leaders",
	"spokesman", "spokeswoman", "spokesperson", "government", "authorities", "troops", "forces",
	"ambassador", "ambassadors", "counterpart", "counterparts", "army", "armies", "military",
	"navy", "soldiers", "embassy", "embassies", "ministry", "ministries", "commander", "commanders",
	"police", "warplanes", "jets",
	// "The EU's observer mission called on …", "EU monitors said": a
	// body's mission or observers act for it.
	"mission", "missions", "observers", "monitors")

// fromRightAfter returns the "from X" that opens right after noun w but
// that the parser hung elsewhere: on w's verb as an oblique ("met
// officials from Egypt": "from Egypt" on "met"), or on the first conjunct
// of w's coordination ("Hugo Brandt and officials from Qatar met …":
// "from Qatar" on "Hugo"). Right after a proxy noun, X tells where w
// comes from wherever the parser put it.
func fromRightAfter(ds *depSent, w int) []int {
	if w+2 >= len(ds.words) || ds.lemma(w+1) != "from" {
		return nil
	}
	o := ds.head(w + 1)
	if o <= w+1 || ds.head(o) == w || ds.caseOf(o) != "from" {
		return nil // none, or an nmod of w that children() already gives
	}
	return []int{o}
}

// wordActors maps words to the actors of the mentions they head.
func (d *doc) wordActors(r *reader, si int, ds *depSent, words []int) []*actor {
	var out []*actor
	seen := map[*actor]bool{}
	add := func(as []*actor) {
		for _, a := range as {
			if a != nil && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	for _, w := range words {
		if m := d.mentionAtTok(r, si, ds.tok[w]); m != nil {
			if n := d.describedNameAfter(r, si, m); n != nil {
				m = n // "sued South African generics company X": X (nationalities.go)
			}
			add(d.refs(r, m))
			add(d.sameSpanActors(r, si, m)) // "Indian and Pakistani troops": both countries
			continue
		}
		if m := d.descriptorName(r, si, ds, w); m != nil && ds.words[w].Deprel == "conj" {
			add(d.refs(r, m)) // "X's government and the rebel Y signed": Y
			continue
		}
		if as := d.appositiveActors(r, si, ds, w); len(as) > 0 && d.describedConjunctName(r, si, ds, w) == nil {
			add(as) // "the co-founder of Google, Sergey Brin, met …"
			continue
		}
		if sp := reportedSelf(ds, w); sp >= 0 {
			add(nonPersons(d.wordActors(r, si, ds, []int{sp}))) // "X said it had sent tents to Y"
			continue
		}
		if !proxyNouns[ds.lemma(w)] && !proxyNouns[ds.form(w)] && !highCommissioner(ds, w) {
			add(d.includedActors(r, si, ds, w))
			if actNouns[ds.lemma(w)] {
				add(d.possessorActors(r, si, ds, w))
			}
			continue
		}
		for _, c := range append(ds.children(w, "nmod", "compound", "amod", "nmod:poss"), fromRightAfter(ds, w)...) {
			if c2 := ds.caseOf(c); c2 != "" && c2 != "from" && c2 != "of" && c2 != "'s" && !speaksFor(ds, w, c) {
				continue
			}
			for _, cc := range ds.withConjuncts(c) {
				if m := d.mentionAtTok(r, si, ds.tok[cc]); m != nil {
					add(d.refs(r, m))
				}
			}
		}
	}
	return out
}

// reportedSelf (every parse rule, through wordActors) returns the speaker word of a
// verb of saying whose reported clause has "it" or "they", word w, as
// its subject: in "Austria said it had sent tents to Greece" the one who
// sent them is Austria, as the surface rules read "said it would meet";
// -1 when w is no such pronoun. Only an organisation, country or group
// is "it" (nonPersons): "Ines Holm said it had sent tents" is no one;
// what it would or could do is left to the surface reading, which
// keeps its modality ("said it would appeal to the Court of Appeal" is
// no request to the court).
func reportedSelf(ds *depSent, w int) int {
	if ds.words[w].UPOS != "PRON" || ds.words[w].Deprel != "nsubj" {
		return -1
	}
	if f := strings.ToLower(ds.form(w)); f != "it" && f != "they" {
		return -1
	}
	v := ds.head(w)
	if v < 0 {
		return -1
	}
	say := reportingVerbOf(ds, v)
	if say < 0 {
		return -1
	}
	for _, c := range ds.children(v, "aux") {
		if l := ds.lemma(c); modalAux[l] && l != "would" {
			return -1 // "said it could appeal to the court": left to the surface reading
		}
	}
	return speakerWord(ds, say, w)
}

// nonPersons returns the actors of as that are not persons.
func nonPersons(as []*actor) []*actor {
	var out []*actor
	for _, a := range as {
		if a.typ != graph.Person {
			out = append(out, a)
		}
	}
	return out
}

// sameSpanActors returns the actors of the other mentions of sentence si
// with m's span: a group naming several nationalities is one mention
// a country ("Indian and Pakistani troops" acts for India and for
// Pakistan).
func (d *doc) sameSpanActors(r *reader, si int, m *mention) []*actor {
	var out []*actor
	for _, o := range r.mentsBy[si] {
		if o != m && o.a == m.a && o.b == m.b && !o.mod && !o.quote && o.act != nil {
			out = append(out, o.act)
		}
	}
	return out
}

// mentionAtTok returns the mention of sentence si that covers
// extraction token k and is not a modifier inside another mention.
func (d *doc) mentionAtTok(r *reader, si, k int) *mention {
	if k < 0 {
		return nil
	}
	var best *mention
	for _, m := range r.mentsBy[si] {
		if m.a <= k && k < m.b && !m.mod && !m.quote {
			if best == nil || m.b-m.a < best.b-best.a {
				best = m
			}
		}
	}
	return best
}

// includeMarks introduce examples of a common noun: "defectors including
// A and B", "members such as A".
var includeMarks = set("include", "including", "like", "such")

// includedActors reads the actors a common noun w is exemplified by:
// "former members of Scientology, including musician A and actor B" are
// A and B. The parser hangs the examples on w or on a modifier of w.
func (d *doc) includedActors(r *reader, si int, ds *depSent, w int) []*actor {
	var out []*actor
	frontier := []int{w}
	for depth := 0; depth < 3 && len(frontier) > 0; depth++ {
		var next []int
		for _, x := range frontier {
			listed := false // conjuncts after an example are examples too
			for _, c := range ds.children(x, "nmod", "conj", "acl", "appos") {
				if includedAfter(ds, x, c) || listed && ds.words[c].Deprel == "conj" {
					listed = true
					for _, y := range ds.withConjuncts(examplesOf(ds, c)) {
						for _, z := range append(namesAcrossAnd(ds, y), y) {
							out = append(out, d.wordOrNameActors(r, si, ds, z)...)
						}
					}
					continue
				}
				next = append(next, c)
			}
		}
		frontier = next
	}
	return out
}

// namesAcrossAnd returns the names the parser hung on name y as
// compounds across a conjunction ("lawyer Mats Olsen and actor Paul
// Weber" with "Olsen" a compound of "Weber"): each is an example of its
// own.
func namesAcrossAnd(ds *depSent, y int) []int {
	var out []int
	for _, c := range ds.children(y, "compound") {
		if ds.words[c].UPOS != "PROPN" {
			continue
		}
		for k := c + 1; k < y; k++ {
			if ds.words[k].UPOS == "CCONJ" {
				// A name flat on its first word ("Mats" ← "Olsen")
				// is found by any of its words.
				out = append(out, c)
				out = append(out, ds.children(c, "flat")...)
				break
			}
		}
	}
	return out
}

// examplesOf returns the example an include mark c introduces when the
// parser read the mark as a verb ("including" as an acl with the example
// as its object), else c itself.
func examplesOf(ds *depSent, c int) int {
	if includeMarks[ds.lemma(c)] || includeMarks[ds.form(c)] {
		if objs := ds.children(c, "obj"); len(objs) > 0 {
			return objs[0]
		}
	}
	return c
}

// wordOrNameActors returns the actors of the mention at word y, or of a
// name in apposition to it ("actor Jason Beghe").
func (d *doc) wordOrNameActors(r *reader, si int, ds *depSent, y int) []*actor {
	if m := d.mentionAtTok(r, si, ds.tok[y]); m != nil {
		return d.refs(r, m)
	}
	for _, c := range ds.children(y, "appos", "flat", "compound") {
		if m := d.mentionAtTok(r, si, ds.tok[c]); m != nil {
			return d.refs(r, m)
		}
	}
	return nil
}

// includedAfter reports whether an include mark stands between word x
// and its dependent c, or is c: "colleagues, including lawyer A".
func includedAfter(ds *depSent, x, c int) bool {
	if c < x {
		return false
	}
	for k := x + 1; k <= c; k++ {
		if includeMarks[ds.lemma(k)] && (k == c || ds.words[k].Deprel == "case" || ds.words[k].Deprel == "mark" || ds.words[k].UPOS == "VERB") {
			return true
		}
	}
	return false
}

// verbalAttack reports whether an attack is made with words: a person
// or an organisation (a magazine, a party) attacking named persons, as
// "Weidel attacked Merz" or "the magazine attacked defectors including
// A and B". Countries and armed groups attack with force.
func verbalAttack(lemma string, src, dst []*actor) bool {
	if lemma != "attack" && lemma != "target" || !allPersons(dst) {
		return false
	}
	for _, a := range src {
		if a.typ != graph.Person && a.typ != graph.Organization {
			return false
		}
	}
	return true
}

// welcomedTo (rule parse: welcomed to a place) reports whether verb v
// welcomes its object to a named place: "X welcomed Y to Beijing", "to
// the White House" is X hosting Y, a consultation, not praise. Welcomed
// into a body ("welcomed Y to NATO") stays support; the surface
// reading is corrected the same way (material.welcomed-to).
func welcomedTo(ds *depSent, v int) bool {
	if ds.lemma(v) != "welcome" || !ds.hasChild(v, "obj") {
		return false
	}
	for _, o := range ds.modifiersWith(v, "obl", "to") {
		if ds.words[o].UPOS == "PROPN" && !memberBodies[ds.lemma(o)] {
			return true
		}
	}
	return false
}

// memberBodies are what one is welcomed into as a member.
var memberBodies = set("alliance", "union", "bloc", "club", "organisation", "organization", "nato",
	"group", "coalition", "family", "fold", "team", "party", "community", "league", "federation")
var memberBodiesClass = classOf(memberBodies)

// possessorActors returns the actors of word w's possessor ("NASA's").
func (d *doc) possessorActors(r *reader, si int, ds *depSent, w int) []*actor {
	var out []*actor
	for _, p := range ds.children(w, "nmod:poss") {
		for _, y := range ds.withConjuncts(p) {
			if m := d.mentionAtTok(r, si, ds.tok[y]); m != nil {
				out = append(out, d.refs(r, m)...)
			}
		}
	}
	return out
}

// receivedArgs: "Mohamed received support from Obama", "the plan drew
// criticism from Berlin", "received support ranging from A to B": the
// trigger's source is after "from" (and "to", for a range), its target
// the subject of the receiving verb. The tagger may take the noun for a
// verb ("support"), so both are read.
func receivedArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	h := ds.head(n)
	if h < 0 || !receivedThing(ds, n) || !receiveVerbs[ds.lemma(h)] {
		return depArgs{}, false
	}
	subj := verbSubject(ds, h)
	if subj < 0 {
		return depArgs{}, false
	}
	var src []int
	ranged := false
	scope := append(ds.subtree(n, 3), ds.modifiersWith(h, "obl", "from")...)
	for _, c := range ds.children(h, "xcomp", "advcl") {
		if ds.form(c) == "ranging" && c > n {
			// "received praise ranging from A to B", the range hung
			// on the verb
			scope = append(scope, ds.children(c, "obl")...)
		}
	}
	for _, w := range scope {
		switch ds.caseOf(w) {
		case "from":
			src = append(src, ds.withConjuncts(w)...)
			ranged = true
		case "to":
			if ranged {
				src = append(src, ds.withConjuncts(w)...)
			}
		}
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: ds.withConjuncts(subj)}, true
}

// receivedThing reports whether word n is what its head verb receives:
// its object, or a complement the tagger took for a verb ("received
// support online ranging from A to B", "support" read as "to support").
func receivedThing(ds *depSent, n int) bool {
	switch ds.words[n].Deprel {
	case "obj":
		return true
	case "xcomp":
		return ds.words[n].UPOS == "VERB" && !ds.hasChild(n, "obj", "mark")
	}
	return false
}

// actNounBefore reports whether w (before "from") is an interaction
// noun of the trigger lexicons, singular or plural: "aid from Japan",
// "criticism from France", "threats from Iran". Nouns of members ("a
// team from Sudan", "scientists from Chile") name where people come
// from, not who acts.
func actNounBefore(w string) bool {
	t, ok := triggers["n:"+w]
	if !ok && strings.HasSuffix(w, "s") {
		t, ok = triggers["n:"+strings.TrimSuffix(w, "s")]
	}
	return ok && !hasSlot(t, "members:from") || receivedGoods[w] || receivedGoods[strings.TrimSuffix(w, "s")]
}

// receivedGoods are the things a verb of receiving gets from a giver
// (lexicon/material.tsv, slot giver): "weapons from Germany", "a loan
// from the IMF" name who gives.
var receivedGoods = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range triggers {
		if hasSlot(t, "giver") {
			for o := range t.objects {
				m[o] = true
			}
		}
	}
	return m
}()

// underVerbs carry a noun of what someone suffers after "under": "came
// under attack from X", "fell under pressure from X".
var underVerbs = set("come", "fall", "remain", "be", "find")

// comeUnderArgs: "X came under attack from Y", "X came under fire from
// Y", "X is under pressure from Y to …": the noun after "under" on a
// verb of coming or being (or with a copula) is Y's act on the
// subject. Y hangs on the noun or on the verb.
func comeUnderArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "come-under") || ds.caseOf(n) != "under" {
		return depArgs{}, false
	}
	carrier := ds.head(n) // "came under attack"
	if ds.hasChild(n, "cop") {
		carrier = n // "is under pressure": the noun is the predicate
	} else if carrier < 0 || !underVerbs[ds.lemma(carrier)] {
		return depArgs{}, false
	}
	subj := verbSubject(ds, carrier)
	if subj < 0 {
		return depArgs{}, false
	}
	from := ds.modifiersWith(n, "nmod", "from")
	if carrier != n {
		from = append(from, ds.modifiersWith(carrier, "obl", "from")...)
	}
	var src []int
	for _, f := range from {
		src = append(src, ds.withConjuncts(f)...)
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: ds.withConjuncts(subj)}, true
}

// atRequestArgs (rule parse: acted at the request of): "Turkey sent
// two planes at the request of Greece", "Norway deployed troops at
// Mali's request", "… at the behest of X": a request noun after "at" on
// a verb is the request of the noun's "of" phrase or possessor to the
// verb's subject, who acted on it.
func atRequestArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "at-request") || ds.caseOf(n) != "at" {
		return depArgs{}, false
	}
	v := ds.head(n)
	if v < 0 || ds.words[v].UPOS != "VERB" || ds.words[n].Deprel != "obl" {
		return depArgs{}, false
	}
	subj := verbSubject(ds, v)
	if subj < 0 {
		return depArgs{}, false
	}
	var src []int
	for _, o := range append(ds.children(n, "nmod:poss"), ds.modifiersWith(n, "nmod", "of")...) {
		src = append(src, ds.withConjuncts(o)...)
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: ds.withConjuncts(subj)}, true
}

// subtree returns the dependents of word i down to depth levels, in
// text order of discovery.
func (ds *depSent) subtree(i, depth int) []int {
	var out []int
	frontier := []int{i}
	for d := 0; d < depth; d++ {
		var next []int
		for _, x := range frontier {
			for j := range ds.words {
				if ds.words[j].Head == x+1 {
					next = append(next, j)
				}
			}
		}
		out = append(out, next...)
		frontier = next
	}
	return out
}

// appositiveActors returns the actors named in apposition to a common
// noun w: "the company's co-founder, Sergey Brin" is Sergey Brin.
func (d *doc) appositiveActors(r *reader, si int, ds *depSent, w int) []*actor {
	if ds.words[w].UPOS != "NOUN" {
		return nil
	}
	var out []*actor
	for _, c := range append(append(ds.children(w, "appos"), strayAppositive(ds, w)...), commaEnclosedName(ds, w)...) { // after_talks.go
		for _, z := range append(namesAcrossAnd(ds, c), c) {
			if m := d.mentionAtTok(r, si, ds.tok[z]); m != nil {
				out = append(out, d.refs(r, m)...)
			}
		}
	}
	return out
}

// firstPerson are the words by which a speaker names themself.
var firstPerson = set("i", "we", "me", "us", "my", "our")

// firstPlural are the first-person words of a group: a speaker who
// says them may speak for the body they lead (speakerCountry).
var firstPlural = set("we", "us", "our", "ours")

// isFirstPerson reports whether form is a first-person word, also when
// the tokenizer kept a contraction with it ("I’m", "we've").
func isFirstPerson(form string) bool {
	w := strings.ToLower(form)
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	return firstPerson[w]
}

// mayInteractQuoted tells whether a quotation of sentence si may state
// the speaker's own act: a first-person word, a trigger and a name, all
// inside quotation marks.
func (d *doc) mayInteractQuoted(r *reader, si int, s sentence) bool {
	named := false
	for _, m := range r.mentsBy[si] {
		named = named || m.quote && m.kind != sPron && !m.mod
	}
	if !named {
		return false
	}
	first, trigger := false, false
	for i := s.a; i < s.b; i++ {
		if d.inQuote[i] {
			first = first || isFirstPerson(d.toks[i].low)
			trigger = trigger || d.toks[i].is(triggerFormsClass)
		}
	}
	return first && trigger
}

// quoteSpeakers returns the speakers of the quotation statement that
// covers byte offset at, if one was read.
func (d *doc) quoteSpeakers(at int) []*actor {
	for _, st := range d.stmts {
		if st.quote && st.s <= at && at < st.e {
			return st.speakers
		}
	}
	return nil
}

// quotedTrigger reads trigger v inside a quotation: the source must be
// the speaker in the first person ("we", "I", "our"), the target a name
// the quotation gives ("We condemn Norway's decision").
func (d *doc) quotedTrigger(r *reader, si int, ds *depSent, v int, t trigger, args depArgs, speakers []*actor, md modal) {
	self, plural := false, true
	for _, w := range args.src {
		if isFirstPerson(ds.words[w].Form) {
			self = true
			plural = plural && firstPlural[ds.form(w)]
		}
	}
	if !self || len(args.pairwise) > 0 {
		d.reject(si, ds.tok[v], md.rule, "in a quotation, only the speaker's own act (\"we\", \"I\") is read")
		return
	}
	var dst []*actor
	for _, w := range args.dst {
		if isFirstPerson(ds.words[w].Form) {
			continue
		}
		dst = appendUnique(dst, d.quotedNames(r, si, ds, w)...)
	}
	if len(dst) == 0 {
		d.reject(si, ds.tok[v], md.rule, "object not a name in the quotation")
		return
	}
	verb := ds.words[v].Form
	for _, a := range speakers {
		for _, o := range dst {
			if a != o {
				d.rels = append(d.rels, rel{src: a, dst: o, class: t.class, sent: si, verb: verb, modal: md, ours: plural})
			}
		}
	}
}

// quotedNames returns the actors a quotation names at word w, or
// through w's possessor when w names an act ("NASA's decision").
func (d *doc) quotedNames(r *reader, si int, ds *depSent, w int) []*actor {
	at := func(y int) []*actor {
		k := ds.tok[y]
		for _, m := range r.mentsBy[si] {
			if k >= 0 && m.a <= k && k < m.b && m.quote && m.kind != sPron && !m.mod {
				return d.refs(r, m)
			}
		}
		return nil
	}
	if as := at(w); as != nil {
		return as
	}
	if !actNouns[ds.lemma(w)] {
		return nil
	}
	var out []*actor
	for _, p := range ds.children(w, "nmod:poss") {
		out = append(out, at(p)...)
	}
	return out
}

// nounConjunctHost (rule "parse: verb subject and object"): "X rejected
// the accusations as "a provocation" and declared Y persona non grata":
// after a quotation the parser may coordinate a finite verb with the
// first verb's object or oblique, a noun, which verbs do not coordinate
// with. The verb that governs that noun is v's real first conjunct; -1
// when v is no finite verb joined by "and" to such a noun.
func nounConjunctHost(ds *depSent, v int) int {
	if ds.words[v].UPOS != "VERB" || !ds.hasChild(v, "cc") || ds.hasChild(v, "nsubj:pass") {
		return -1
	}
	switch ds.words[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	n := ds.head(v)
	if n < 0 || (ds.words[n].UPOS != "NOUN" && ds.words[n].UPOS != "PROPN") {
		return -1
	}
	if d := ds.words[n].Deprel; d != "obj" && d != "obl" {
		return -1
	}
	if h := ds.head(n); h >= 0 && ds.words[h].UPOS == "VERB" && h < v {
		return h
	}
	return -1
}
