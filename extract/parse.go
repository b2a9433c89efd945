package extract

import "github.com/newsgraph/newsgraph/nlp"

// This file gives the readers the dependency parse of a sentence
// (package nlp). Parsing is most of extraction's cost, so a sentence is
// parsed at most once per article (doc.parses), only when a reader's
// cheap test says it may find something there (mayReport,
// mayInteract), and the sentences that are sure to be asked for are
// parsed before reading, all in one nlp.AnnotateAll batch: the parser
// tags every sentence of a batch before parsing any, which spares the
// caches (BENCHMARKS.md, "Speed of the tagger and parser"). A parse does
// not depend on the batch it was made in, so what is read stays the
// same whichever way a sentence was parsed.

// depSent is one parsed sentence with each word's extraction token.
type depSent struct {
	words []nlp.Token
	tok   []int // index into doc.toks of each word, -1 when none
}

// parsed returns the parse of sentence si, parsing it once per
// extraction (parseAhead may have done it already).
func (d *doc) parsed(si int) []depSent {
	if ds, ok := d.parses[si]; ok {
		return ds
	}
	if d.parses == nil {
		d.parses = map[int][]depSent{}
	}
	ds := d.parseSentence(d.sents[si])
	d.parses[si] = ds
	return ds
}

// parseSentence parses extraction sentence s alone; nil when the parser
// is unavailable. Words are numbered as in nlp (Head 1-based).
func (d *doc) parseSentence(s sentence) []depSent {
	m, err := nlp.Default()
	if err != nil || s.e <= s.s {
		return nil
	}
	return d.depSents(s, m.Parse(d.text[s.s:s.e]))
}

// parseAhead parses in one batch the sentences read will surely ask
// the parse of (parsedForSure), before it reads any. Sentences whose
// need depends on what the surface rules read are left to parsed.
func (d *doc) parseAhead(r *reader) {
	if d.parseOneByOne {
		return
	}
	m, err := nlp.Default()
	if err != nil {
		return // parsed finds no parser either
	}
	var want []int
	for si, s := range d.sents {
		if s.e > s.s && d.parsedForSure(r, si, s) {
			want = append(want, si)
		}
	}
	if len(want) == 0 {
		return
	}
	var batch []nlp.Sentence
	ends := make([]int, len(want)) // end of each sentence's part of batch
	for k, si := range want {
		s := d.sents[si]
		batch = append(batch, nlp.Tokenize(d.text[s.s:s.e])...)
		ends[k] = len(batch)
	}
	m.AnnotateAll(batch)
	if d.parses == nil {
		d.parses = make(map[int][]depSent, len(want))
	}
	from := 0
	for k, si := range want {
		d.parses[si] = d.depSents(d.sents[si], batch[from:ends[k]])
		from = ends[k]
	}
}

// parsedForSure tells whether read will ask for sentence si's parse
// whatever the surface rules find there: the region and cheap tests
// read's loop applies before depStatementsIn and depRelationsIn parse.
func (d *doc) parsedForSure(r *reader, si int, s sentence) bool {
	reg := d.sentRegion[si]
	if reg == rDrop {
		return false
	}
	if (reg == rBody || reg == rAux) && !d.x.opts.NoReportedSpeech && d.mayReport(r, si, s) {
		return true
	}
	cued, and := d.interactionCues(r, si, s)
	return cued && and
}

// depSents turns the parse of sentence s's text into depSents: word
// offsets into d.text and each word's extraction token.
func (d *doc) depSents(s sentence, parse []nlp.Sentence) []depSent {
	var out []depSent
	for _, ps := range parse {
		ds := depSent{words: ps.Tokens, tok: make([]int, len(ps.Tokens))}
		k := s.a
		for i := range ds.words {
			w := &ds.words[i]
			w.Start += s.s
			w.End += s.s
			for k < s.b && d.toks[k].e <= w.Start {
				k++
			}
			ds.tok[i] = -1
			if k < s.b && d.toks[k].s <= w.Start {
				ds.tok[i] = k
			}
		}
		out = append(out, ds)
	}
	return out
}
