package extract

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Descriptions of a body by its kind: "the central bank", "the unit",
// "the military", "prosecutors". Each refers back to the organisation
// of that kind named last before it (lexicon/body_references.tsv says
// which names are of which kind): "the central bank" after "the
// Central Bank of Kenya" or "the National Bank of Poland", "the unit"
// after "the Athletics Integrity Unit". A kind whose body the text has
// not named leaves the description unresolved: "the army" in a story
// that names only a rebel "National Liberation Army" is not that army.

//go:embed lexicon/body_references.tsv
var bodyReferencesTSV string

// bodyKind is one line of lexicon/body_references.tsv.
type bodyKind struct {
	name    string
	phrases []string   // after "the", as formKey keys
	bare    []string   // also without "the"
	names   [][]string // word sequences of a name of the kind (lower case; "{country}" a slot)
	not     [][]string // word sequences that rule a name out
	notName []string   // whole names ruled out (formKey keys)
	unnamed []string   // phrases that stand for the story country's body when none is named (formKey keys)
}

var bodyKinds = mustBodyKinds(bodyReferencesTSV)

// bodyPhrase maps a description's words (a formKey key) to its kind.
var bodyPhrase = bodyPhrases(bodyKinds)

// bodyPhraseFirst holds the first word of every phrase, for a quick
// reject while reading a sentence.
var bodyPhraseFirst = func() map[string]bool {
	out := map[string]bool{}
	for p := range bodyPhrase {
		first, _, _ := strings.Cut(p, " ")
		out[first] = true
	}
	return out
}()
var bodyPhraseFirstClass = classOf(bodyPhraseFirst)

func mustBodyKinds(src string) []*bodyKind {
	ks, err := parseBodyKinds(src)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return ks
}

// parseBodyKinds reads lexicon/body_references.tsv; a phrase listed for
// two kinds is refused, as is a bare phrase that is not one of its
// kind's phrases.
func parseBodyKinds(src string) ([]*bodyKind, error) {
	rows, err := tsvRows("lexicon/body_references.tsv", src, 5, 6)
	if err != nil {
		return nil, fmt.Errorf("%w (kind, phrases, bare, names, not[, unnamed])", err)
	}
	seen := map[string]string{}
	var out []*bodyKind
	for _, r := range rows {
		f := r.fields
		k := &bodyKind{name: f[0]}
		for _, p := range bars(f[1]) {
			key := formKey(p)
			if other, dup := seen[key]; dup {
				return nil, r.errorf("phrase %q is listed for %s already", p, other)
			}
			seen[key] = k.name
			k.phrases = append(k.phrases, key)
		}
		for _, p := range bars(f[2]) {
			key := formKey(p)
			if seen[key] != k.name {
				return nil, r.errorf("bare phrase %q is not one of the kind's phrases", p)
			}
			k.bare = append(k.bare, key)
		}
		for _, n := range bars(f[3]) {
			k.names = append(k.names, strings.Fields(formKey(n)))
		}
		for _, n := range bars(f[4]) {
			if rest, whole := strings.CutPrefix(n, "="); whole {
				k.notName = append(k.notName, formKey(rest))
				continue
			}
			k.not = append(k.not, strings.Fields(formKey(n)))
		}
		if len(f) > 5 {
			for _, p := range bars(f[5]) {
				key := formKey(p)
				if !contains(k.phrases, key) {
					return nil, r.errorf("unnamed phrase %q is not one of the kind's phrases", p)
				}
				k.unnamed = append(k.unnamed, key)
			}
		}
		if k.name == "" || len(k.phrases) == 0 || len(k.names) == 0 {
			return nil, r.errorf("a kind needs a name, phrases and names")
		}
		out = append(out, k)
	}
	return out, nil
}

