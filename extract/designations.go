package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file reads acts of authority and of protest that general news
// reports with a verb whose object is the target only in a frame: "took
// X to court", "designated X a terrorist organisation", "placed X on a
// blacklist". The verbs are triggers of
// lexicon/interactions.tsv with one of the slots below; each slot is a
// rule of designationRules.

// designationRules read the frame slots; deprel.go tries them after
// material.go's rules.
var designationRules = []depRule{
	{"taken to court", courtArgs},
	{"designated as", designatedArgs},
	{"placed on a list", listedArgs},
	{"ordered to leave", leaveArgs},
	{heldResponsibleRule, heldResponsibleArgs}, // blame_for.go
}

var (
	// courtNouns end "took X to court", "hauled X before a tribunal".
	courtNouns = set("court", "tribunal", "arbitration", "trial", "justice", "courts")
	// designationWords mark what an authority designates an actor as:
	// "a terrorist organisation", "an extremist group", "an undesirable
	// organisation", "persona non grata".
	designationWords = set("terrorist", "terror", "terrorism", "extremist", "extremism", "undesirable", "grata", "proscribed")
	// listNouns are lists an authority puts actors on; a plain "list"
	// counts only with a qualifier of listQualifiers ("its entity
	// list", "the list of state sponsors of terrorism").
	listNouns      = set("blacklist", "watchlist", "blocklist", "black-list", "watch-list", "blacklists")
	listQualifiers = set("entity", "sanction", "sanctions", "terror", "terrorist", "terrorism", "black",
		"watch", "banned", "proscribed", "sanctioned", "sponsor", "extremist", "undesirable")
)

// frameTrigger reports whether t reads a frame of this file (or the
// to-do frame of told_to.go, whose verbs do count as cues), whose
// verb alone ("take", "add") is no cue to parse a sentence.
func frameTrigger(t trigger) bool {
	return hasSlot(t, "to-court") || hasSlot(t, "designated") || hasSlot(t, "on-list") || hasSlot(t, "to-leave") || hasSlot(t, "held-responsible") || hasSlot(t, "to-do")
}

// activeSource is the subject of verb v (as verbArgs finds it), or -1.
func activeSource(ds *depSent, v int) int {
	s := authorOf(ds, verbSubject(ds, v))
	if s < 0 {
		s = strandedSubject(ds, v)
	}
	return s
}

// passiveAgent returns the by-agent of passive verb v: an oblique of v,
// or a phrase the parser hung on one of v's obliques, objects or
// complements ("was designated a terrorist group by X", "was invited
// to Washington by X", "was taken to court by X"); -1 if none.
func passiveAgent(ds *depSent, v int) int {
	if by := ds.modifiersWith(v, "obl", "by"); len(by) > 0 {
		return by[0]
	}
	for _, c := range ds.children(v, "obl", "obj", "xcomp") {
		for _, rel := range []string{"nmod", "obl"} {
			if by := ds.modifiersWith(c, rel, "by"); len(by) > 0 {
				return by[0]
			}
		}
	}
	return -1
}

// frameArgs reads a frame trigger's two sides once the frame holds:
// the source is v's subject, or its by-agent in the passive; the targets
// are pick's words for the object (active) or the passive subject.
func frameArgs(ds *depSent, v int, pick func(o int) []int) (depArgs, bool) {
	var src, objs []int
	if subj := ds.children(v, "nsubj:pass"); len(subj) > 0 {
		a := passiveAgent(ds, v)
		if a < 0 {
			return depArgs{}, false
		}
		src, objs = []int{a}, subj[:1]
	} else {
		s := activeSource(ds, v)
		if s < 0 {
			return depArgs{}, false
		}
		src, objs = []int{s}, ds.children(v, "obj", "iobj")
	}
	var dst []int
	for _, o := range objs {
		for _, p := range pick(o) {
			dst = append(dst, ds.withConjuncts(p)...)
		}
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(src[0]), dst: dst}, true
}

// itself is frameArgs' pick for a frame whose target is the object.
func itself(o int) []int { return []int{o} }

