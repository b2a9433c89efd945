package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Leaving an agreement (rule rel.agreement-exit). "Bolivia might
// withdraw from a water agreement with Chile", "Paraguay threatened to
// pull out of its energy pact with Brazil": the agreement noun is what
// the subject leaves, so it makes no AGREE between the subject and the
// partner, whatever the modality of the leaving (the surface reading
// gave one asserted when no cue stood right before the noun, the parse
// one hypothetical). Ending the agreement itself ("scrapped its deal
// with Y") stays a negated AGREE (lexicon/modality.tsv noun cues).

//go:embed lexicon/agreement_exits.txt
var agreementExitsTxt string

// agreementExits are the verbs of lexicon/agreement_exits.txt, a
// particle verb as "lemma particle".
var agreementExits = lineList(agreementExitsTxt)

// lineList reads one entry a line (words joined by one space), with "#"
// comment lines and blank lines skipped.
func lineList(src string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if f := strings.Fields(line); len(f) > 0 {
			out[strings.Join(f, " ")] = true
		}
	}
	return out
}

// exitedAgreement reports whether the nominal AGREE trigger at token i
// of sentence si is, in the parse, the object of a verb of leaving
// (agreementExits) or its "from"/"out of"/"of" phrase.
func (d *doc) exitedAgreement(si, i int, class graph.EdgeClass) bool {
	if class != graph.Agree {
		return false
	}
	for _, ds := range d.parsed(si) {
		w := wordOfToken(&ds, i)
		if w < 0 {
			continue
		}
		return exitedAgreementWord(&ds, w, class)
	}
	return false
}

// exitedAgreementWord is exitedAgreement for word w of a parse, as the
// parse's noun rule (nounArgs) asks it.
func exitedAgreementWord(ds *depSent, w int, class graph.EdgeClass) bool {
	return class == graph.Agree && exitVerbOf(ds, w) >= 0
}

// exitVerbOf returns the verb of agreementExits whose object or
// "from"/"of" oblique is word w, or -1.
func exitVerbOf(ds *depSent, w int) int {
	h := ds.head(w)
	if h < 0 || ds.words[h].UPOS != "VERB" {
		return -1
	}
	switch ds.words[w].Deprel {
	case "obj":
	case "obl":
		if p := ds.caseOf(w); p != "from" && p != "of" && p != "out" {
			return -1
		}
	default:
		return -1
	}
	lemma := ds.lemma(h)
	// The particle on the verb ("pulled out of": compound:prt, advmod)
	// or read as the noun's preposition ("out" of "out of").
	for _, c := range append(ds.children(h, "compound:prt", "advmod"), ds.children(w, "case")...) {
		if agreementExits[lemma+" "+strings.ToLower(ds.form(c))] {
			return h
		}
	}
	if agreementExits[lemma] {
		return h
	}
	return -1
}
