package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/nlp"
)

const parseDoc = `
Tag and parse text with newsgraph's embedded model (trained on UD English
EWT) and write CoNLL-U to standard output: one sentence after another,
each word with its lemma, universal and Penn tags, head and Universal
Dependencies relation.

With --input text (the default) FILE is raw UTF-8 text, split into
sentences and words by newsgraph's tokeniser. With --input conllu FILE is
CoNLL-U whose sentences and words are kept as they are (as UDPipe does):
only the lemmas, tags, heads and relations are replaced; comments are
kept, multiword-token lines ("1-2 don't") are left out. FILE "-" or no
FILE reads standard input.

The parser searches with a beam of 8 by default (the accuracy figures of
BENCHMARKS.md); --beam 1 parses greedily, as extraction does, at about
four times the speed.

To score against a treebank with the CoNLL 2018 shared task's
evaluation script, from gold words and from raw text:
  newsgraph parse --input conllu gold.conllu > sys.conllu
  grep '^# text = ' gold.conllu | cut -c10- | newsgraph parse > raw.conllu
  python3 conll18_ud_eval.py -v gold.conllu sys.conllu
`

// parseText is the parse command ("parse" is taken by the flag parser).
func (m *Main) parseText(ctx context.Context, args []string) int {
	fs := m.flags("parse", parseDoc)
	input := fs.String("input", "text", "what FILE holds: `text|conllu`")
	beam := fs.Int("beam", nlp.DefaultBeamOptions().Width, "parse with a beam of this `WIDTH`: 1 is the greedy parser extraction uses (about four times faster, about one point of UAS lower)")
	progress := fs.Bool("progress", false, "report progress on stderr every 2 seconds and a summary at the end (the default on a terminal for inputs over 1 MB)")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if *input != "text" && *input != "conllu" {
		return m.usageError(fs, fmt.Sprintf("--input: %q is neither text nor conllu", *input))
	}
	if *beam < 1 {
		return m.usageError(fs, fmt.Sprintf("--beam: %d is not a width (1 or more)", *beam))
	}
	if len(pos) > 1 {
		return m.usageError(fs, fmt.Sprintf("one FILE at most, got %d", len(pos)))
	}
	path := "-"
	if len(pos) == 1 {
		path = pos[0]
	}
	data, name, err := m.readInput(path)
	if err != nil {
		return m.fail("parse", err)
	}
	model, err := nlp.Default()
	if err != nil {
		return m.fail("parse", err)
	}
	if *beam != model.Beam().Width {
		opt := model.Beam()
		opt.Width = *beam
		model = model.WithBeam(opt)
	}
	st := parseStats{report: *progress || (isTerminal(m.stderr) && len(data) > 1<<20), total: len(data),
		start: time.Now(), last: time.Now()}
	if *input == "conllu" {
		recs, err := nlp.ReadCoNLLU(bytes.NewReader(data), name)
		if err == nil {
			err = m.annotateAndWrite(ctx, model, recs, &st)
		}
		if err != nil {
			return m.fail("parse", err)
		}
	} else {
		if err := checkText(data, name); err != nil {
			return m.fail("parse", err)
		}
		// Tokenise and parse a batch of paragraphs at a time, so that
		// a large input needs memory for one batch, not for all its
		// tokens. A blank line always ends a sentence, so the batches
		// change nothing in the output.
		text := string(data)
		for len(text) > 0 {
			piece := nextBatch(text, parseBatchBytes)
			text = text[len(piece):]
			recs := nlp.RecordsFromText(piece, nlp.Tokenize(piece))
			for i := range recs {
				recs[i].ID = strconv.Itoa(st.sentences + i + 1)
			}
			if err := m.annotateAndWrite(ctx, model, recs, &st); err != nil {
				return m.fail("parse", err)
			}
			st.done += len(piece)
		}
	}
	if st.report {
		fmt.Fprintf(m.stderr, "parse: %s, %s from %s in %.1fs\n", plural(st.sentences, "sentence", "sentences"),
			plural(st.words, "word", "words"), name, time.Since(st.start).Seconds())
	}
	return exitOK
}

// parseBatchBytes is about how much text parse tokenises at a time.
const parseBatchBytes = 1 << 20

// parseStats counts a parse's work and paces its progress reports.
type parseStats struct {
	report           bool
	sentences, words int
	done, total      int // input bytes parsed, of all
	start, last      time.Time
}

// annotateAndWrite tags, lemmatises and parses recs and writes them.
// It annotates 256 sentences at a time together (nlp.AnnotateAll tags
// them all before parsing any, which is faster than one by one).
func (m *Main) annotateAndWrite(ctx context.Context, model *nlp.Model, recs []nlp.Record, st *parseStats) error {
	var batch []nlp.Sentence
	for i := 0; i < len(recs); i += 256 {
		if err := ctx.Err(); err != nil {
			return err
		}
		if st.report && time.Since(st.last) >= 2*time.Second {
			fmt.Fprintf(m.stderr, "parse: %d sentences, %d%% of the input\n", st.sentences+i, 100*st.done/max(st.total, 1))
			st.last = time.Now()
		}
		chunk := recs[i:min(i+256, len(recs))]
		batch = batch[:0]
		for _, r := range chunk {
			batch = append(batch, r.Sentence)
		}
		model.AnnotateAll(batch) // tags, lemmas, heads and relations
		for j := range chunk {
			chunk[j].Sentence = batch[j]
			st.words += len(batch[j].Tokens)
		}
	}
	st.sentences += len(recs)
	return nlp.WriteCoNLLU(m.stdout, recs)
}

// nextBatch returns the head of text to parse next: up to the first
// blank line after size bytes (or a line break, when the text has no
// blank line there), or all of it.
func nextBatch(text string, size int) string {
	if len(text) <= size {
		return text
	}
	if k := strings.Index(text[size:], "\n\n"); k >= 0 && k < 16*size {
		return text[:size+k+2]
	}
	if k := strings.IndexByte(text[size:], '\n'); k >= 0 {
		return text[:size+k+1]
	}
	return text
}

// readInput reads FILE, or standard input for "-", and returns its
// bytes and the name errors give it.
func (m *Main) readInput(path string) ([]byte, string, error) {
	if path == "-" {
		data, err := io.ReadAll(m.stdin)
		if err != nil {
			return nil, "standard input", fmt.Errorf("reading standard input: %w", err)
		}
		return data, "standard input", nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, path, err // *PathError names the file
	}
	return data, path, nil
}

// checkText refuses input that is not UTF-8 text (a binary file,
// another encoding) rather than parse it into nonsense.
func checkText(data []byte, name string) error {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%s: not UTF-8 text (invalid byte 0x%02x at offset %d)", name, data[off], off)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return errors.New(name + ": not text (it contains NUL bytes)")
	}
	return nil
}
