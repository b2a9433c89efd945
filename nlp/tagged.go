package nlp

// Tagging apart from parsing. A caller that reads the parse of only
// some sentences, and can tell which from their tags and lemmas (a
// sentence with no verb it reads needs no tree), tags a batch first
// (about a quarter of AnnotateAll's cost) and parses only the sentences
// it keeps. The parse of a sentence tagged so is the one AnnotateAll
// gives it: the parser reads only the sentence's own tags, kept from
// tagging, and never changes a tag or a lemma.

// Tagged is a batch of sentences tagged and lemmatised, whose parse is
// left for Parse. It holds the parser's view of each sentence (word
// hashes and tag classes) from tagging, so a sentence parsed later is
// not tagged again. A Tagged is not safe for concurrent use; the Model
// it came from is.
type Tagged struct {
	m      *Model
	sents  []Sentence
	infos  []sentInfo // the parser's view of each sentence, from tagging
	parsed []bool     // whether each sentence is parsed
}

// TagAll tags and lemmatises sents in place as AnnotateAll does
// (UPOS, XPOS and Lemma; Head stays -1 and Deprel empty) and returns
// them as a batch whose sentences Parse parses when asked. It keeps
// sents: the caller must not change their tokens before parsing them.
func (m *Model) TagAll(sents []Sentence) *Tagged {
	t := &Tagged{m: m, sents: sents, infos: make([]sentInfo, len(sents)), parsed: make([]bool, len(sents))}
	w := m.workspace()
	defer m.pool.Put(w)
	for k := range sents {
		s := &sents[k]
		if len(s.Tokens) == 0 {
			t.parsed[k] = true // nothing to parse
			continue
		}
		m.tagSentence(s, w)
		t.infos[k] = w.si.clone()
	}
	return t
}

// Sentences returns the batch's sentences: tagged, and parsed where
// Parse has parsed them.
func (t *Tagged) Sentences() []Sentence { return t.sents }

// Parse parses the batch's sentences [from, to) not parsed yet, in
// place, and returns them: each is the sentence AnnotateAll would have
// given.
func (t *Tagged) Parse(from, to int) []Sentence {
	var w *workspace
	for k := from; k < to; k++ {
		if t.parsed[k] {
			continue
		}
		if w == nil {
			w = t.m.workspace()
			defer t.m.pool.Put(w)
		}
		w.si, t.infos[k] = t.infos[k], w.si
		t.m.parseSentence(&t.sents[k], w)
		w.si, t.infos[k] = t.infos[k], sentInfo{} // the workspace keeps the buffers
		t.parsed[k] = true
	}
	return t.sents[from:to]
}

// clone returns a copy of si in two allocations (its word and tag
// columns in one, its counts in the other), for a sentence whose parse
// waits while the workspace tags others.
func (si *sentInfo) clone() sentInfo {
	n64 := len(si.w) + len(si.p) + len(si.u) + len(si.suf)
	n32 := len(si.commas) + len(si.puncts) + len(si.verbs)
	b64 := make([]uint64, 0, n64)
	b32 := make([]int32, 0, n32)
	var c sentInfo
	c.w, b64 = appendPart(b64, si.w)
	c.p, b64 = appendPart(b64, si.p)
	c.u, b64 = appendPart(b64, si.u)
	c.suf, _ = appendPart(b64, si.suf)
	c.commas, b32 = appendPart(b32, si.commas)
	c.puncts, b32 = appendPart(b32, si.puncts)
	c.verbs, _ = appendPart(b32, si.verbs)
	return c
}

// appendPart appends part to buf, whose capacity holds it, and returns
// the copy (capped, so that appending to it cannot reach the next part)
// and the grown buf.
func appendPart[T any](buf, part []T) ([]T, []T) {
	n := len(buf)
	buf = append(buf, part...)
	return buf[n:len(buf):len(buf)], buf
}
