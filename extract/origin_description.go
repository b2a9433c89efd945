package extract

// originDescription (rule description:organisation, originDescription)
// reads "the" and one word saying where a body is based or who owns it
// (originSuffixes: "Basel-based", "state-owned", "Kremlin-backed")
// before an organisation's description noun at token i as a description
// of that body: "The Basel-based company accused …", "the Abu
// Dhabi-based carrier". It returns the token of the "the", or -1. The
// origin word names no one of its own (originWordOpensName).
func (d *doc) originDescription(i int, s sentence) int {
	if i-2 < s.a || d.toks[i-2].low != "the" || !d.phraseEndsAt(i+1, s) {
		return -1
	}
	t := d.toks[i-1]
	if t.kind != tWord {
		return -1
	}
	h := lastHyphen(t.low)
	if h <= 0 || !originSuffixes[t.low[h+1:]] {
		return -1
	}
	return i - 2
}
