package nlp_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/nlp"
)

// words renders the tokens of the sentences as "a b c | d e", with
// sentences separated by " | ".
func words(sents []nlp.Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" | ")
		}
		for j, t := range s.Tokens {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Form)
		}
	}
	return b.String()
}

func TestTokenizeSplitsAsEWT(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"negation", "I don't know.", "I do n't know ."},
		{"can't and won't", "We can't and won't.", "We ca n't and wo n't ."},
		{"possessive", "Russia's army", "Russia 's army"},
		{"plural possessive", "the parents' house", "the parents ' house"},
		{"pronoun clitics", "I'm sure they'll say we've done what you'd do", "I 'm sure they 'll say we 've done what you 'd do"},
		{"typographic apostrophe", "It’s Russia’s", "It ’s Russia ’s"},
		{"apostrophe-less web forms", "i dont care, cannot wait, gonna go", "i do nt care , can not wait , gon na go"},
		{"names with an apostrophe", "O'Brien met D'Angelo", "O'Brien met D'Angelo"},
		{"titles and acronyms", "Mr. Smith of the U.S. Army met Gen. Lee on Jan. 5.", "Mr. Smith of the U.S. Army met Gen. Lee on Jan. 5 ."},
		{"initials", "J. K. Rowling wrote it.", "J. K. Rowling wrote it ."},
		{"numbers", "It rose 3.5% to $1,000 and 10:30 on 11/28/2000.", "It rose 3.5 % to $ 1,000 and 10:30 on 11/28/2000 ."},
		{"url and email", "See https://example.com/a-b?x=1, or mail jo.doe@example.org.", "See https://example.com/a-b?x=1 , or mail jo.doe@example.org ."},
		{"bracketed url", "(www.example.com)", "( www.example.com )"},
		{"compounds split", "a well-known search-engine", "a well - known search - engine"},
		{"bound prefixes kept", "non-white e-mail co-wrote mid-1980s", "non-white e-mail co-wrote mid-1980s"},
		{"phone numbers kept, ranges split", "call 713-853-3989 or 646-8420 for 5-10 days in 1990-1995", "call 713-853-3989 or 646-8420 for 5 - 10 days in 1990 - 1995"},
		{"typographic quotes", "“Yes,” she said.", "“ Yes , ” she said ."},
		{"dashes", "He left—finally–today -- yes", "He left — finally – today -- yes"},
		{"ellipsis", "Well... maybe… no", "Well ... maybe … no"},
		{"repeated punctuation", "What?! Really!!! Wow", "What ?! | Really !!! | Wow"},
		{"brackets", "(and now e-mail)", "( and now e-mail )"},
		{"no-break space", "5\u00a0km and\u2009more", "5 km and more"},
		{"emoticon", "great :) really", "great :) really"},
		{"b/c", "I left b/c of it", "I left b/c of it"},
		{"units", "at 10am, $221bn or 5km (6.30-10pm)", "at 10 am , $ 221 bn or 5 km ( 6.30 - 10 pm )"},
		{"ordinals and decades", "the 21st century, the 1970s and 90s", "the 21st century , the 1970s and 90s"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := words(nlp.Tokenize(c.text)); got != c.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.text, got, c.want)
			}
		})
	}
}

func TestTokenizeSentences(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"full stops", "He came. She left.", "He came . | She left ."},
		{"closing quote after the stop", `"We won." Then he left.`, `" We won . " | Then he left .`},
		{"question in a quote continues", `"Why?" he asked.`, `" Why ? " he asked .`},
		{"closing bracket", "(He came.) She left.", "( He came . ) | She left ."},
		{"no split after a title", "Mr. Smith came. Dr. Jones left.", "Mr. Smith came . | Dr. Jones left ."},
		{"no split after initials", "J. R. R. Tolkien wrote.", "J. R. R. Tolkien wrote ."},
		{"acronym then a sentence", "He lives in the U.S. The rest stay.", "He lives in the U.S. | The rest stay ."},
		{"acronym inside", "The U.S. Army won.", "The U.S. Army won ."},
		{"a letter ending a sentence", "He posted on X. The post spread. J. Smith read it.", "He posted on X. | The post spread . | J. Smith read it ."},
		{"scraped text without a space", "after the invasion.Kyiv said U.S.Envoys met", "after the invasion . | Kyiv said U.S. Envoys met"},
		{"lowercase after a bare stop", "i came. you left.", "i came . | you left ."},
		{"ellipsis then lowercase", "Well... we left.", "Well ... we left ."},
		{"spaced dots and emoticons stay", "We won . . . Then we left! :) Fine.", "We won . . . | Then we left ! :) | Fine ."},
		{"blank line", "Headline\n\nBody text here", "Headline | Body text here"},
		{"headline line", "Russia Invades\nThe army crossed the border.", "Russia Invades | The army crossed the border ."},
		{"wrapped line", "The army crossed the\nborder today.", "The army crossed the border today ."},
		{"wrapped line after a comma", "He said,\nThe army won.", "He said , The army won ."},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := words(nlp.Tokenize(c.text)); got != c.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.text, got, c.want)
			}
		})
	}
}