// courtArgs (slot to-court): "X took Y to court", "X dragged Y before
// a tribunal" is X's legal action against Y. A court named after "to"
// or "before" on the verb, on its object, or read as a verb of its own
// ("to court" parsed as an infinitive) makes the frame.
func courtArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "to-court") || !toCourt(ds, v) {
		return depArgs{}, false
	}
	return frameArgs(ds, v, itself)
}

// toCourt reports whether verb v or its object has a court after "to"
// or "before".
func toCourt(ds *depSent, v int) bool {
	return anyLaterKidOfVerbOrObject(ds, v, func(c int) bool {
		if !courtNouns[ds.lemma(c)] {
			return false
		}
		p := ds.caseOf(c)
		return p == "to" || p == "before" || ds.hasMark(c, "to")
	})
}

// anyLaterKidOfVerbOrObject reports whether ok holds for a dependent
// that follows its head, the head being verb v or v's object (or
// passive subject): where "to court" or "on its blacklist" hangs.
func anyLaterKidOfVerbOrObject(ds *depSent, v int, ok func(c int) bool) bool {
	heads := append([]int{v}, ds.children(v, "obj", "nsubj:pass")...)
	for _, h := range heads {
		for _, c := range ds.kids[h] {
			if c > h && ok(c) {
				return true
			}
		}
	}
	return false
}

// designatedArgs (slot designated): "X designated Y a terrorist
// organisation", "Y was designated as an extremist group by X",
// "X declared Y persona non grata". The target is the object, or the
// subject of the small clause the parser may make of "Y a terrorist
// organisation"; the frame needs a designation word outside it.
func designatedArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "designated") {
		return depArgs{}, false
	}
	if grataFrame(ds, v) {
		if args, ok := frameArgs(ds, v, itself); ok {
			return args, true
		}
	}
	var as []int
	for _, c := range ds.kids[v] {
		if ds.words[c].Deprel == "nsubj" || !hasDesignationWord(ds, c) {
			continue
		}
		as = append(as, c)
	}
	if len(as) == 0 {
		return depArgs{}, false
	}
	isAs := func(w int) bool {
		for _, a := range as {
			if a == w {
				return true
			}
		}
		return false
	}
	pick := func(o int) []int {
		if isAs(o) {
			return nil // "designated a terrorist organisation by X": the label
		}
		return []int{o}
	}
	if args, ok := frameArgs(ds, v, pick); ok {
		return args, true
	}
	// "designated [Y a terrorist organisation]": a small clause.
	s := activeSource(ds, v)
	if s < 0 {
		return depArgs{}, false
	}
	var dst []int
	for _, a := range as {
		for _, n := range ds.children(a, "nsubj") {
			dst = append(dst, ds.withConjuncts(n)...)
		}
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(s), dst: dst}, true
}

// hasDesignationWord reports whether word c or its modifiers name a
// designation ("terrorist organisation", "group of terrorist").
func hasDesignationWord(ds *depSent, c int) bool {
	if designationWords[ds.lemma(c)] {
		return true
	}
	for _, m := range ds.subtree(c, 2) {
		if designationWords[ds.lemma(m)] {
			return true
		}
	}
	return false
}

// listedArgs (slot on-list): "X placed Y on its blacklist", "X added Y
// to its entity list", "Y was put on the list of state sponsors of
// terrorism by X". The list hangs on the verb or on its object.
func listedArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "on-list") || !onList(ds, v) {
		return depArgs{}, false
	}
	return frameArgs(ds, v, itself)
}

// onList reports whether verb v or its object has a sanctions list
// after "on", "onto" or "to".
func onList(ds *depSent, v int) bool {
	return anyLaterKidOfVerbOrObject(ds, v, func(c int) bool {
		if p := ds.caseOf(c); p != "on" && p != "onto" && p != "to" {
			return false
		}
		if listNouns[ds.lemma(c)] {
			return true
		}
		if ds.lemma(c) != "list" {
			return false
		}
		for _, m := range ds.subtree(c, 3) {
			if listQualifiers[ds.lemma(m)] {
				return true
			}
		}
		return false
	})
}

