package nlp

// BeamOracle scores the beam's final items of each gold sentence (from
// gold tokens, with the model's own tags) against the gold annotation:
// first is the beam's first item, best the item with the most right
// heads, then the most right relations: the target the reranker is
// trained toward. Both are raw items, before the relabeller and the
// rules. Their distance bounds what any reranker of these items could
// gain, relation by relation: a relation whose best-item F1 stays low
// is one the parser does not propose, which only its training or
// features can change. It needs a beam (Width ≥ 2).
func (m *Model) BeamOracle(gold []Sentence) (first, best Accuracy) {
	w := &workspace{}
	for i := range gold {
		toks := gold[i].Tokens
		if len(toks) == 0 {
			continue
		}
		m.tag(toks, w)
		items := m.finalItems(w)
		if len(items) == 0 {
			continue
		}
		top := m.itemSentence(toks, w, items[0])
		first.Add(&gold[i], &top)
		b := bestItem(&gold[i], items, m.labels)
		oracle := m.itemSentence(toks, w, items[b])
		best.Add(&gold[i], &oracle)
	}
	return first, best
}

// itemSentence returns a copy of toks with the tags of w and the heads
// and relations of a final item.
func (m *Model) itemSentence(toks []Token, w *workspace, it rerankCand) Sentence {
	s := Sentence{Tokens: make([]Token, len(toks))}
	for j, t := range toks {
		s.Tokens[j] = Token{Form: t.Form, Norm: t.Norm, Start: t.Start, End: t.End,
			UPOS: m.tagger.upos[w.us[j]], XPOS: m.tagger.xpos[w.xs[j]],
			Head: int(it.Heads[j+1]), Deprel: m.labels[it.Labels[j+1]]}
	}
	return s
}

// bestItem returns the index of the item with the most right heads of
// gold, then the most right relations (the earliest of equals).
func bestItem(gold *Sentence, items []rerankCand, labels []string) int {
	best, bestHeads, bestLabels := 0, -1, -1
	for k, it := range items {
		h, l := 0, 0
		for j, t := range gold.Tokens {
			if int(it.Heads[j+1]) == t.Head {
				h++
				if labels[it.Labels[j+1]] == t.Deprel {
					l++
				}
			}
		}
		if h > bestHeads || h == bestHeads && l > bestLabels {
			best, bestHeads, bestLabels = k, h, l
		}
	}
	return best
}
