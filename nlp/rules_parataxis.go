package nlp

// Rules after parsing for clauses set side by side (issue 11's
// parataxis): UD annotates a clause joined to another by a semicolon as
// the other's parataxis, where the parser often hangs it lower in the
// first clause or calls it a conjunct.

// semicolonClauseIsParataxis hangs the clause after a semicolon on the
// clause before it as parataxis: "The censorship disposed of all
// opinions; participation in public life had become impossible." It
// applies when the words between this semicolon and the next (or the
// sentence's end) hang, punctuation aside, from one token that has a
// subject among them and no coordinating conjunction of its own (";
// and …" stays a conjunct), and the words since the previous semicolon
// hang from one token too, which the clause does not govern. (Gold
// trees, such clauses: EWT train parataxis 32, conj 11, root 3, other
// 4; PUD parataxis 16 of 16.)
func semicolonClauseIsParataxis(s *Sentence) {
	start := 0
	for k := range s.Tokens {
		if s.Tokens[k].Form != ";" {
			continue
		}
		end := k + 1
		for end < len(s.Tokens) && s.Tokens[end].Form != ";" {
			end++
		}
		x, y := segmentTop(s, start, k), segmentTop(s, k+1, end)
		start = k + 1
		if x < 0 || y < 0 || dominates(s, y, x) || (s.Tokens[y].Head == x+1 && s.Tokens[y].Deprel == "parataxis") {
			continue
		}
		subj, cc := false, false
		for j := k + 1; j < end; j++ {
			if s.Tokens[j].Head != y+1 {
				continue
			}
			switch s.Tokens[j].Deprel {
			case "nsubj", "nsubj:pass", "expl", "csubj", "csubj:pass":
				subj = true
			case "cc":
				cc = true
			}
		}
		if subj && !cc {
			s.Tokens[y].Head, s.Tokens[y].Deprel = x+1, "parataxis"
		}
	}
}

// segmentTop returns the one token of lo..hi-1, punctuation aside, whose
// head lies outside that span; -1 when there are none or several.
func segmentTop(s *Sentence, lo, hi int) int {
	top := -1
	for i := lo; i < hi; i++ {
		if h := s.Tokens[i].Head - 1; (h >= lo && h < hi) || s.Tokens[i].UPOS == "PUNCT" {
			continue
		}
		if top >= 0 {
			return -1
		}
		top = i
	}
	return top
}