// summonedDiplomat (rule "parse: summoned diplomat"): summoning an
// ambassador or envoy is a diplomatic protest against the country the
// diplomat stands for, blame rather than talks; summoning anyone else
// ("summoned the chief executive") stays a consultation.
func summonedDiplomat(ds *depSent, v int, class graph.EdgeClass) bool {
	if class != graph.Consult || ds.lemma(v) != "summon" {
		return false
	}
	for _, o := range ds.children(v, "obj", "nsubj:pass") {
		if diplomatWord(ds, o) >= 0 {
			return true
		}
	}
	return false
}

// diplomatWord returns the word that makes object o a diplomat: o itself
// ("summoned the ambassador"), or the title before a diplomat's name
// ("summoned U.S. Ambassador Robert Halloway", part of rule "parse:
// summoned diplomat": the protest is still against the country, not a
// meeting with the man); -1 when o is none.
func diplomatWord(ds *depSent, o int) int {
	if diplomatNouns[ds.lemma(o)] || diplomatNouns[strings.ToLower(ds.form(o))] || highCommissioner(ds, o) {
		return o
	}
	if ds.words[o].UPOS != "PROPN" {
		return -1
	}
	for c := o - 1; c >= 0 && c >= o-4 && ds.dominates(o, c); c-- {
		if diplomatNouns[ds.form(c)] {
			return c
		}
	}
	return -1
}

// proposalVerbs propose the interaction their trigger names rather than
// do it: "X invited Y to Beijing" is a meeting X proposed (demanded in
// graph.Modality), kept but not in the default graph.
var proposalVerbs = set("invite")

// diplomatNouns are the envoys a government summons in protest.
var diplomatNouns = set("ambassador", "envoy", "diplomat", "chargé", "charge", "emissary", "consul",
	"attaché", "attache", "representative", "ambassadors", "envoys", "diplomats",
	"d'affaires", "attachés", "attaches", "consuls")

// protestedTo (rule rel.protested-to): "X protested to Y", "X protested
// with Y over …" is a diplomatic protest addressed to Y, blame, where
// "X protested against Y" is a protest; the surface pattern read both
// as protests.
func protestedTo(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Protest {
		return false
	}
	i := d.triggerTok(s, rl)
	if i < 0 || i+1 >= s.b || !strings.HasPrefix(d.toks[i].low, "protest") {
		return false
	}
	if w := d.toks[i+1].low; w != "to" && w != "with" {
		return false
	}
	rl.class = graph.Accuse
	return true
}

// messageNouns are words and papers one delivers or sends to someone:
// no material help.
var messageNouns = set("note", "notes", "message", "messages", "letter", "letters", "speech", "protest",
	"warning", "ultimatum", "verdict", "address", "lecture", "report", "statement", "invitation",
	"apology", "condolences", "petition", "request", "complaint", "demand", "demands", "remarks", "summons")

// messageNotAid (rule rel.message-not-aid): "delivered a note of
// protest to X", "sent a letter to X" are no aid; the surface pattern
// ("delivered * to", "provided * to") reads any thing given as help.
func messageNotAid(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Aid {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(rl.verb)) {
		if messageNouns[w] {
			return true
		}
	}
	return false
}

// grataFrame (part of designatedArgs): "declared Russia's consul, X,
// persona non grata": the parser may hang "grata" on the object or on
// its apposition rather than on the verb; a "grata" after verb v whose
// first verb above it is v closes v's frame, and v's object is the
// one declared (and, for a diplomat, his country: expelledCountries).
func grataFrame(ds *depSent, v int) bool {
	for k := v + 1; k < len(ds.words); k++ {
		if ds.lemma(k) != "grata" {
			continue
		}
		h := ds.head(k)
		for h >= 0 && h != v && ds.words[h].UPOS != "VERB" {
			h = ds.head(h)
		}
		return h == v
	}
	return false
}
