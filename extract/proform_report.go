package extract

import "strings"

// proformReport (rule stmt.reported-clause): "X has said the same thing,
// including in a speech last month", "Y said much the same about the
// tariffs", "Z said little when asked": the words after the cue open
// with a pro-form (proformObjects) that stands for words said
// elsewhere, and no clause of their own follows it (the next word is no
// verb of the parse: "said the same thing would happen" and "said
// little had changed" report). Such words carry nothing a reader could
// quote; the statement would be a fragment. [cs, ce) is the clause
// stmt.reported-clause read in sentence si.
func (d *doc) proformReport(si, cs, ce int) bool {
	n := d.proformAt(cs, ce)
	if n == 0 {
		return false
	}
	next := cs + n
	if next >= ce {
		return true
	}
	if low := d.toks[next].low; low == "of" || low == "that" {
		return false // "said little of the aid arrived", "said much the same that …"
	}
	return !d.verbAt(si, next)
}

// proformObjects are the pro-forms that stand for words said elsewhere,
// longest first so that "the same thing" wins over "the same".
var proformObjects = [][]string{
	{"much", "the", "same", "thing"},
	{"much", "the", "same"},
	{"the", "same", "thing"},
	{"the", "same", "things"},
	{"the", "same"},
	{"something", "similar"},
	{"similar", "things"},
	{"as", "much"},
	{"little"},
	{"much"},
}

// proformAt returns how many tokens of a pro-form of proformObjects open
// [cs, ce), 0 when none does.
func (d *doc) proformAt(cs, ce int) int {
	return proformLen(ce-cs, func(k int) string { return d.toks[cs+k].low })
}

// proformLen returns the length of the first pro-form of proformObjects
// that the n words word(0), word(1), … open with (compared without
// case), 0 when none does; the surface rule and the parse's reading
// share it.
func proformLen(n int, word func(k int) string) int {
next:
	for _, p := range proformObjects {
		if len(p) > n {
			continue
		}
		for k, w := range p {
			if !strings.EqualFold(word(k), w) {
				continue next
			}
		}
		return len(p)
	}
	return 0
}

// proformComplement is proformReport for the parse's reading
// (complementReport): the words from..to (inclusive) that a reporting
// verb's ccomp spans open with a pro-form, and the word after it is no
// verb ("said much the same about the tariffs", "said as much to
// reporters", where the parser made "same" or "much" a clause).
func proformComplement(ds *depSent, from, to int) bool {
	n := proformLen(to-from+1, func(k int) string { return ds.form(from + k) })
	if n == 0 {
		return false
	}
	after := from + n
	if after > to {
		return true
	}
	if l := strings.ToLower(ds.form(after)); l == "of" || l == "that" {
		return false
	}
	u := ds.words[after].UPOS
	return u != "VERB" && u != "AUX"
}
