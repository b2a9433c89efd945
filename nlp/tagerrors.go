package nlp

// What tagging errors cost the parse: the parser is given the gold tags
// of one class of tokens (say the nouns tagged as proper nouns) and the
// tagger's everywhere else, and the scores compared with the tagger's
// alone (cmd/nlptrain -tag-errors).

// ScoreFixingTags annotates a copy of every gold sentence's tokens as
// Score does, except that the parser (and the lemmatiser and the rules
// after parsing) read the gold UPOS and XPOS of each token for which fix
// is true; fix is given the gold token and the token as tagged. A gold
// tag the model has no class for is left as tagged. The Accuracy's UPOS
// and XPOS count the tags the parser read.
func (m *Model) ScoreFixingTags(gold []Sentence, fix func(gold, tagged *Token) bool) Accuracy {
	uIndex, xIndex := indexOf(m.tagger.upos), indexOf(m.tagger.xpos)
	w := m.workspace()
	defer m.pool.Put(w)
	var a Accuracy
	for k := range gold {
		g := &gold[k]
		sys := Sentence{Tokens: make([]Token, len(g.Tokens))}
		for j, t := range g.Tokens {
			sys.Tokens[j] = Token{Form: t.Form, Norm: t.Norm, Start: t.Start, End: t.End, SpaceAfter: t.SpaceAfter, Head: -1}
		}
		if len(sys.Tokens) == 0 {
			continue
		}
		m.tag(sys.Tokens, w)
		changed := false
		for i := range sys.Tokens {
			t := &sys.Tokens[i]
			t.UPOS, t.XPOS = m.tagger.upos[w.us[i]], m.tagger.xpos[w.xs[i]]
			if !fix(&g.Tokens[i], t) {
				continue
			}
			if u, ok := uIndex[g.Tokens[i].UPOS]; ok && uint8(u) != w.us[i] {
				w.us[i], changed = uint8(u), true
			}
			if x, ok := xIndex[g.Tokens[i].XPOS]; ok && uint8(x) != w.xs[i] {
				w.xs[i], changed = uint8(x), true
			}
			t.UPOS, t.XPOS = m.tagger.upos[w.us[i]], m.tagger.xpos[w.xs[i]]
		}
		if changed {
			w.si.fill(w.ws, w.us, w.xs, m.punct())
			if m.templates >= 3 {
				w.si.fill3(w.ws, w.us, m.verb())
			}
		}
		Lemmatize(&sys)
		m.parseSentence(&sys, w)
		a.Add(g, &sys)
	}
	return a
}
