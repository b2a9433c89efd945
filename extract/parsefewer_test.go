package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// The session 17 speed work: rules that parse fewer sentences, each
// checked against what the parse itself says or against the code it
// replaces.

// pennTags are every Penn tag of UD English EWT: what the tagger may
// give a word it tags VERB.
var pennTags = []string{"$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW",
	"GW", "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS",
	"PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
	"WDT", "WP", "WP$", "WRB", "XX", "``", ""}

// corpusTexts returns the seeds' and the test articles' texts.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 20 {
		t.Fatalf("only %d texts", len(texts))
	}
	return texts
}

func TestVerbXPOSCoverTheIrregularTable(t *testing.T) {
	b, err := os.ReadFile("../nlp/data/irregular.tsv")
	if err != nil {
		t.Fatal(err)
	}
	upos := set("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "*")
	covered := map[string]bool{}
	for _, x := range verbXPOS {
		covered[x] = true
	}
	rows := 0
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 3 {
			continue
		}
		rows++
		for _, tag := range strings.Split(f[1], ",") {
			if !upos[tag] && !covered[tag] {
				t.Errorf("irregular form %q under Penn tag %s: verbXPOS lacks the tag", f[0], tag)
			}
		}
	}
	if rows < 100 {
		t.Fatalf("only %d rows read", rows)
	}
}

// TestMayBeOrgVerbUnderEveryTag checks mayBeOrgVerb against nlp.Lemma
// under every Penn tag, for every word of the corpus, the inflections
// of the organisations' verbs and the irregular forms.
func TestMayBeOrgVerbUnderEveryTag(t *testing.T) {
	forms := map[string]bool{}
	for _, text := range corpusTexts(t) {
		for _, s := range nlp.Tokenize(text) {
			for _, w := range s.Tokens {
				forms[w.Form] = true
			}
		}
	}
	for v := range orgVerbs {
		for _, f := range inflections(v) {
			forms[f], forms[strings.ToUpper(f[:1])+f[1:]] = true, true
		}
	}
	b, err := os.ReadFile("../nlp/data/irregular.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Split(line, "\t"); len(f) >= 3 && !strings.HasPrefix(line, "#") {
			forms[f[0]] = true
		}
	}
	orgForms := 0
	for f := range forms {
		want := false
		for _, x := range pennTags {
			want = want || orgVerbs[strings.ToLower(nlp.Lemma(f, "VERB", x))]
		}
		if got := mayBeOrgVerb(f); got != want {
			t.Errorf("mayBeOrgVerb(%q) = %v, want %v", f, got, want)
		}
		if want {
			orgForms++
		}
	}
	for _, f := range []string{"acquired", "bought", "sold", "Launches", "hiring", "owns"} {
		if !mayBeOrgVerb(f) {
			t.Errorf("mayBeOrgVerb(%q) = false", f)
		}
	}
	for _, f := range []string{"said", "met", "went", "the", "Zentrix"} {
		if mayBeOrgVerb(f) {
			t.Errorf("mayBeOrgVerb(%q) = true", f)
		}
	}
	if orgForms < 100 {
		t.Errorf("only %d forms of the organisations' verbs", orgForms)
	}
}

// TestOrgVerbAfterKeepsEveryParsedOrgVerb parses every sentence of the
// corpus and of invented ones and checks that each word the parse reads
// as one of orgVerbs lies where orgVerbAfter looks (so subjectOrg, which
// reads only such verbs, loses nothing when it does not parse).
func TestOrgVerbAfterKeepsEveryParsedOrgVerb(t *testing.T) {
	m, err := nlp.Greedy()
	if err != nil {
		t.Skipf("no parser: %v", err)
	}
	texts := append(corpusTexts(t),
		"Title\n\nZentrix acquired the studio on Monday. Kestrelnet has learned that the deal fell through.\n",
		"Title\n\nVelora fans met the mayor. Velora, the regulator said, will not sell the unit.\n")
	x := New(Options{})
	verbs, sentsWith, sents := 0, 0, 0
	for _, text := range texts {
		d := &doc{x: x, text: text}
		d.pg = cleanPage(d.text, articleMeta{})
		d.split()
		for si, s := range d.sents {
			if s.e <= s.s || s.b <= s.a {
				continue
			}
			sents++
			found := false
			for _, ds := range d.depSents(s, m.Parse(d.text[s.s:s.e])) {
				for h := range ds.words {
					if ds.words[h].UPOS != "VERB" || !orgVerbs[ds.lemma(h)] {
						continue
					}
					verbs++
					found = true
					// subjectOrg's subject is a word before it: its token
					// starts before it, at the latest the token before.
					k := -1
					for j := s.a; j < s.b && d.toks[j].s < ds.words[h].Start; j++ {
						k = j
					}
					if k >= 0 && !d.orgVerbAfter(si, k) {
						t.Errorf("sentence %q: the parse reads %q as an organisation's verb; orgVerbAfter(%q) says none", d.text[s.s:s.e], ds.words[h].Form, d.toks[k].text)
					}
				}
			}
			if found {
				sentsWith++
			} else if d.orgVerbAfter(si, s.a) && !mayHaveOrgVerbForm(d, si) {
				t.Errorf("sentence %q: orgVerbAfter with no form of an organisation's verb", d.text[s.s:s.e])
			}
		}
	}
	if verbs < 20 || sentsWith == sents {
		t.Errorf("%d organisations' verbs in %d of %d sentences: the test reads too little", verbs, sentsWith, sents)
	}
}

