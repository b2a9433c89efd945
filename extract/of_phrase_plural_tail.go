package extract

import "strings"

// innerHeadPluralTail (rule mention.member-noun-tail) reports whether
// the organisation head at token k is only a modifier deep inside the
// "of" phrase of an earlier head, the phrase running on to the one
// capitalised plural noun that ends the run at b: "National Association
// of Statutory Health Insurance Funds", "Association of Research-based
// Pharmaceutical Companies", "Federation of German Pharmaceutical
// Companies". memberNounTail takes a head right after "of"
// ("Association of Pharmaceutical Companies"); here capitalised words
// (or a tight hyphenated compound) stand between "of" and the head. The
// plural is no title, head, given name or place, and the "of" follows
// an organisation's head.
func (d *doc) innerHeadPluralTail(a, k, b int) bool {
	toks := d.toks
	if b-k != 2 {
		return false
	}
	t := toks[b-1]
	if t.kind != tWord || !t.cap || t.upper || t.is(titleWordsClass) || firstNames[t.low] || t.is(orgHeadsClass) {
		return false
	}
	if !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") {
		return false
	}
	if _, _, ok := d.gazAt(b-1, b); ok {
		return false
	}
	for j := k - 1; j > a; j-- {
		u := toks[j]
		switch {
		case u.kind == tWord && u.low == "of" && !u.cap:
			return j+1 < k && toks[j-1].kind == tWord && toks[j-1].is(orgHeadsClass)
		case u.kind == tWord && u.cap && !u.is(titleWordsClass):
		case u.kind == tPunct && u.tight && u.text != "" && isHyphen(rune(u.text[0])):
		case u.kind == tWord && u.tight && j > a && toks[j-1].kind == tPunct && toks[j-1].tight:
			// "Research-based": the lower-case half after a tight hyphen
		default:
			return false
		}
	}
	return false
}
