package nlp

import "strings"

// Score counts one measure of the CoNLL 2018 evaluation: how many items
// the gold standard has, how many the system produced, and how many of
// the system's are correct.
type Score struct {
	Gold, System, Correct int
}

// Precision is Correct/System (0 when the system produced nothing).
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall is Correct/Gold (0 when the gold standard is empty).
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	if s.Gold+s.System == 0 {
		return 0
	}
	return 2 * float64(s.Correct) / float64(s.Gold+s.System)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is the CoNLL 2018 shared task's evaluation of a system's
// sentences against gold sentences of the same text: tokenisation and
// sentence segmentation are scored by byte spans, and the tags, lemmas
// and heads only on the words whose spans the two sides share, so that
// every measure is an F1 over aligned words (a word the tokeniser got
// wrong counts against both precision and recall).
type Evaluation struct {
	Tokens    Score // surface tokens ("don't" is one), by span
	Sentences Score // sentences, by span
	Words     Score // syntactic words ("do", "n't"), by span
	UPOS      Score // aligned words with the gold universal tag
	XPOS      Score // aligned words with the gold Penn tag
	Lemmas    Score // aligned words with the gold lemma
	UAS       Score // aligned words whose head is aligned with the gold head
	LAS       Score // UAS and the gold relation (its universal part, before ':')
}

// Evaluate aligns system with gold by the byte offsets of their tokens
// (both must index the same text) and scores them as the CoNLL 2018
// evaluation script does. A word is aligned when both sides have a word
// with exactly its span; a head is correct when both are the root or the
// system's head is the word aligned with the gold head. Relations are
// compared on their universal part ("acl:relcl" as "acl"), as the
// script's LAS does.
func Evaluate(gold, system []Sentence) Evaluation {
	var ev Evaluation
	ev.Sentences = spanScore(sentenceSpans(gold), sentenceSpans(system))
	ev.Tokens = spanScore(surfaceSpans(gold), surfaceSpans(system))

	gw, gheads := flatten(gold)
	sw, sheads := flatten(system)
	ev.Words = Score{Gold: len(gw), System: len(sw)}
	for _, s := range []*Score{&ev.UPOS, &ev.XPOS, &ev.Lemmas, &ev.UAS, &ev.LAS} {
		*s = Score{Gold: len(gw), System: len(sw)}
	}
	// toSys[g] is the system word aligned with gold word g, or -1.
	toSys := make([]int, len(gw))
	for g := range toSys {
		toSys[g] = -1
	}
	for g, s := 0, 0; g < len(gw) && s < len(sw); {
		a, b := gw[g], sw[s]
		switch {
		case a.Start == b.Start && a.End == b.End:
			toSys[g] = s
			g++
			s++
		case a.Start < b.Start || (a.Start == b.Start && a.End < b.End):
			g++
		default:
			s++
		}
	}
	for g, s := range toSys {
		if s < 0 {
			continue
		}
		a, b := gw[g], sw[s]
		ev.Words.Correct++
		if a.UPOS == b.UPOS {
			ev.UPOS.Correct++
		}
		if a.XPOS == b.XPOS {
			ev.XPOS.Correct++
		}
		if a.Lemma == b.Lemma {
			ev.Lemmas.Correct++
		}
		gh, sh := gheads[g], sheads[s]
		if (gh < 0 && sh < 0 && a.Head == 0 && b.Head == 0) || (gh >= 0 && sh >= 0 && toSys[gh] == sh) {
			ev.UAS.Correct++
			if universal(a.Deprel) == universal(b.Deprel) {
				ev.LAS.Correct++
			}
		}
	}
	return ev
}

// universal returns the universal part of a relation: "nmod" of "nmod:poss".
func universal(deprel string) string {
	if i := strings.IndexByte(deprel, ':'); i >= 0 {
		return deprel[:i]
	}
	return deprel
}

