package extract

// titleBeforeTail (rule role.possessive-title, titleBeforeTail) returns
// the index of the title segment before the person's name segment k
// when a short prepositional phrase of where or to whom the office is
// held comes between them, the name set off by a comma: "Chile's envoy
// in Geneva, Rosa Millan,", "Iran's ambassador to the agency, X,", "the
// IMF's mission chief for Laos, X,", "the Red Cross's head of
// delegation in Kyiv, X,". The office is the possessor's, not the
// place's. It returns -1 when there is no such title.
func (d *doc) titleBeforeTail(segs []segment, k int, s sentence) int {
	comma := segs[k].a - 1
	if comma <= s.a || d.toks[comma].text != "," {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		sg := segs[j]
		if sg.kind == sTitle {
			if d.officeTail(sg.b, comma, s) {
				return j
			}
			return -1
		}
		if sg.a < comma-roleTailWords || sg.kind == sName && sg.afterTitle {
			return -1
		}
	}
	return -1
}

// roleTailWords is the most tokens a title's tail may have.
const roleTailWords = 6

// officeTail reports whether tokens [a, b) are a phrase after a title
// that opens with a preposition of place or address (officeTailOpeners)
// and holds only words, no verb, auxiliary or punctuation but a
// dotted abbreviation's ("to the U.N."): "in Vienna", "to the United
// Nations", "of delegation in Kyiv".
func (d *doc) officeTail(a, b int, s sentence) bool {
	if b-a < 2 || b-a > roleTailWords || b > s.b || !officeTailOpeners[d.toks[a].low] || d.toks[a].cap {
		return false
	}
	for x := a + 1; x < b; x++ {
		t := d.toks[x]
		if t.kind != tWord && t.text != "." || t.is(auxiliariesClass) || !t.cap && t.is(lexVerbWordsClass) || t.low == "and" || t.low == "who" {
			return false
		}
	}
	return true
}

// officeTailOpeners open the phrase of where or to whom an office is
// held ("envoy in Vienna", "ambassador to the UN", "mission chief for
// Laos", "head of delegation").
var officeTailOpeners = set("in", "to", "at", "for", "of")