// mayHaveOrgVerbForm reports whether a word of sentence si is a form
// mayBeOrgVerb accepts.
func mayHaveOrgVerbForm(d *doc, si int) bool {
	s := d.sents[si]
	for _, ps := range nlp.Tokenize(d.text[s.s:s.e]) {
		for _, w := range ps.Tokens {
			if mayBeOrgVerb(w.Form) {
				return true
			}
		}
	}
	return false
}

// nounModifierAsBefore is nounModifier as it was before it asked the
// parse last.
func (d *doc) nounModifierAsBefore(m *mention, s sentence) bool {
	if m.poss || m.hb >= s.b {
		return false
	}
	t := d.toks[m.hb]
	if t.kind != tWord || t.cap || len(t.low) < 3 || t.is(functionCapsClass) || isLexVerb(t.low) || t.is(auxiliariesClass) || adverbs[t.low] || t.is(personSpeechClass) || t.is(speechVerbsClass) {
		return false
	}
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ly") || d.verbSubject(m.sent, m.hb-1) {
		return false
	}
	j := m.hb + 1
	if j >= s.b {
		return true
	}
	u := d.toks[j]
	if u.is(verbComplementsClass) {
		return false
	}
	return u.kind != tWord || u.cap || u.is(functionCapsClass) && !u.is(determinersClass) || u.is(auxiliariesClass) || isLexVerb(u.low)
}

func TestNounModifierAsksTheParseLastAsBefore(t *testing.T) {
	texts := append(corpusTexts(t),
		"Title\n\nThe Silver Clouds installation opened. Delta collects donations. The Authority recommends that rates rise. Apex headquarters moved.\n")
	x := New(Options{})
	modifiers, asked := 0, 0
	for _, text := range texts {
		d := doc{}
		x.run(&d, graph.Article{Text: text})
		for _, m := range d.ments {
			asked++
			s := d.sents[m.sent]
			got, want := d.nounModifier(m, s), d.nounModifierAsBefore(m, s)
			if got != want {
				t.Errorf("mention %q in %q: nounModifier %v, before %v", d.text[d.toks[m.ha].s:d.toks[m.hb-1].e], d.text[s.s:s.e], got, want)
			}
			if got {
				modifiers++
			}
		}
	}
	if modifiers < 5 || asked < 1000 {
		t.Errorf("%d modifiers among %d mentions: the test reads too little", modifiers, asked)
	}
}

func TestIsCountrySlotIsTheJoin(t *testing.T) {
	seqs := [][]string{nil, {"{"}, {"{", "country"}, {"{", "country", "}"}, {"{", "country", "}", "police"},
		{"{", "country", ")"}, {"the", "{", "country", "}"}, {"{country}"}}
	for _, k := range bodyKinds {
		seqs = append(seqs, k.names...)
		seqs = append(seqs, k.not...)
	}
	slots := 0
	for _, seq := range seqs {
		for i := 0; i <= len(seq); i++ {
			want := strings.Join(seq[i:min(i+3, len(seq))], " ") == countrySlot
			if got := isCountrySlot(seq[i:]); got != want {
				t.Errorf("isCountrySlot(%q) = %v, want %v", seq[i:], got, want)
			}
			if want {
				slots++
			}
		}
	}
	if slots < 5 {
		t.Errorf("only %d country slots among the bodies' names", slots)
	}
}

func TestLoweredIsToLowerOfFormsAndLemmas(t *testing.T) {
	texts := randomTexts(3000)
	var words []nlp.Token
	for i := 0; i+1 < len(texts); i += 2 {
		words = append(words, nlp.Token{Form: texts[i], Lemma: texts[i+1]}, nlp.Token{Form: texts[i], Lemma: texts[i]})
	}
	words = append(words, nlp.Token{Form: "Smith", Lemma: "Smith"}, nlp.Token{Form: "Said", Lemma: "say"}, nlp.Token{})
	forms, lemmas := lowered(words, nil)
	for i, w := range words {
		if forms[i] != strings.ToLower(w.Form) || lemmas[i] != strings.ToLower(w.Lemma) {
			t.Fatalf("lowered %q/%q: %q/%q", w.Form, w.Lemma, forms[i], lemmas[i])
		}
	}
	if len(forms) != len(words) || len(lemmas) != len(words) || cap(forms) != len(words) {
		t.Errorf("lowered: %d forms (capacity %d), %d lemmas for %d words", len(forms), cap(forms), len(lemmas), len(words))
	}
}
