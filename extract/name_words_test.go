package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// nameWordsTexts are the corpus texts, the held-out texts and words with
// typographic marks, letters past ASCII, long words and odd spacing.
func nameWordsTexts(t *testing.T) []string {
	texts := append(corpusTexts(t),
		"Title\n\nÖSTERSUND, Nov. 3 (Wire) – The Saami Council’s envoys met İstanbul’s mayor on Tuesday. Today’s talks ran late‑night in ÅLESUND.\n",
		"Title\n\nThe U.S. envoy said on Sept. 12 that the co‑operation would resume next MONDAY, and Zelenskyy’s office agreed.\n",
		"Title\n\nDeutsche Bank AG\u00a0and  PT Tianrui Nickel\tSulawesi ΑΘΗΝΑ Straße KELVIN's ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ said.\u2028Next\u0085line\n")
	files, _ := filepath.Glob("../testdata/heldout/*.txt")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	return texts
}

// TestNameWordsAsStrings: fieldsIn splits as strings.Fields, lowerIn
// finds what a lookup of strings.ToLower finds, formOfWords what a
// lookup of the joined words' formKey finds, and the tokens' lower-case
// forms cut from their span's lowered copy are lower's, for every token
// and every span of up to eight tokens of the texts (four for
// formOfWords).
func TestNameWordsAsStrings(t *testing.T) {
	m := map[string]int{}
	texts := nameWordsTexts(t)
	for _, text := range texts {
		for _, w := range strings.Fields(text) {
			m[strings.ToLower(w)] = len(m) + 1
		}
	}
	// Every form key of every span of up to four words.
	forms := map[string]int{}
	for _, text := range texts {
		toks := scanTokens(text, 0, len(text), nil)
		for i := range toks {
			for j := i + 1; j <= len(toks) && j <= i+4; j++ {
				forms[formKey(text[toks[i].s:toks[j-1].e])] = len(forms) + 1
				forms[formKey(strings.Join(strings.Fields(text[toks[i].s:toks[j-1].e]), " "))] = len(forms) + 1
			}
		}
	}
	for _, text := range texts {
		toks := scanTokens(text, 0, len(text), nil)
		for i, tk := range toks {
			if tk.kind == tWord {
				if want := lower(tk.text); tk.low != want {
					t.Fatalf("token %q: low %q, lower gives %q", tk.text, tk.low, want)
				}
			}
			for j := i + 1; j <= len(toks) && j <= i+8; j++ {
				s := text[tk.s:toks[j-1].e]
				var buf [4]string
				if got, want := fieldsIn(buf[:0], s), strings.Fields(s); !slices.Equal(got, want) {
					t.Fatalf("fieldsIn(%q) = %q, strings.Fields gives %q", s, got, want)
				}
				if got, want := lowerIn(m, s), m[strings.ToLower(s)]; got != want {
					t.Fatalf("lowerIn(%q) = %d, want %d", s, got, want)
				}
				if j > i+4 {
					continue
				}
				w := strings.Fields(s)
				for _, ws := range [][]string{w, append([]string{""}, w...), append(slices.Clone(w), ""), append(slices.Clone(w), " ", "x"), {s}} {
					if got, want := formOfWords(forms, ws), forms[formKey(strings.Join(ws, " "))]; got != want {
						t.Fatalf("formOfWords(%q) = %d, want %d", ws, got, want)
					}
				}
			}
		}
		// Lines tokenized one by one, as split does.
		for l := range strings.Lines(text) {
			s := strings.Index(text, l)
			for _, tk := range scanTokens(text, s, s+len(strings.TrimRight(l, "\n")), nil) {
				if tk.kind == tWord && tk.low != lower(tk.text) {
					t.Fatalf("token %q of a line: low %q, lower gives %q", tk.text, tk.low, lower(tk.text))
				}
			}
		}
	}
}
