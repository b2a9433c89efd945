package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
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

To score against a treebank with the CoNLL 2018 shared task's
evaluation script, from gold words and from raw text:
  newsgraph parse --input conllu gold.conllu > sys.conllu
  grep '^# text = ' gold.conllu | cut -c10- | newsgraph parse > raw.conllu
  python3 conll18_ud_eval.py -v gold.conllu sys.conllu
`

// parseText is the parse command ("parse" is taken by the flag parser).
func (m *Main) parseText(ctx context.Context, args []string) int {
	fs := m.flags("parse", parseDoc)
	input := fs.String("input", "text", "what FILE holds: `text` or conllu")
	progress := fs.Bool("progress", false, "report progress on stderr every 2 seconds and a summary at the end (the default on a terminal for inputs over 1 MB)")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if *input != "text" && *input != "conllu" {
		return m.usageError(fs, fmt.Sprintf("--input: %q is neither text nor conllu", *input))
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
	var recs []nlp.Record
	if *input == "conllu" {
		recs, err = nlp.ReadCoNLLU(bytes.NewReader(data), name)
	} else {
		recs, err = textRecords(data, name)
	}
	if err != nil {
		return m.fail("parse", err)
	}
	report := *progress || (isTerminal(m.stderr) && len(data) > 1<<20)
	start, last := time.Now(), time.Now()
	words := 0
	for i := range recs {
		if i%256 == 0 {
			if ctx.Err() != nil {
				return m.fail("parse", ctx.Err())
			}
			if report && time.Since(last) >= 2*time.Second {
				fmt.Fprintf(m.stderr, "parse: %d of %d sentences\n", i, len(recs))
				last = time.Now()
			}
		}
		s := &recs[i].Sentence
		model.Annotate(s)
		nlp.Lemmatize(s)
		words += len(s.Tokens)
	}
	if err := nlp.WriteCoNLLU(m.stdout, recs); err != nil {
		return m.fail("parse", err)
	}
	if report {
		fmt.Fprintf(m.stderr, "parse: %s, %s from %s in %.1fs\n", plural(len(recs), "sentence", "sentences"),
			plural(words, "word", "words"), name, time.Since(start).Seconds())
	}
	return exitOK
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

// textRecords tokenises raw text into one record per sentence. Text
// that is not UTF-8 (a binary file, another encoding) is refused rather
// than parsed into nonsense.
func textRecords(data []byte, name string) ([]nlp.Record, error) {
	if !utf8.Valid(data) {
		off := len(data)
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				off = i
				break
			}
			i += size
		}
		return nil, fmt.Errorf("%s: not UTF-8 text (invalid byte 0x%02x at offset %d)", name, data[off], off)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New(name + ": not text (it contains NUL bytes)")
	}
	text := string(data)
	return nlp.RecordsFromText(text, nlp.Tokenize(text)), nil
}
