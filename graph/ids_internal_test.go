package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// digestByHash is digest as first written: the parts written one by one
// into a hash, zero bytes between them, the whole sum in hex, cut to 16.
func digestByHash(prefix string, parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return prefix + hex.EncodeToString(h.Sum(nil))[:16]
}

// TestDigestIsTheSumOfTheJoinedParts checks digest's stack buffer and
// its pieces of long parts against the plain hash, at every length
// around the buffer's size and the hash's block size, so that no ID
// changes.
func TestDigestIsTheSumOfTheJoinedParts(t *testing.T) {
	text := strings.Repeat("Kestrel Air said on Tuesday that it would sue Meridian. ", 40)
	cases := [][]string{nil, {""}, {"", ""}, {"act_x", "rel", ""}, {"zelensky"}}
	for n := 0; n <= 600; n++ {
		cases = append(cases, []string{text[:n]}, []string{text[:n/2], "ROLE", text[n/2 : n]})
	}
	cases = append(cases, []string{text}, []string{text, text[:77], "x"})
	for _, parts := range cases {
		for _, prefix := range []string{"", "act_", "rel_"} {
			if got, want := digest(prefix, parts...), digestByHash(prefix, parts...); got != want {
				t.Fatalf("digest(%q, %d parts of %d bytes) = %s, want %s", prefix, len(parts), joinedLen(parts), got, want)
			}
		}
	}
	if got := ActorID("Zelensky"); got != ID(digestByHash("act_", Fold("Zelensky"))) {
		t.Errorf("ActorID = %s", got)
	}
}

// foldBySplitting is Fold as first written: every name split into words
// and joined again.
func foldBySplitting(name string) string {
	var b strings.Builder
	space := true
	for _, r := range name {
		r = unaccent(unicode.ToLower(r))
		switch {
		case r == '\'' || r == '\u2019' || r == '.' || r == '\u2018':
			if r != '.' {
				b.WriteRune('\'')
			}
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	words := strings.Fields(b.String())
	out := words[:0]
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w == "" || (i == 0 && w == "the" && len(words) > 1) {
			continue
		}
		out = append(out, foldTranslit(w))
	}
	return strings.Join(out, " ")
}

// TestFoldPlainIsFoldBySplitting checks Fold's shortcut (foldPlain)
// against the words split and joined, on names of every shape Fold
// treats apart: a leading "the", possessives and apostrophes, dots,
// transliterations, accents, spaces of every kind, at both ends.
func TestFoldPlainIsFoldBySplitting(t *testing.T) {
	names := []string{"", " ", "the", "The", "the ", " the", "The Hague", "the the", "THE  THE", "the's", "Zelenskyy",
		"Andriy Yermak", "U.S.", "U.S. Navy", "Macy's", "Reuters' desk", "O'Brien", "D\u2019Souza", "José  Martí ",
		"Yury", "Dmitriyev", "Kyiv", "Ivanovich's", "\u00a0Haiti\u00a0", "Sa\u0303o", "Doctors Without Borders.", "3M", "7-Eleven",
		"the-the", "a ' b", "' '", "'s", "x's's", "İstanbul", "\xff\xfe", "Kiir\tMayardit\n"}
	pieces := []string{"the", "The", "THE", " ", "  ", "\t", "\u00a0", "\u2009", ".", "'", "\u2019", "\u2018", "'s", "s", "y", "yy", "iy",
		"ii", "Andriy", "Zelensky", "é", "Ç", "ø", "-", ",", "(", "1", "42", "ß", "Ω", "\xff", "of", "Kyiv", "i", "a", "bank"}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(7); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		names = append(names, b.String())
	}
	plain := 0
	for _, name := range names {
		got, want := Fold(name), foldBySplitting(name)
		if got != want {
			t.Fatalf("Fold(%q) = %q, want %q", name, got, want)
		}
		if strings.IndexByte(name, '\'') < 0 && !strings.ContainsRune(name, '\u2019') {
			plain++
		}
	}
	if plain < 1000 {
		t.Errorf("only %d names without apostrophes: the shortcut is hardly tested", plain)
	}
}