// flatten lists the words of the sentences in order, with the index in
// that list of each word's head (-1 for the root and for unparsed or
// out-of-range heads).
func flatten(sents []Sentence) ([]*Token, []int) {
	var words []*Token
	var heads []int
	for i := range sents {
		base := len(words)
		ts := sents[i].Tokens
		for j := range ts {
			words = append(words, &ts[j])
			h := -1
			if ts[j].Head > 0 && ts[j].Head <= len(ts) {
				h = base + ts[j].Head - 1
			}
			heads = append(heads, h)
		}
	}
	return words, heads
}

type span struct{ start, end int }

func sentenceSpans(sents []Sentence) []span {
	out := make([]span, 0, len(sents))
	for _, s := range sents {
		if len(s.Tokens) > 0 {
			out = append(out, span{s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End})
		}
	}
	return out
}

// surfaceSpans joins the words of a contraction ("do" + "n't") into the
// surface token they were written as, by the tokeniser's own rule: a
// word glued to the next is one token with it when the tokeniser would
// split their concatenation there.
func surfaceSpans(sents []Sentence) []span {
	var out []span
	for _, s := range sents {
		ts := s.Tokens
		for j := 0; j < len(ts); j++ {
			sp := span{ts[j].Start, ts[j].End}
			if j+1 < len(ts) && ts[j+1].Start == ts[j].End && isCliticPair(ts[j].Form, ts[j+1].Form) {
				sp.end = ts[j+1].End
				j++
			}
			out = append(out, sp)
		}
	}
	return out
}

// isCliticPair reports whether the words a and b, written together, are
// one surface token that UD splits in two.
func isCliticPair(a, b string) bool {
	if a == "" || b == "" || !isWordRune([]rune(a)[0]) {
		return false
	}
	return cliticCut(a+b) == len(a)
}

// spanScore counts the spans the two sorted lists share.
func spanScore(gold, sys []span) Score {
	sc := Score{Gold: len(gold), System: len(sys)}
	for g, s := 0, 0; g < len(gold) && s < len(sys); {
		a, b := gold[g], sys[s]
		switch {
		case a == b:
			sc.Correct++
			g++
			s++
		case a.start < b.start || (a.start == b.start && a.end < b.end):
			g++
		default:
			s++
		}
	}
	return sc
}

// Document is one document of a treebank with its raw text rebuilt, as
// the CoNLL 2018 shared task gave it to the systems: the sentences' text
// joined by a space within a paragraph and by a blank line between
// paragraphs. The gold tokens' offsets point into Text.
type Document struct {
	ID        string
	Text      string
	Sentences []Sentence
}

// Documents groups the sentences of a treebank read by ReadCoNLLU into
// documents by their "newdoc" and "newpar" comments (a file without
// them is one document of one paragraph) and rebuilds each document's
// raw text, moving the tokens' offsets into it. The records' tokens are
// modified in place.
func Documents(recs []Record) []Document {
	var (
		docs []Document
		cur  Document
		b    strings.Builder
	)
	flush := func() {
		if len(cur.Sentences) > 0 {
			cur.Text = b.String()
			docs = append(docs, cur)
		}
		cur = Document{}
		b.Reset()
	}
	for i := range recs {
		r := &recs[i]
		newPar := false
		for _, c := range r.Comments {
			switch {
			case strings.HasPrefix(c, "newdoc"):
				flush()
				if _, id, ok := strings.Cut(c, "="); ok {
					cur.ID = strings.TrimSpace(id)
				}
			case strings.HasPrefix(c, "newpar"):
				newPar = true
			}
		}
		if len(r.Sentence.Tokens) == 0 {
			continue
		}
		if b.Len() > 0 {
			if newPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(r.Text)
		s := r.Sentence
		for j := range s.Tokens {
			s.Tokens[j].Start += base
			s.Tokens[j].End += base
		}
		s.Start += base
		s.End += base
		cur.Sentences = append(cur.Sentences, s)
	}
	flush()
	return docs
}