func TestTokenizeNormalises(t *testing.T) {
	text := "“Don’t” — he said… ‘no’ ``ok'' 1990–95"
	want := map[string]string{"“": `"`, "”": `"`, "’": "", "n’t": "n't", "—": "--", "…": "...", "‘": "'", "``": `"`, "''": `"`, "–": "-"}
	for _, s := range nlp.Tokenize(text) {
		for _, tok := range s.Tokens {
			n, ok := want[tok.Form]
			if !ok {
				continue
			}
			if tok.Form == "’" {
				n = "'"
			}
			if tok.Norm != n {
				t.Errorf("%q: Norm %q, want %q", tok.Form, tok.Norm, n)
			}
		}
	}
	for _, c := range []struct{ text, form, norm string }{
		{"It’s", "’s", "'s"}, {"Yes — no", "—", "--"}, {"pages 5–7", "–", "-"}, {"war – peace", "–", "--"}, {"plain", "plain", ""},
	} {
		found := false
		for _, s := range nlp.Tokenize(c.text) {
			for _, tok := range s.Tokens {
				if tok.Form == c.form {
					found = true
					if tok.Norm != c.norm || tok.Text() != map[bool]string{true: c.form, false: c.norm}[c.norm == ""] {
						t.Errorf("%q in %q: Norm %q, want %q", c.form, c.text, tok.Norm, c.norm)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.form)
		}
	}
}

func TestTokenizeSpansAndSpaceAfter(t *testing.T) {
	text := "  “Don’t go,” said\u00a0Mr. O’Neil (U.S.)…\n\nNext  line. "
	sents := nlp.Tokenize(text)
	var got []string
	for _, s := range sents {
		if text[s.Start:s.End] == "" || s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Errorf("sentence span [%d,%d) does not match its tokens", s.Start, s.End)
		}
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Form {
				t.Errorf("token %q has span %q", tok.Form, text[tok.Start:tok.End])
			}
			if tok.Head != -1 {
				t.Errorf("token %q: Head %d, want -1 (unparsed)", tok.Form, tok.Head)
			}
			sp := "_"
			if !tok.SpaceAfter {
				sp = "|"
			}
			got = append(got, tok.Form+sp)
		}
	}
	want := "“| Do| n’t_ go| ,| ”_ said_ Mr._ O’Neil_ (| U.S.| )| …_ Next_ line| ._"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tokens with SpaceAfter (| = none)\n got %s\nwant %s", g, want)
	}
	if len(sents) != 2 {
		t.Errorf("%d sentences, want 2: %s", len(sents), words(sents))
	}
}

func TestTokenizeEmptyAndSpaceOnly(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n\t\u00a0\u3000"} {
		if got := nlp.Tokenize(text); len(got) != 0 {
			t.Errorf("Tokenize(%q) = %d sentences, want none", text, len(got))
		}
	}
}

// checkTokenization checks the invariants every tokenisation keeps:
// spans inside the text, increasing and non-overlapping, equal to the
// forms, separated only by white space, and sentences that cover their
// tokens.
func checkTokenization(t *testing.T, text string) {
	t.Helper()
	prev := 0
	for _, s := range nlp.Tokenize(text) {
		if len(s.Tokens) == 0 {
			t.Fatalf("empty sentence in %q", text)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence [%d,%d) does not cover its tokens in %q", s.Start, s.End, text)
		}
		for _, tok := range s.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("token %q at [%d,%d) after %d in %q", tok.Form, tok.Start, tok.End, prev, text)
			}
			if text[tok.Start:tok.End] != tok.Form {
				t.Fatalf("token form %q, span %q", tok.Form, text[tok.Start:tok.End])
			}
			if gap := text[prev:tok.Start]; !utf8.ValidString(gap) || strings.TrimFunc(gap, isAnySpace) != "" {
				t.Fatalf("bytes %q between tokens were dropped in %q", gap, text)
			}
			prev = tok.End
		}
	}
}

func isAnySpace(r rune) bool {
	return strings.ContainsRune(" \t\n\r\v\f\u00a0\u200b\ufeff\u2060\u2028\u2029\u0085\u1680\u202f\u205f\u3000", r) || (r >= '\u2000' && r <= '\u200a')
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"I don't know. Mr. Smith's U.S. e-mail: jo@x.org, http://a.b/c.",
		"“Yes,” she said—twice… ‘no’ 1990–95 $5 5% 3.5 1,000",
		"Headline\nBody.\n\nNext para?! (ok.) \"Quote.\" x",
		"\xff\xfe bad \xc3 utf8 \xe2\x80 end",
		"can't won't gonna cannot parents' O'Brien 713-853-3989 b/c :)",
		"a.b.c. ... .... ?!? -- --- ** 11/28/2000 10:30",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenization(t, text)
	})
}
