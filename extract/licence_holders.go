package extract

// This file reads the holder of a licence described before it is named
// (rule "parse: sanction on a proxy", licenceHolders): "revoked the
// licence of Australian gold producer Coolabah Resources", "suspended
// the import licence of its Indian manufacturer, Varanasi Lifecare".
// The described holder is a common noun; the name that follows it is
// the holder, whether the parser hung it on the noun (apposition, flat,
// compound) or, as it often does after a comma or a nationality, on
// the verb.

// describedHolderName returns the word heading the name that follows
// the common noun c describing a licence's holder, or -1: a proper-noun
// apposition or flat name under c, else a run of proper nouns starting
// right after c (after a comma or not) that ends the phrase; a
// nationality or other modifier before c is never the holder.
func describedHolderName(ds *depSent, c int) int {
	for _, k := range ds.children(c, "appos", "flat") {
		if k > c && ds.words[k].UPOS == "PROPN" {
			return k
		}
	}
	start := c + 1
	if start < len(ds.words) && ds.form(start) == "," {
		start++
	}
	end := start
	for end < len(ds.words) && ds.words[end].UPOS == "PROPN" {
		end++
	}
	if end == start {
		return -1
	}
	// The run's head is the one word of it whose head lies outside it.
	for k := start; k < end; k++ {
		if h := ds.head(k); h < start || h >= end {
			return k
		}
	}
	return -1
}
