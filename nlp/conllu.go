package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Record is one sentence of a CoNLL-U file: its tokens and the comments
// that name it. The tokens' Start and End are byte offsets into Text.
type Record struct {
	ID       string   // the "# sent_id = " comment, or "" when absent
	Text     string   // the "# text = " comment, or the text rebuilt from the forms
	Comments []string // every other comment line, without its leading "# "
	Sentence Sentence

	// Aligned is true when every token's form was found, in order, in
	// Text, so that Text[t.Start:t.End] is the token's form (or, inside
	// a multiword token such as "don't", part of its surface). When
	// false, Text was rebuilt from the forms and SpaceAfter and the
	// offsets point into it.
	Aligned bool
}

// ReadCoNLLU reads every sentence of a CoNLL-U file. Multiword-token
// ranges ("1-2 don't") and empty nodes ("8.1") are skipped: the tokens
// are the syntactic words. Columns the Token type does not hold (FEATS,
// DEPS and MISC other than SpaceAfter) are dropped. name labels errors.
func ReadCoNLLU(r io.Reader, name string) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out    []Record
		cur    Record
		words  []conlluWord
		lineNo int
	)
	flush := func() {
		if len(words) == 0 && len(cur.Comments) == 0 && cur.ID == "" && cur.Text == "" {
			return
		}
		cur.Sentence, cur.Text, cur.Aligned = alignWords(cur.Text, words)
		out = append(out, cur)
		cur, words = Record{}, nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
			readComment(&cur, line)
		default:
			w, err := parseWordLine(line)
			if err != nil {
				return nil, fmt.Errorf("nlp: %s:%d: %w", name, lineNo, err)
			}
			if w.skip {
				continue
			}
			if w.rangeEnd > 0 {
				words = append(words, w)
				continue
			}
			if want := countWords(words) + 1; w.id != want {
				return nil, fmt.Errorf("nlp: %s:%d: token id %d, want %d", name, lineNo, w.id, want)
			}
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("nlp: reading %s: %w", name, err)
	}
	flush()
	return out, nil
}

// readComment files a comment line under ID, Text or Comments.
func readComment(rec *Record, line string) {
	body := strings.TrimPrefix(strings.TrimPrefix(line, "#"), " ")
	if k, v, ok := strings.Cut(body, "="); ok {
		switch strings.TrimSpace(k) {
		case "sent_id":
			rec.ID = strings.TrimSpace(v)
			return
		case "text":
			rec.Text = strings.TrimPrefix(v, " ")
			return
		}
	}
	rec.Comments = append(rec.Comments, body)
}

// conlluWord is one parsed line: a word, or a multiword-token range
// (rangeEnd > 0) whose surface covers the following words.
type conlluWord struct {
	id, rangeEnd int
	skip         bool // an empty node
	tok          Token
}

func countWords(ws []conlluWord) int {
	n := 0
	for _, w := range ws {
		if w.rangeEnd == 0 {
			n++
		}
	}
	return n
}

