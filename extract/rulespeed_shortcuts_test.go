package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The shortcuts of the session 14 speed work, each against the code it
// replaces (see shortcuts_test.go for the older ones).

// randomTexts joins pieces at random: words of every case, marks the
// tokenizer and lower treat apart, white space of every kind.
func randomTexts(n int) []string {
	pieces := []string{"The", "the", "US", "U.S.", "e.g.", "son-in-law", "Trump-appointed", "de\u2010escalation", "x\u2011y",
		"don't", "O\u2019Brien", "states'", "Kyiv's", "3M", "7-Eleven", "2025", "28-point", "\u00c9lise", "M\u00fcller",
		"\u0130stanbul", "\u212a", "\u017f", "A\u0303", "\u00c3\u00a9", "na\u0308ive", "\u03a9mega", "ABC", "aBc",
		" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "-", "\u2014", ",", ".", "\"", "\u201c", "\u201d", "'",
		"\u2019", "(", ")", "\xff", "\xe2\x80", "a", "Z", "9", "_"}
	rng := rand.New(rand.NewSource(14))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(9); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// lowerAsBefore is lower as first written: strings.ToLower, then the
// typographic apostrophe and hyphens made plain.
func lowerAsBefore(s string) string {
	s = strings.ToLower(s)
	return strings.NewReplacer("\u2019", "'", "\u2010", "-", "\u2011", "-").Replace(s)
}

func TestLowerIsToLowerWithPlainMarks(t *testing.T) {
	for _, s := range randomTexts(20000) {
		if got, want := lower(s), lowerAsBefore(s); got != want {
			t.Fatalf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLastWordIsTheLastField(t *testing.T) {
	for _, s := range append(randomTexts(20000), "", " ", "a", " a ", "a\u00a0", "\u2009b", "a\u3000b\u3000") {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastWord(s); got != want {
			t.Fatalf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// scanWordByRunes is scanWord as first written: every rune decoded.
func scanWordByRunes(text string, i, e int) int {
	start := i
	if j, ok := scanDotted(text, i, e); ok {
		return j
	}
	for i < e {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || mojibakeTail(text[start:i], r):
			i += w
		case isApos(r) && i > start:
			nr, _ := utf8.DecodeRuneInString(text[i+w:])
			if !unicode.IsLetter(nr) {
				if glottalWordEnd(text[start:i]) {
					return i + w // hyphen_backers.go
				}
				return i
			}
			i += w
		case isHyphen(r) && i > start:
			pr, _ := utf8.DecodeLastRuneInString(text[:i])
			nr, nw := utf8.DecodeRuneInString(text[i+w:])
			if nw == 0 || !unicode.IsLetter(nr) && !unicode.IsDigit(nr) {
				return i
			}
			if unicode.IsUpper(nr) || unicode.IsUpper(pr) && !unicode.IsLower(nr) {
				return i
			}
			if unicode.IsUpper(pr) && i-start > 1 {
				return i
			}
			i += w
		default:
			return i
		}
	}
	return i
}

func TestScanWordSkipsASCIIAsTheRunesDo(t *testing.T) {
	for _, s := range randomTexts(5000) {
		for i := 0; i < len(s); i++ {
			for _, e := range []int{len(s), (i + len(s)) / 2} {
				if got, want := scanWord(s, i, e), scanWordByRunes(s, i, e); got != want {
					t.Fatalf("scanWord(%q, %d, %d) = %d, want %d", s, i, e, got, want)
				}
			}
		}
	}
}

func TestTokenSentenceWordsAreNewSentenceWords(t *testing.T) {
	var texts []string
	random := randomTexts(6000)
	for i := 0; i+20 <= len(random); i += 20 {
		texts = append(texts, "Title\n\n"+strings.Join(random[i:i+20], ". ")+".\n")
	}
	texts = append(texts, corpusTexts(t)...)
	x := New(Options{})
	sents := 0
	for _, text := range texts {
		d := &doc{x: x, text: text}
		d.pg = cleanPage(d.text, articleMeta{})
		d.split()
		for si := range d.sents {
			sents++
			got, want := d.tokenSentenceWords(si), newSentenceWords(d.tokenTexts(si))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("sentence %q: words %q, lower-case %q, numbers %v; want %q, %v", d.text[d.sents[si].s:d.sents[si].e], got.words, got.low, got.ids, want.low, want.ids)
			}
		}
	}
	if sents < 2000 {
		t.Errorf("only %d sentences compared", sents)
	}
}
