package extract

import "strings"

// pluralNounTrigger tells whether the verb trigger at token i of
// sentence si is a plural noun after its modifier: "sent artillery
// shells to X", "sold tank shells to Y", "missile strikes" are things,
// not X shelling or striking anyone. The surface patterns match a
// verb's word forms, and "-s" forms of verbs such as shell, bomb,
// strike, raid and attack are also plural nouns. It holds when the
// trigger ends in "s", the word before it is a lower-case word, and the
// tagger reads the trigger as a NOUN and the word before as a NOUN or an
// ADJ: a subject before a verb in "-s" ("Russia shells", "the army
// bombs") is a name or a determined noun, which this leaves alone. Only
// the tags are needed (taggedSentence), so no sentence is parsed for it.
// The caller asks only for ASSAULT triggers: a weapon's plural names no
// attack, while goods after a verb of giving ("sent 40 tonnes of medical
// supplies to X") still name the gift the surface pattern reads.
func (d *doc) pluralNounTrigger(si int, s sentence, i int) bool {
	t := &d.toks[i]
	if !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || i-1 < s.a {
		return false
	}
	prev := &d.toks[i-1]
	if prev.kind != tWord || capitalised(prev.text) {
		return false
	}
	trigger, modifier := "", ""
	sp := d.parseSpan(s) // the tags are of the words after a dateline (negotiation_sides.go)
	k := sp.a
	for _, ps := range d.taggedSentence(si) {
		for _, w := range ps.Tokens {
			var tok int
			k, tok = d.tokenFrom(sp, k, sp.s+w.Start)
			switch tok {
			case i - 1:
				modifier = w.UPOS
			case i:
				trigger = w.UPOS
			}
		}
	}
	return trigger == "NOUN" && (modifier == "NOUN" || modifier == "ADJ")
}
