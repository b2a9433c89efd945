package extract

import "strings"

// announcedWould (modality rule "parse clause", announcedWould) reports
// whether the "would" of clause v is an announced intention, planned:
// the clause is reported by a verb of saying ("said it would sue X",
// "said the government would cooperate with Y", "said in a statement
// that it … and would sue X"), the sentence opens no condition ("would
// … if", "unless") and the verb group is neither past ("would have
// met") nor negated ("would not join": negated). Elsewhere "would" is
// hypothetical ("X would meet Y if …"). Whether the speaker announces
// their own side's action or forecasts another's is the caller's
// question (announcedBy).
func announcedWould(ds *depSent, v int) bool {
	would := false
	for _, c := range ds.children(v, "aux") {
		switch ds.lemma(c) {
		case "would":
			would = true
		case "have":
			return false
		}
	}
	if negatedGroup(ds, v) {
		return false
	}
	if !would || reportingVerbOf(ds, v) < 0 {
		return false
	}
	for i := range ds.words {
		if ds.words[i].Deprel == "mark" && (ds.lemma(i) == "if" || ds.lemma(i) == "unless") {
			return false
		}
	}
	return true
}

// reportingVerbOf returns the verb of saying that reports clause v, or
// -1: v (or the clause v is coordinated with: "said it had won the
// contract and would sue X") is the verb's clausal complement, or a
// clause on the document noun it speaks in ("said in a statement that
// it would sue X").
func reportingVerbOf(ds *depSent, v int) int {
	for hops := 0; v >= 0 && ds.words[v].Deprel == "conj" && hops < 4; hops++ {
		v = ds.head(v)
	}
	if v < 0 {
		return -1
	}
	h := ds.head(v)
	if h < 0 {
		return -1
	}
	switch ds.words[v].Deprel {
	case "ccomp":
		if speechVerbs[strings.ToLower(ds.form(h))] {
			return h
		}
	case "acl":
		if documentNouns[ds.lemma(h)] && ds.head(h) >= 0 && speechVerbs[strings.ToLower(ds.form(ds.head(h)))] {
			return ds.head(h)
		}
	}
	return -1
}

// announcedAction reports whether the action of word i is an announced
// intention (announcedWould): i's own clause, or the clause a noun
// trigger or a coordinated verb belongs to ("said it would hold talks
// with X", "would cooperate and share data with X"), as clauseModality
// climbs to it.
func announcedAction(ds *depSent, i int) bool {
	for hops := 0; i >= 0 && hops < 6; hops++ {
		if announcedWould(ds, i) {
			return true
		}
		switch rel := ds.words[i].Deprel; {
		case rel == "conj" || rel == "obj" || rel == "nsubj" || rel == "nsubj:pass" || rel == "acl" || rel == "obl" || strings.HasPrefix(rel, "obl:"):
			i = ds.head(i)
		default:
			return false
		}
	}
	return false
}

// announcedBySide (modality rule "parse clause", announcedBySide)
// reports whether the speakers of the reported clause holding token i
// announce what their own side src will do: the speaker is one of src
// or holds a role in it, or is a ministry of it, or the clause refers
// to its subject without naming it, as a speaker refers to their own
// side ("Prime Minister X said the government would cooperate", "the
// company said it would sue Y"). What a speaker says
// another would do is a forecast, hypothetical.
func (d *doc) announcedBySide(si, i int, ds *depSent, subject []int, src []*actor) bool {
	speakers, ok := d.reportedBy(si, i)
	if !ok {
		return false
	}
	if d.speaksForParty(speakers, src) || referredOnly(ds, subject) {
		return true
	}
	for _, sp := range speakers {
		if c := d.ministryCountry(sp); c != nil && containsActor(src, c) {
			return true // "the Finnish foreign ministry said Finland would send …"
		}
	}
	return false
}

// negatedGroup reports whether verb v's group holds a negator ("would
// not join", "will never meet").
func negatedGroup(ds *depSent, v int) bool {
	for _, c := range ds.children(v, "advmod", "aux") {
		if negationWords[ds.lemma(c)] {
			return true
		}
	}
	return false
}

// speakerWord returns the subject of verb of saying say other than w,
// a name before a common noun ("The mining group Vantor Resources
// said": Vantor), or -1.
func speakerWord(ds *depSent, say, w int) int {
	best := -1
	for _, s := range ds.children(say, "nsubj") {
		if s == w {
			continue
		}
		if best < 0 || ds.words[s].UPOS == "PROPN" && ds.words[best].UPOS != "PROPN" {
			best = s
		}
	}
	return best
}

// referredOnly reports whether the words of a subject are all pronouns
// or common nouns ("it", "the government"): a side the speaker refers
// to, not one they name.
func referredOnly(ds *depSent, subject []int) bool {
	for _, w := range subject {
		if u := ds.words[w].UPOS; u != "PRON" && u != "NOUN" {
			return false
		}
	}
	return len(subject) > 0
}
