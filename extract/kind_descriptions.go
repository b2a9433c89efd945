package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Descriptions of an organisation by its kind (rule description:kind):
// "the electoral body said" after "the National Jury of Elections",
// "the newspaper said" after "the daily Novi Vjesnik", "the mission met"
// after "the observer mission of the Organization of American States",
// "the bondholders accused" after "the Ad Hoc Committee of Lao
// Bondholders". The kinds, the phrases that describe them and what
// makes an organisation one of them are data
// (lexicon/kind_descriptions.tsv). The description refers to the
// organisation of its kind named last before it, and to none when two
// of the kind were named together there.

//go:embed lexicon/kind_descriptions.tsv
var kindDescriptionsTxt string

// descKind is one kind of lexicon/kind_descriptions.tsv.
type descKind struct {
	name  string
	words map[string]bool // words of a name that make an organisation one of the kind
	nouns map[string]bool // nouns that introduce an organisation as one of the kind
}

// kindPhrases maps each phrase of the lexicon to its kind.
var kindPhrases = mustKindDescriptions(kindDescriptionsTxt)

// kindPhraseFirst holds the first word of every phrase, to skip tokens
// quickly.
var kindPhraseFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range kindPhrases {
		m[strings.Fields(p)[0]] = true
	}
	return m
}()

// kindPhraseMaxWords is the number of words of the longest phrase.
const kindPhraseMaxWords = 3

const kindClassPrefix = "kind:"

func mustKindDescriptions(src string) map[string]*descKind {
	m, err := parseKindDescriptions(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestKindDescriptionsParse
	}
	return m
}

// parseKindDescriptions reads lexicon/kind_descriptions.tsv's format
// (see its header).
func parseKindDescriptions(src string) (map[string]*descKind, error) {
	rows, err := tsvRows("lexicon/kind_descriptions.tsv", src, 4, 4)
	if err != nil {
		return nil, err
	}
	out := map[string]*descKind{}
	for _, r := range rows {
		k := &descKind{name: r.fields[0], words: optionalSet(r.fields[2]), nouns: optionalSet(r.fields[3])}
		if len(k.words) == 0 && len(k.nouns) == 0 {
			return nil, r.errorf("kind %q has neither name words nor nouns", k.name)
		}
		for _, p := range strings.Split(r.fields[1], "|") {
			p = strings.TrimSpace(p)
			if p == "" || p != strings.ToLower(p) || len(strings.Fields(p)) > kindPhraseMaxWords {
				return nil, r.errorf("phrase %q: want lower-case words, at most %d", p, kindPhraseMaxWords)
			}
			if _, dup := out[p]; dup {
				return nil, r.errorf("phrase %q listed twice", p)
			}
			out[p] = k
		}
	}
	return out, nil
}

// optionalSet reads a |-separated field, "-" for none.
func optionalSet(f string) map[string]bool {
	if f == "-" {
		return nil
	}
	m := map[string]bool{}
	for _, w := range strings.Split(f, "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}

// kindDescriptions marks "the <phrase>" written in lower case, ending a
// noun phrase (an adverb or auxiliary may follow: "the bondholders also
// accused") and not owned by an "of" ("the mission of the EU" names its
// own), as a description of class "kind:<phrase>".
func (d *doc) kindDescriptions(segs []segment, s sentence) []segment {
	for i := s.a; i+1 < s.b; i++ {
		if d.toks[i].low != "the" || !kindPhraseFirst[d.toks[i+1].low] || d.covered(segs, i) || d.covered(segs, i+1) {
			continue
		}
		phrase, end := d.kindPhraseAt(i+1, s)
		if phrase == "" || !d.phraseEndsAt(end, s) && !d.toks[end].is(itActsAdverbsClass) || d.ownedByOf(end, s) {
			continue
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: end, class: kindClassPrefix + phrase})
		i = end - 1
	}
	return segs
}

// kindPhraseAt returns the longest phrase of the lexicon written in
// lower case from token i, and the token after it; "" when none.
func (d *doc) kindPhraseAt(i int, s sentence) (string, int) {
	best, end := "", i
	key := ""
	for j := i; j < s.b && j-i < kindPhraseMaxWords; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap {
			break
		}
		if j > i {
			key += " "
		}
		key += t.low
		if kindPhrases[key] != nil {
			best, end = key, j+1
		}
	}
	return best, end
}

// resolveKind (rule description:kind) returns the organisation of the
// description's kind named last before it; none when another
// organisation of the kind is named in that one's sentence.
func (d *doc) resolveKind(r *reader, m *mention) []*actor {
	k := kindPhrases[strings.TrimPrefix(m.desc.class, kindClassPrefix)]
	if k == nil {
		return nil
	}
	var best *mention
	ambiguous := false
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.kind == sDesc || o.kind == sPron || a.typ != graph.Organization || !d.describedAsKind(o, k) {
			continue
		}
		ambiguous = best != nil && best.act != a && best.sent == o.sent
		best = o
	}
	if best == nil || ambiguous {
		return nil
	}
	m.act = best.act
	return []*actor{best.act}
}

// describedAsKind reports whether organisation mention o is one of kind k: a word
// of its name is one of the kind's words, or a noun of the kind
// introduces it (kindNounBefore, kindNounAfter).
func (d *doc) describedAsKind(o *mention, k *descKind) bool {
	for _, w := range strings.Fields(formKey(o.act.canon)) {
		if k.words[w] {
			return true
		}
	}
	return d.kindNounBefore(o, k) || d.kindNounAfter(o, k)
}

// kindNounBefore: a noun of the kind right before the name ("the daily
// Novi Vjesnik"), or before "of [the]" and the name ("the observer
// mission of the Organization of American States").
func (d *doc) kindNounBefore(o *mention, k *descKind) bool {
	j := o.a - 1
	if j >= 0 && d.toks[j].low == "the" {
		j--
	}
	if j >= 0 && d.toks[j].low == "of" {
		j--
	}
	return j >= 0 && d.toks[j].kind == tWord && !d.toks[j].cap && k.nouns[d.toks[j].low] && j >= d.sents[o.sent].a
}

// kindNounAfter: a noun of the kind in a description set off by a comma
// right after the name ("Novi Vjesnik, a Zagreb daily,", "X, the
// opposition newspaper"): a determiner, at most three more words, the
// noun, then punctuation or a relative pronoun.
func (d *doc) kindNounAfter(o *mention, k *descKind) bool {
	s := d.sents[o.sent]
	j := o.b
	if j+2 >= s.b || d.toks[j].text != "," || !d.toks[j+1].is(determinersClass) {
		return false
	}
	for n := j + 2; n < s.b && n <= j+5; n++ {
		t := d.toks[n]
		if t.kind != tWord {
			return false
		}
		if !t.cap && k.nouns[t.low] {
			return n+1 == s.b || d.toks[n+1].kind == tPunct || d.toks[n+1].low == "which" || d.toks[n+1].low == "that"
		}
	}
	return false
}
