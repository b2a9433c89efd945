package nlp

import "strings"

// frontedParticipleIsAdverbial rewrites a sentence opened by a
// participial phrase that the parser made the root, with the main
// clause after the comma its parataxis: "Financed entirely with his
// own money, these schools were closed in 1994." UD makes the clause
// with the subject the root and the fronted participle its advcl. It
// applies when the root is the sentence's first word, a verb tagged as
// a participle (VBN, VBG) or as a regular past form (VBD ending in
// "-ed": a sentence-initial "Buried" with no subject is a participle,
// "Took 1 hour to deliver" is a review's past tense without its
// subject) with neither subject nor auxiliary nor clausal complement,
// and its parataxis after it has a subject and a comma right before
// its first word. The root's dependents after that clause (the final
// full stop) move to it. (EWT dev and test: fires on none; PUD: two
// sentences, 6 arcs mended, none broken.) A participle with a clausal
// complement ("Asked whether she would resign, she smiled") is left:
// extraction reads a fronted cue's complement hung on a clause as a
// statement of that clause's subject, a false statement in
// testdata/heldout/rate_rise.txt.
func frontedParticipleIsAdverbial(s *Sentence) {
	if len(s.Tokens) < 4 || s.Tokens[0].Head != 0 || s.Tokens[0].UPOS != "VERB" {
		return
	}
	switch s.Tokens[0].XPOS {
	case "VBN", "VBG":
	case "VBD": // a regular past form is also the participle; "Took" is not
		if !strings.HasSuffix(strings.ToLower(s.Tokens[0].Form), "ed") {
			return
		}
	default:
		return
	}
	if hasSubject(s, 0) || hasChild(s, 0, "csubj") || hasChild(s, 0, "aux") || hasChild(s, 0, "aux:pass") || hasChild(s, 0, "ccomp") {
		return
	}
	p := -1
	for j := 1; j < len(s.Tokens); j++ {
		if s.Tokens[j].Head == 1 && s.Tokens[j].Deprel == "parataxis" && hasSubject(s, j) {
			p = j
			break
		}
	}
	if p < 0 {
		return
	}
	first, last := p, p // the clause's words, punctuation aside
	for k := range s.Tokens {
		if s.Tokens[k].UPOS != "PUNCT" && dominates(s, p, k) {
			first, last = min(first, k), max(last, k)
		}
	}
	if first < 2 || s.Tokens[first-1].Form != "," {
		return
	}
	s.Tokens[p].Head, s.Tokens[p].Deprel = 0, "root"
	s.Tokens[0].Head, s.Tokens[0].Deprel = p+1, "advcl"
	for k := last + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].Head == 1 {
			s.Tokens[k].Head = p + 1
		}
	}
}