// parseWordLine reads one 10-column line.
func parseWordLine(line string) (conlluWord, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return conlluWord{}, fmt.Errorf("%d columns, want 10", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return conlluWord{skip: true}, nil
	}
	spaceAfter := !hasMisc(cols[9], "SpaceAfter=No")
	if a, b, ok := strings.Cut(id, "-"); ok {
		from, err1 := strconv.Atoi(a)
		to, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || from < 1 || to < from {
			return conlluWord{}, fmt.Errorf("bad token range %q", id)
		}
		return conlluWord{id: from, rangeEnd: to, tok: Token{Form: cols[1], SpaceAfter: spaceAfter}}, nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n < 1 {
		return conlluWord{}, fmt.Errorf("bad token id %q", id)
	}
	head := -1
	if cols[6] != "_" {
		head, err = strconv.Atoi(cols[6])
		if err != nil || head < 0 {
			return conlluWord{}, fmt.Errorf("bad head %q", cols[6])
		}
	}
	t := Token{
		Form:       cols[1],
		Lemma:      underscoreEmpty(cols[2]),
		UPOS:       underscoreEmpty(cols[3]),
		XPOS:       underscoreEmpty(cols[4]),
		Head:       head,
		Deprel:     underscoreEmpty(cols[7]),
		SpaceAfter: spaceAfter,
	}
	if t.Form == "_" && cols[2] == "_" {
		// An underscore token has "_" as its form and lemma.
		t.Lemma = "_"
	}
	return conlluWord{id: n, tok: t}, nil
}

func underscoreEmpty(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// alignWords builds the sentence from the parsed lines and finds each
// token's byte span in text. When text is empty or a form cannot be
// found in order, it rebuilds the text from the forms and SpaceAfter.
func alignWords(text string, ws []conlluWord) (Sentence, string, bool) {
	toks := make([]Token, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.rangeEnd == 0 {
			toks = append(toks, w.tok)
			continue
		}
		// The words of a multiword token take its SpaceAfter on the last.
		n := w.rangeEnd - w.id + 1
		for j := 1; j <= n && i+j < len(ws); j++ {
			t := ws[i+j].tok
			t.SpaceAfter = j == n && w.tok.SpaceAfter
			toks = append(toks, t)
		}
		i += n
	}
	s := Sentence{Tokens: toks}
	if text != "" && alignInText(text, ws, s.Tokens) {
		setSentenceSpan(&s)
		return s, text, true
	}
	var b strings.Builder
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Start = b.Len()
		b.WriteString(t.Form)
		t.End = b.Len()
		if t.SpaceAfter && i < len(s.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	setSentenceSpan(&s)
	return s, b.String(), false
}

// alignInText walks text left to right, placing each word (or each
// multiword surface) at the next occurrence after whitespace. Words of
// a multiword token are placed inside its surface when they spell it
// piecewise ("do" "n't" in "don't"); otherwise each covers the whole
// surface.
func alignInText(text string, ws []conlluWord, toks []Token) bool {
	pos, k := 0, 0
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		start, ok := findForm(text, pos, w.tok.Form)
		if !ok {
			return false
		}
		end := start + len(w.tok.Form)
		pos = end
		if w.rangeEnd == 0 {
			toks[k].Start, toks[k].End = start, end
			k++
			continue
		}
		n := w.rangeEnd - w.id + 1
		placeMultiword(text[start:end], start, toks[k:k+n])
		k += n
		i += n
	}
	return k == len(toks)
}

// findForm returns where form starts in text at or after pos, skipping
// only whitespace before it.
func findForm(text string, pos int, form string) (int, bool) {
	for pos < len(text) && strings.ContainsRune(" \t\u00a0\n", rune(text[pos])) {
		pos++
	}
	if strings.HasPrefix(text[pos:], "\u00a0") {
		pos += len("\u00a0")
	}
	if strings.HasPrefix(text[pos:], form) {
		return pos, true
	}
	return 0, false
}

// placeMultiword gives the words of a multiword token their spans in its
// surface at offset base.
func placeMultiword(surface string, base int, toks []Token) {
	p := 0
	for j := range toks {
		f := toks[j].Form
		if strings.HasPrefix(strings.ToLower(surface[p:]), strings.ToLower(f)) && (j < len(toks)-1 || p+len(f) == len(surface)) {
			toks[j].Start, toks[j].End = base+p, base+p+len(f)
			p += len(f)
			continue
		}
		for m := range toks {
			toks[m].Start, toks[m].End = base, base+len(surface)
		}
		return
	}
}

func setSentenceSpan(s *Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	s.Start = s.Tokens[0].Start
	s.End = s.Tokens[len(s.Tokens)-1].End
}

// RecordsFromText makes one Record per sentence of a tokenised text:
// IDs are "1", "2", ... and each Text is the sentence's span of text,
// with line breaks turned into spaces as CoNLL-U's "# text" requires.
// The tokens are shared with sents, not copied.
func RecordsFromText(text string, sents []Sentence) []Record {
	out := make([]Record, len(sents))
	for i, s := range sents {
		t := text[s.Start:s.End]
		t = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(t)
		out[i] = Record{ID: strconv.Itoa(i + 1), Text: t, Sentence: s, Aligned: true}
	}
	return out
}

// WriteCoNLLU writes records as CoNLL-U: the comments, "# sent_id" and
// "# text", then one 10-column line per token and a blank line. Empty
// fields are written "_"; an unparsed token (Head < 0) has "_" for its
// head and relation; SpaceAfter=No goes in MISC. FEATS and DEPS are "_".
func WriteCoNLLU(w io.Writer, recs []Record) error {
	bw := bufio.NewWriter(w)
	for _, r := range recs {
		writeRecord(bw, &r)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("nlp: writing CoNLL-U: %w", err)
	}
	return nil
}

func writeRecord(bw *bufio.Writer, r *Record) {
	for _, c := range r.Comments {
		bw.WriteString("# " + oneLine(c) + "\n")
	}
	if r.ID != "" {
		bw.WriteString("# sent_id = " + oneLine(r.ID) + "\n")
	}
	bw.WriteString("# text = " + oneLine(r.Text) + "\n")
	for i := range r.Sentence.Tokens {
		t := &r.Sentence.Tokens[i]
		head, rel := "_", "_"
		if t.Head >= 0 {
			head, rel = strconv.Itoa(t.Head), field(t.Deprel)
		}
		misc := "_"
		if !t.SpaceAfter {
			misc = "SpaceAfter=No"
		}
		cols := [10]string{strconv.Itoa(i + 1), field(t.Form), field(t.Lemma), field(t.UPOS),
			field(t.XPOS), "_", head, rel, "_", misc}
		bw.WriteString(strings.Join(cols[:], "\t"))
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
}

// field makes a value safe for one CoNLL-U column: "_" when empty, and
// no tabs or line breaks.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
