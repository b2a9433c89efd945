package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Lower-case echoes of a named organisation: "the electoral commission
// said" after "the Central Electoral Commission", "the Kyrgyz border
// service said" after "Kyrgyzstan's State Border Service", "the
// emergency situations ministry" after "the Ministry of Emergency
// Situations". The description repeats words of the name in lower case
// (with a nationality at most before them) and refers back to the
// organisation named last whose name has all of them (rule
// description:echo). A description that echoes no name refers to no
// one: "the public prosecution service" of a story that never named it
// is left unresolved.

//go:embed lexicon/echo_heads.txt
var echoHeadsTxt string

// echoHeads are the head nouns an echo may end with
// (lexicon/echo_heads.txt).
var echoHeads = wordList(echoHeadsTxt)

// echoMaxModifiers is how many lower-case words may stand before the
// head ("the emergency situations ministry").
const echoMaxModifiers = 3

// echoDescriptions marks "the [nationality] <modifiers> <head>" written
// in lower case, with at least a modifier or a nationality, as a
// description of class "echo:<modifiers> <head>" whose countries hold
// the nationality's country. Not when a noun goes on with the phrase as
// its modifier ("the foreign ministry spokesman X"), a capitalised word
// follows ("the border service Chief"), or an "of" names its owner.
func (d *doc) echoDescriptions(segs []segment, s sentence) []segment {
	for i := s.a; i+2 < s.b; i++ {
		if d.toks[i].low != "the" || d.covered(segs, i) {
			continue
		}
		j, country, nat := i+1, "", -1
		if k := segmentAt(segs, j); k >= 0 && segs[k].kind == sGaz && segs[k].form.kind == gDemonym && segs[k].form.typ == graph.Country {
			j, country, nat = segs[k].b, segs[k].form.canon, k
		}
		words, end := d.echoPhrase(segs, j, s)
		if end < 0 || len(words) < 2 && country == "" {
			continue
		}
		if nat >= 0 {
			segs = append(segs[:nat:nat], segs[nat+1:]...)
		}
		sg := segment{kind: sDesc, a: i, b: end, class: "echo:" + strings.Join(words, " ")}
		if country != "" {
			sg.countries = []string{country}
		}
		segs = append(segs, sg)
		i = end - 1
	}
	return segs
}

// segmentAt returns the index of the segment starting at token i, -1
// when none does.
func segmentAt(segs []segment, i int) int {
	for k, sg := range segs {
		if sg.a == i {
			return k
		}
	}
	return -1
}

// echoPhrase returns the lower-case words from token j up to the
// longest head of lexicon/echo_heads.txt after at most
// echoMaxModifiers words, and the token after the head; -1 when none
// ends a noun phrase there. The words are plain ones: no word another
// segment took, no preposition, conjunction, auxiliary or verb.
func (d *doc) echoPhrase(segs []segment, j int, s sentence) ([]string, int) {
	var words, best []string
	end := -1
	for k := j; k < s.b && k-j <= echoMaxModifiers; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap || d.covered(segs, k) || !plainEchoWord(t) {
			break
		}
		words = append(words, t.low)
		if echoHeads[t.low] && d.phraseEndsAt(k+1, s) && !d.ownedByOf(k+1, s) {
			best, end = append([]string(nil), words...), k+1
		}
	}
	return best, end
}

// plainEchoWord reports whether t may be a word of an echoed name: no
// preposition, conjunction, auxiliary, verb of speech or lexicon verb.
func plainEchoWord(t token) bool {
	return !t.is(prepositionsClass) && !t.is(auxiliariesClass) && !t.is(speechVerbsClass) && !isLexVerb(t.low) &&
		t.low != "and" && t.low != "or" && t.low != "but"
}

// resolveEcho (rule description:echo) returns the organisation named
// last before m whose name (or alias) echoes m's words; nil when none.
func (d *doc) resolveEcho(r *reader, m *mention) []*actor {
	words := strings.Fields(strings.TrimPrefix(m.desc.class, "echo:"))
	country := ""
	if len(m.desc.countries) == 1 {
		country = m.desc.countries[0]
	}
	var best *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.kind == sDesc || o.kind == sPron || a.typ != graph.Organization {
			continue
		}
		if d.echoesName(a, words, country) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	m.act = best
	return []*actor{best}
}

// echoesName reports whether organisation a is the one words (the
// modifiers and the head) echo: its name or an alias has every
// modifier, and the head or a noun the text used with it ("the charity
// Sea Lifeline"); a generic head ("company") fits any organisation of
// no other kind. With a country, no other country may be named in it.
func (d *doc) echoesName(a *actor, words []string, country string) bool {
	head, mods := words[len(words)-1], words[:len(words)-1]
	for _, name := range append([]string{a.canon}, a.aliases...) {
		nw := strings.Fields(formKey(name))
		if !hasAllWords(nw, mods) {
			continue
		}
		if !contains(nw, head) && !a.nouns[head] && !(genericOrgNoun[head] && !otherKind(a, head)) {
			continue
		}
		if country != "" && d.namesOtherCountry(nw, country) {
			continue
		}
		return true
	}
	return false
}

// hasAllWords reports whether every word of want is among words.
func hasAllWords(words, want []string) bool {
	for _, w := range want {
		if !contains(words, w) {
			return false
		}
	}
	return true
}

// namesOtherCountry reports whether the words of a name hold a country's
// name or nationality other than country ("Tajik Foreign Ministry" is
// no echo of "the Kyrgyz foreign ministry").
func (d *doc) namesOtherCountry(words []string, country string) bool {
	for i := range words {
		for n := 1; n <= 3 && i+n <= len(words); n++ {
			if c := d.countryForm(words[i : i+n]); c != "" && c != country {
				return true
			}
		}
	}
	return false
}
