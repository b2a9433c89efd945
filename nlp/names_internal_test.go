package nlp

import (
	"strings"
	"testing"
)

func TestNameShaped(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"Norway", true}, {"McAlister", true}, {"O'Neill", true}, {"Jean-Luc", true},
		{"norway", false}, {"NATO", false}, {"MPs", false}, {"I", false}, {"3D", false},
		{"Guaranty.doc", false}, {"CD's", false}, {"Ab", true},
	} {
		if got := nameShaped(c.word); got != c.want {
			t.Errorf("nameShaped(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestUnseenCapitalsAreNames tags invented sentences with names the
// model never saw, and words that must keep their tags.
func TestUnseenCapitalsAreNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, word, want string
	}{
		{"a country read as an adverb", "The trust launched a petition , asking Norway to protect the forest .", "Norway", "PROPN"},
		{"a surname read as an adjective after a given name", "After meeting him in Delhi , Anthony Albanese flew to Jakarta .", "Albanese", "PROPN"},
		{"a given name before a surname", "She was helped by lawyer Mats Olsen and actor Paul Weber .", "Mats", "PROPN"},
		{"a sentence's first word before a reporting verb", "Zelensky added that the talks would go on .", "Zelensky", "PROPN"},
		{"a demonym before its noun stays an adjective", "The Macedonian army advanced as far as the river .", "Macedonian", "ADJ"},
		{"a sentence's first adverb stays", "Naturally China will be the first to reply .", "Naturally", "ADV"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkWordTag(t, m, c.text, c.word, c.want)
		})
	}
}

// TestTitleCaseGivesNoEvidence: in a headline every word is
// capitalised, and an unseen word keeps the tagger's tag.
func TestTitleCaseGivesNoEvidence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := fromWords("Ferry Operators Say Crossings Will Resume Tomorrow")
	ws := make([]wordInfo, len(s.Tokens))
	us := make([]uint8, len(s.Tokens))
	for i := range s.Tokens {
		ws[i] = describe(&s.Tokens[i], i)
		us[i] = uint8(classIndex(m.tagger.upos, "VERB"))
	}
	if !m.tagger.titleCasedSentence(ws, us) {
		t.Error("a headline in title case is not taken for one")
	}
	s = fromWords("Ferry operators say crossings will resume")
	for i := range s.Tokens {
		ws[i] = describe(&s.Tokens[i], i)
	}
	if m.tagger.titleCasedSentence(ws[:len(s.Tokens)], us[:len(s.Tokens)]) {
		t.Error("a sentence in sentence case is taken for a headline")
	}
}

func fromWords(text string) Sentence {
	var s Sentence
	pos := 0
	for _, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, Token{Form: w, Start: pos, End: pos + len(w), SpaceAfter: true, Head: -1})
		pos += len(w) + 1
	}
	s.End = pos - 1
	return s
}

// TestPluralPossessiveIsPart tags the apostrophe after a plural owner
// as the possessive marker, and leaves single quotation marks alone.
func TestPluralPossessiveIsPart(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		at         int // token index of the apostrophe
		want       string
	}{
		{"after a plural, before a noun", "talks with the United States’ envoy team ended", 5, "PART"},
		{"after a plural, before a noun, straight", "the workers' union met", 2, "PART"},
		{"closing a quotation opened before", "he called it ‘ a lot of votes’ and left", 8, "PUNCT"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := Tokenize(c.text)[0]
			m.Annotate(&s)
			if got := s.Tokens[c.at]; got.UPOS != c.want {
				t.Errorf("%q tagged %s, want %s (%s)", got.Form, got.UPOS, c.want, render(s))
			}
		})
	}
}

func render(s Sentence) string {
	var b strings.Builder
	for _, t := range s.Tokens {
		b.WriteString(t.Form + "/" + t.UPOS + " ")
	}
	return b.String()
}

// TestUnseenTitleBeforeNameIsNoun tags invented sentences with a title
// the model never saw before a name, and words that must keep their tags.
func TestUnseenTitleBeforeNameIsNoun(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, word, want string
	}{
		{"an unseen title between a name and a name", "Palace aide Anna Berg denied the report .", "aide", "NOUN"},
		{"an unseen title after an adjective, before a reporting verb", "Veteran aide Olav Dahl says the vote was fair .", "aide", "NOUN"},
		{"a known verb between names stays", "Voters fear Anna Berg will lose .", "fear", "VERB"},
		{"the sentence's verb after the names stays", "Palace aide Anna Berg denied the report .", "denied", "VERB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkWordTag(t, m, c.text, c.word, c.want)
		})
	}
}

// checkWordTag annotates the space-separated words of text and fails
// unless every token spelled word is tagged want (and one exists).
func checkWordTag(t *testing.T, m *Model, text, word, want string) {
	t.Helper()
	s := fromWords(text)
	m.Annotate(&s)
	found := false
	for _, tok := range s.Tokens {
		if tok.Form == word {
			found = true
			if tok.UPOS != want {
				t.Errorf("%s tagged %s, want %s", tok.Form, tok.UPOS, want)
			}
		}
	}
	if !found {
		t.Fatalf("no token %q", word)
	}
}
