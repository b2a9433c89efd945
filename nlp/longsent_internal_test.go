package nlp

import (
	"fmt"
	"strings"
	"testing"
)

// TestTokenizeCapsLongRuns: a line of 24,000 words with no full stop
// becomes sentences of at most MaxSentenceTokens tokens, cut at the
// best break in reach, with every token kept once, in order, with its
// exact span; a run at the limit is left whole.
func TestTokenizeCapsLongRuns(t *testing.T) {
	para := strings.Repeat("Officials in Nairobi said the talks would resume on Monday, and the minister, who did not give her name, warned that time was short; ", 1000)
	sents := Tokenize(para)
	words := len(strings.Fields(para))
	if words < 24000 || len(sents) < words/MaxSentenceTokens {
		t.Fatalf("%d words cut into %d sentences", words, len(sents))
	}
	next := 0
	for si, s := range sents {
		n := len(s.Tokens)
		if n == 0 || n > MaxSentenceTokens {
			t.Fatalf("sentence %d has %d tokens (at most %d)", si, n, MaxSentenceTokens)
		}
		if last := s.Tokens[n-1].Form; si < len(sents)-1 && last != ";" {
			t.Errorf("sentence %d ends at %q, want the semicolon in reach", si, last)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[n-1].End {
			t.Fatalf("sentence %d spans [%d,%d), its tokens [%d,%d)", si, s.Start, s.End, s.Tokens[0].Start, s.Tokens[n-1].End)
		}
		for _, tk := range s.Tokens {
			if tk.Start < next || para[tk.Start:tk.End] != tk.Form {
				t.Fatalf("sentence %d: token %q at [%d,%d) after byte %d", si, tk.Form, tk.Start, tk.End, next)
			}
			next = tk.End
		}
	}
}

// TestLongRunBreak: the break chosen in (lo, hi] of a run of words.
func TestLongRunBreak(t *testing.T) {
	run := func(n int, at map[int]string) []Token {
		toks := make([]Token, n)
		for i := range toks {
			toks[i] = Token{Form: fmt.Sprintf("w%d", i), SpaceAfter: true}
			if s, ok := at[i]; ok {
				toks[i].Form = s
			}
		}
		return toks
	}
	cases := []struct {
		name string
		toks []Token
		want int
	}{
		{"a semicolon before a later comma", run(300, map[int]string{150: ";", 200: ","}), 151},
		{"a semicolon out of reach", run(300, map[int]string{100: ";", 200: ","}), 201},
		{"before a conjunction", run(300, map[int]string{180: ",", 220: "but"}), 220},
		{"no break: the last space", run(300, nil), 250},
	}
	for _, c := range cases {
		if got := longRunBreak(c.toks, 125, 250); got != c.want {
			t.Errorf("%s: break at %d, want %d", c.name, got, c.want)
		}
	}
	glued := []Token{{Form: "a", SpaceAfter: false}, {Form: "b", SpaceAfter: false}, {Form: "c"}}
	if got := longRunBreak(glued, 0, 2); got != 2 {
		t.Errorf("glued tokens: break at %d, want the limit 2", got)
	}
}