// bars splits a |-separated field; "-" is none.
func bars(field string) []string {
	if field == "-" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(field, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func bodyPhrases(ks []*bodyKind) map[string]*bodyKind {
	out := map[string]*bodyKind{}
	for _, k := range ks {
		for _, p := range k.phrases {
			out[p] = k
		}
	}
	return out
}

// formKey of "{country}" keeps its braces as one word.
const countrySlot = "{ country }"

// isCountrySlot reports whether seq, words without spaces (the fields
// of a formKey), starts with countrySlot's three words: what joining
// its first three tested, without building the string.
func isCountrySlot(seq []string) bool {
	return len(seq) >= 3 && seq[0] == "{" && seq[1] == "country" && seq[2] == "}"
}

// bodyDescriptions marks "the <phrase>" (and a bare phrase the lexicon
// allows without "the") as a description of a body of that phrase's
// kind: class "org:<phrase>". Not when a capitalised word follows ("the
// Central Bank Governor") or a noun goes on with the phrase as its
// modifier ("the military balance", "the army chief").
func (d *doc) bodyDescriptions(segs []segment, s sentence) []segment {
	for i := s.a; i < s.b; i++ {
		if !d.tokIs(i, bodyPhraseFirstClass) {
			continue
		}
		key, end := d.bodyPhraseAt(i, s)
		if key == "" || !d.phraseEndsAt(end, s) || d.ownedByOf(end, s) {
			continue
		}
		segs = d.dropOpeningWord(segs, i, end, s)
		segs = dropShorterDescription(segs, i, end)
		if d.covered(segs, i) {
			continue
		}
		k := bodyPhrase[key]
		start := i
		switch {
		case i > s.a && d.toks[i-1].low == "the" && !d.toks[i].cap:
			start = i - 1
		case contains(k.bare, key) && d.bareStart(i, s):
		default:
			continue
		}
		if d.covered(segs, start) {
			continue
		}
		segs = append(segs, segment{kind: sDesc, a: start, b: end, class: "org:" + key})
		i = end - 1
	}
	return segs
}

// dropOpeningWord drops the name segment a capitalised common noun
// opening the sentence was taken for ("Prosecutors said …"): the
// phrase [i, end) is a description.
func (d *doc) dropOpeningWord(segs []segment, i, end int, s sentence) []segment {
	if i != s.a && i != d.skipDateline(s) {
		return segs
	}
	for k, sg := range segs {
		if sg.kind == sName && sg.a == i && sg.b == end {
			return append(segs[:k:k], segs[k+1:]...)
		}
	}
	return segs
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// bodyPhraseAt returns the longest phrase of the lexicon written in
// lower case from token i, and the token after it; "" when none.
func (d *doc) bodyPhraseAt(i int, s sentence) (string, int) {
	best, end := "", i
	var key strings.Builder
	for j := i; j < s.b && j-i < 4; j++ {
		t := d.toks[j]
		if t.kind != tWord && t.kind != tPoss || j > i && t.cap {
			break
		}
		if j > i {
			key.WriteByte(' ')
		}
		key.WriteString(t.low)
		if bodyPhrase[key.String()] != nil {
			best, end = key.String(), j+1
		}
	}
	return best, end
}

// bareStart reports whether a phrase at token i stands without "the"
// as a noun phrase of its own: first in its sentence or right after its
// dateline (capitalised there), or after punctuation, a preposition, a conjunction or a verb
// ("In exchange, prosecutors said", "cooperate with prosecutors"), not
// after an adjective or a name that would make it some other body's
// ("Romanian prosecutors", "anti-corruption prosecutors").
func (d *doc) bareStart(i int, s sentence) bool {
	if i == s.a || i == d.skipDateline(s) {
		return true // "QUITO, June 2 (Wire) - Police said …"
	}
	if d.toks[i].cap {
		return false
	}
	p := d.toks[i-1]
	switch {
	case p.kind == tPunct:
		return !isHyphen(rune(p.text[0]))
	case p.kind != tWord || p.cap:
		return false
	case p.low == "and" || p.low == "or" || p.low == "but" || p.low == "that":
		return true
	}
	return p.is(prepositionsClass) || p.is(auxiliariesClass) || p.is(speechVerbsClass) || p.is(lexVerbWordsClass)
}

// ownedByOf reports whether "of" at token k names whose body the
// phrase before it is ("the army of Moldova", "the central bank of the
// Philippines"): a body of its own, no reference back. Not a charge's
// "of" ("accused the army of killing …", "of recklessness").
func (d *doc) ownedByOf(k int, s sentence) bool {
	if k >= s.b || d.toks[k].low != "of" {
		return false
	}
	k++
	if k < s.b && d.toks[k].low == "the" {
		k++
	}
	return k < s.b && d.toks[k].kind == tWord && d.toks[k].cap
}

// phraseEndsAt reports whether a noun phrase can end right before token
// n: n is past the sentence, punctuation, a possessive, or a lower-case
// word that does not go on with the phrase as its modifier (not "the
// military balance", "the army chief", nor a capitalised name).
func (d *doc) phraseEndsAt(n int, s sentence) bool {
	if n >= s.b {
		return true
	}
	t := d.toks[n]
	return !(t.kind == tWord && t.cap) && !goesOnAsModifier(t)
}

// goesOnAsModifier reports whether the lower-case word t after a noun
// makes that noun its modifier ("military logistics"): t is no
// preposition, auxiliary, verb, "and"/"or", past form (irregular ones
// too: "parliament overrode", "police found") or adverb.
func goesOnAsModifier(t token) bool {
	return t.kind == tWord && !t.cap && !t.is(prepositionsClass) && !t.is(auxiliariesClass) && !t.is(lexVerbWordsClass) && !t.is(speechVerbsClass) &&
		t.low != "and" && t.low != "or" && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ly") && !irregularPast(t.low)
}

// resolveBody (rule description:body): the organisation of the
// description's kind named last before it. Of armed forces, when the
// text has named several, the one of the dateline's country, else
// none. A description the text used before it named any body of the
// kind, in an earlier sentence, introduced an unnamed body ("prosecutors
// said …" before "the European Public Prosecutor's Office" opened
// an inquiry of its own): later descriptions of the kind are that body
// too, and stay unresolved.
func (d *doc) resolveBody(r *reader, m *mention) []*actor {
	k := bodyPhrase[strings.TrimPrefix(m.desc.class, "org:")]
	var cands []*actor
	firstSent := map[*actor]int{}
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || o.kind == sDesc || o.kind == sPron || a.typ != graph.Organization || !d.isBody(k, a) {
			continue
		}
		if _, seen := firstSent[a]; !seen {
			firstSent[a] = o.sent
		}
		cands = append(cands, a)
	}
	if len(cands) == 0 {
		return nil
	}
	best := cands[len(cands)-1]
	if k.name == "armed-forces" && distinct(cands) > 1 {
		best = d.datelineBody(cands)
		if best == nil {
			return nil
		}
	}
	if d.bodyIntroducedUnnamed(k, m, firstSent[best]) {
		return nil
	}
	m.act = best
	return []*actor{best}
}

func distinct(as []*actor) int {
	seen := map[*actor]bool{}
	for _, a := range as {
		seen[a] = true
	}
	return len(seen)
}

// datelineBody is the one of bodies whose name names the dateline's
// country, nil when there is not exactly one.
func (d *doc) datelineBody(bodies []*actor) *actor {
	home := d.datelineCountryName()
	if home == "" {
		return nil
	}
	var found *actor
	for _, a := range bodies {
		if a == found || !d.namesCountry(a.canon, home) {
			continue
		}
		if found != nil {
			return nil
		}
		found = a
	}
	return found
}

// namesCountry reports whether name has a form of country (its name or
// nationality) among its words.
func (d *doc) namesCountry(name, country string) bool {
	words := strings.Fields(formKey(name))
	for i := range words {
		for n := 1; n <= 3 && i+n <= len(words); n++ {
			if d.countryForm(words[i:i+n]) == country {
				return true
			}
		}
	}
	return false
}

// bodyIntroducedUnnamed reports whether a description of kind k came
// before m in a sentence before named (the sentence that first named
// the body m would resolve to).
func (d *doc) bodyIntroducedUnnamed(k *bodyKind, m *mention, named int) bool {
	for _, o := range d.ments {
		if o.sent >= named || o.sent >= m.sent {
			break
		}
		if o.kind == sDesc && o.desc != nil && bodyPhrase[strings.TrimPrefix(o.desc.class, "org:")] == k {
			return true
		}
	}
	return false
}

// isBody reports whether organisation a is a body of kind k by its
// name or one of its aliases.
func (d *doc) isBody(k *bodyKind, a *actor) bool {
	if d.bodyName(k, a.canon) {
		return true
	}
	for _, al := range a.aliases {
		if d.bodyName(k, al) {
			return true
		}
	}
	return false
}

// bodyName reports whether name is that of a body of kind k: it has one
// of the kind's word sequences and none that rule it out.
func (d *doc) bodyName(k *bodyKind, name string) bool {
	key := formKey(name)
	if contains(k.notName, key) {
		return false
	}
	words := strings.Fields(key)
	for _, n := range k.not {
		if d.hasSequence(words, n) {
			return false
		}
	}
	for _, n := range k.names {
		if d.hasSequence(words, n) {
			return true
		}
	}
	return false
}

// hasSequence reports whether words holds the sequence seq, in which
// the slot "{country}" stands for one to three words that are a
// country's name or nationality in the gazetteer.
func (d *doc) hasSequence(words, seq []string) bool {
	for i := range words {
		if d.sequenceAt(words, i, seq) {
			return true
		}
	}
	return false
}

func (d *doc) sequenceAt(words []string, i int, seq []string) bool {
	if len(seq) == 0 {
		return true
	}
	if i >= len(words) {
		return false
	}
	if isCountrySlot(seq) {
		for n := 1; n <= 3 && i+n <= len(words); n++ {
			if d.countryForm(words[i:i+n]) != "" && d.sequenceAt(words, i+n, seq[3:]) {
				return true
			}
		}
		return false
	}
	return words[i] == seq[0] && d.sequenceAt(words, i+1, seq[1:])
}
