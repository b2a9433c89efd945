package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// The shortcuts below stand for slower code they must agree with
// exactly: extraction's output may not move for speed.

func TestTailSourceIsTheExpression(t *testing.T) {
	for _, line := range []string{
		"The talks resume on Monday. \u2014 Euronews",
		"The talks resume on Monday \u2013 Radio Free Asia",
		"A well-known ex-minister said so - Wire Service",
		"A well-known ex-minister said so - wire service",
		"A well-known ex-minister said so \u2014 Wire - Service",
		"Prices rose \u2014 sharply \u2014 in March",
		"No dash at all in this line",
		"- Agency",
		"Ends with a dash -",
		"Two credits \u2014 First Agency \u2014 Second Agency  ",
		"Accents \u2014 \u00c9lise M\u00fcller",
	} {
		want := reTailSrc.FindStringSubmatch(line)
		if got := tailSource(line); !reflect.DeepEqual(got, want) {
			t.Errorf("tailSource(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestContainsFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"a 28-point plan", true},
		{"TWENTY POINTS", true},
		{"pOiNt", true},
		{"poin", false},
		{"appointed", true}, // a superset of the word is fine: the expressions decide
		{"po\u0130nt", false},
		{"", false},
	} {
		if got := containsFoldASCII(c.s, "point"); got != c.want {
			t.Errorf("containsFoldASCII(%q) = %v", c.s, got)
		}
		if !c.want && rePointPlan.MatchString("1-"+c.s) {
			t.Errorf("%q: the expression finds what the shortcut rules out", c.s)
		}
	}
}

func TestKidsOfListsDependentsInOrder(t *testing.T) {
	heads := [][]int{
		{0},
		{2, 0, 2},
		{3, 3, 0, 3, 6, 4},
		{0, 1, 1, 1, 9, 2}, // a head past the end is nobody's dependent
	}
	for _, hs := range heads {
		words := make([]nlp.Token, len(hs))
		for i, h := range hs {
			words[i].Head = h
		}
		kids := kidsOf(words)
		for h := range words {
			var want []int
			for j := range words {
				if words[j].Head == h+1 {
					want = append(want, j)
				}
			}
			if len(want) == 0 && len(kids[h]) == 0 {
				continue
			}
			if !reflect.DeepEqual(kids[h], want) {
				t.Errorf("heads %v: dependents of %d = %v, want %v", hs, h, kids[h], want)
			}
		}
	}
}

func TestGazHitsAgreeWithAScanToTheBound(t *testing.T) {
	x := New(Options{})
	text := "The United Arab Emirates and the United States met in New York. Officials of the European Union and al-Shabaab were named; so was the US."
	d := &doc{x: x, text: text, art: "a", byKey: map[string]*actor{}, orgNames: map[string]bool{}}
	d.pg = cleanPage(d.text, articleMeta{})
	d.split()
	found := 0
	for i := range d.toks {
		for b := i; b <= len(d.toks); b++ {
			f, e, ok := d.gazAt(i, b)
			wf, we, wok := gazScan(d, i, b)
			if ok != wok || e != we || f != wf {
				t.Fatalf("gazAt(%d, %d) = %v %d %v, the scan gives %v %d %v", i, b, f, e, ok, wf, we, wok)
			}
			if ok && b == len(d.toks) {
				found++
			}
		}
	}
	if found < 5 {
		t.Errorf("only %d gazetteer forms found: the test reads too little", found)
	}
}

// gazScan is gazAt as it was before gazHitsAt: every form from token i
// up to b, each time.
func gazScan(d *doc, i, b int) (gform, int, bool) {
	g := d.x.gaz
	if i >= b || !g.first[d.toks[i].low] {
		return gform{}, i, false
	}
	key := ""
	best, bestEnd := gform{}, i
	found := false
	for j := i; j < b && j-i < g.maxLen; j++ {
		t := d.toks[j]
		if t.kind != tWord && t.kind != tPoss && !(t.kind == tPunct && (t.text == "-" || t.text == "\u2011")) {
			break
		}
		if j > i {
			key += " "
		}
		key += t.low
		for _, f := range g.forms[key] {
			if !d.caseOK(f, i, j+1, key) {
				continue
			}
			if !found || j+1 > bestEnd || (j+1 == bestEnd && f.kind < best.kind) {
				best, bestEnd, found = f, j+1, true
			}
		}
	}
	return best, bestEnd, found
}

// Word classes answer what their sets answer, for every token.
func TestWordClassesMatchTheirSets(t *testing.T) {
	text := "The Foreign Minister of the Republic said, \u201cWe will not meet them.\u201d Officials of al-Shabaab and Sporting CP's president met Ukraine\u2019s envoys on Friday; she told reporters the U.S. would sanction 20 firms."
	toks := tokenize(text, 0, len(text), nil)
	words := map[string]bool{}
	for c, s := range classSets {
		s.words(func(w string) {
			words[w] = true
			if !wordLex[wordIDs[w]].has(wordClass(c)) || !s.member(w) {
				t.Errorf("class %d, word %q: bit %v, set %v", c, w, wordLex[wordIDs[w]].has(wordClass(c)), s.member(w))
			}
		})
		for w, id := range wordIDs {
			if got := wordLex[id].has(wordClass(c)); got != s.member(w) {
				t.Errorf("class %d, word %q: bit %v, set %v", c, w, got, s.member(w))
			}
		}
		for i := range toks {
			if got := toks[i].is(wordClass(c)); got != s.member(toks[i].low) {
				t.Errorf("class %d, token %q: is %v, set %v", c, toks[i].low, got, s.member(toks[i].low))
			}
		}
	}
	if len(wordIDs) != len(words) || len(wordLex) != len(words)+1 {
		t.Errorf("%d numbered words, %d bit sets, for %d words in the sets", len(wordIDs), len(wordLex), len(words))
	}
}

// writtenAsPlaceScan is writtenAsPlace as it was: strings.Index over the
// whole text for each name.
func writtenAsPlaceScan(text, name string) bool {
	for _, p := range []string{" in ", " near "} {
		rest := text
		for {
			i := strings.Index(rest, p+name)
			if i < 0 {
				break
			}
			rest = rest[i+len(p)+len(name):]
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || r != '\'' && r != '\u2019' && !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func TestWrittenAsPlaceIsTheScan(t *testing.T) {
	texts := []string{
		"She lives in Hong Kong. He was born near Hong Kongers' homes.",
		"In Harry Kane's absence, the team played in Harry Kanes and in Harry Kane\u2019s shirt.",
		"They met in in in Ali in Ali in Alibaba, near near Rome",
		"Protests in Jordan; talks in Jordan Peterson's podcast near Jordan",
		"nothing here in",
		"",
	}
	names := []string{"Hong Kong", "Harry Kane", "Ali in Ali", "in", "Ali", "Jordan", "Rome", "", "near Rome", "Alibaba"}
	for _, text := range texts {
		d := &doc{text: text}
		for _, name := range names {
			if got, want := d.writtenAsPlace(name), writtenAsPlaceScan(text, name); got != want {
				t.Errorf("writtenAsPlace(%q) in %q = %v, want %v", name, text, got, want)
			}
		}
	}
}

// mayBeDateLineRunes and wordCountRunes are the two line tests as they
// were, with the unicode package on every rune.
func mayBeDateLineRunes(t string) bool {
	words, runs := 0, 0
	inWord, hasLetter, inDigits := false, false, false
	for _, r := range t {
		if r >= '0' && r <= '9' {
			if !inDigits {
				runs++
			}
			inDigits = true
		} else {
			inDigits = false
		}
		if unicode.IsSpace(r) {
			if inWord && hasLetter {
				words++
			}
			inWord, hasLetter = false, false
			continue
		}
		inWord = true
		if unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	if inWord && hasLetter {
		words++
	}
	return runs > 0 && words <= 4+3*runs
}

func wordCountRunes(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				n++
			}
			in = true
		} else if unicode.IsSpace(r) {
			in = false
		}
	}
	return n
}

func TestLineTestsAreTheRuneLoops(t *testing.T) {
	for _, line := range []string{
		"Published: 2025\u201112\u201126 04:52",
		"December 22, 2025 | 3 min read",
		"\u0661\u0662 \u0663 words\u00a0and\u0085more\tand\vso\fon\r",
		"a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16",
		"\xff\xfe 12 broken \xc3 utf-8 34",
		"Zo\u00eb \u00c9lise M\u00fcller, 2026 \u2014 \u5317\u4eac 7",
		"[@`{ 0 9 /:", "", " ",
	} {
		if got, want := mayBeDateLine(line), mayBeDateLineRunes(line); got != want {
			t.Errorf("mayBeDateLine(%q) = %v, want %v", line, got, want)
		}
		if got, want := wordCount(line), wordCountRunes(line); got != want {
			t.Errorf("wordCount(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestIndexApostropheIsIndexAny(t *testing.T) {
	for _, s := range []string{"i'm", "we\u2019re", "o'neill\u2019s", "x\u2019y'z", "none", "", "'", "\u2019", "\xe2\x80'\u2019", "\xf0\u2019", "\xc3'"} {
		if got, want := indexApostrophe(s), strings.IndexAny(s, "'\u2019"); got != want {
			t.Errorf("indexApostrophe(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestKeysAfterAreTheJoinedKeys(t *testing.T) {
	for _, prefix := range []string{"v:", "j:"} {
		after := keysAfter(blameWords, prefix)
		for k := range blameWords {
			if w, ok := strings.CutPrefix(k, prefix); ok && !after[w] {
				t.Errorf("%q missing from keysAfter(%q)", w, prefix)
			}
		}
		for w := range after {
			if _, ok := blameWords[prefix+w]; !ok {
				t.Errorf("%q in keysAfter(%q) but %q is no key", w, prefix, prefix+w)
			}
		}
	}
}

// containsFoldASCII(text, "peace") stands for strings.Contains of the
// lowered text in readObjects: no rune outside ASCII lowers to one of
// its letters.
func TestContainsFoldASCIIIsTheLoweredText(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for _, c := range strings.ToLower(string(r)) {
			if c < 0x80 && strings.ContainsRune("peace", c) {
				t.Fatalf("%U lowers to %q", r, c)
			}
		}
	}
	for _, s := range []string{"PEACE talks", "a Pe\u0430ce plan", "pe\xfface", "peac", "Peace", "PEA\u212aCE", ""} {
		if got, want := containsFoldASCII(s, "peace"), strings.Contains(strings.ToLower(s), "peace"); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// The line prefilters of cleanPage never rule out a line their
// expression matches.
func TestLinePrefiltersKeepEveryMatch(t *testing.T) {
	// Every rune that (?i) folds to an ASCII letter: at most 3 bytes,
	// and for the letters that start reDropLine's alternatives, a first
	// byte mayBeDropLine lets through; "m" and "c" fold to no other rune.
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= 0x80 {
				continue
			}
			if n := utf8.RuneLen(r); n > 3 {
				t.Errorf("%U folds to %q and is %d bytes", r, f, n)
			}
			if f|0x20 == 'm' || f|0x20 == 'c' {
				t.Errorf("%U folds to %q", r, f)
			}
			if strings.ContainsRune("aceflmprstuwiACEFLMPRSTUWI", f) && !mayBeDropLine(string(r)+"x") {
				t.Errorf("%U folds to %q but mayBeDropLine rules it out", r, f)
			}
		}
	}
	lines := []string{
		"Share", "share this", "(Skip to content", "((12 views", "12 min read", "3 hours ago",
		"\u00a9 2026 Wire", "\u017fhare on", "Subscribe", "More from Europe and the rest of the world, in a line longer than sixty-three bytes",
		"Categories: a list of categories that is longer than sixty-three bytes for sure, yes",
		"Recommended for you", "RELATED COVERAGE:", "related storie\u017f", "Editor's picks.",
		"The minister said the talks would resume on Monday after a pause of three weeks.",
		"[Photo: Reuters]", "@handle", "", "(", "Hello", "you might also li\u212ae",
	}
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt", "../testdata/heldout/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	for _, l := range lines {
		if reTrailer.MatchString(l) && !mayBeTrailer(l) {
			t.Errorf("mayBeTrailer rules out %q", l)
		}
		if reDropLine.MatchString(l) && !mayBeDropLine(l) {
			t.Errorf("mayBeDropLine rules out %q", l)
		}
	}
}

func TestValuesAfterAreTheJoinedKeys(t *testing.T) {
	for _, c := range []struct {
		prefix string
		m      map[string]trigger
	}{{"v:", triggerVerbs}, {"a:", triggerAdjectives}, {"n:", triggerNouns}} {
		n := 0
		for k, v := range triggers {
			if w, ok := strings.CutPrefix(k, c.prefix); ok {
				n++
				if got, ok := c.m[w]; !ok || !reflect.DeepEqual(got, v) {
					t.Errorf("%q: %v, want %v", k, got, v)
				}
			}
		}
		if n != len(c.m) || n == 0 {
			t.Errorf("%s: %d entries, %d in triggers", c.prefix, len(c.m), n)
		}
	}
}

// mayBeDropLine lets through every line whose first two runes (or only
// rune), after an optional "(", can start a match of reDropLine: the
// expression's program is run over every such start made of ASCII, the
// runes that (?i) folds to ASCII letters, "©" and one other rune (no
// other rune can take the program further than that one).
func TestDropLinePrefilterKeepsEveryStart(t *testing.T) {
	re, err := syntax.Parse(reDropLine.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	alphabet := []rune{'\u00a9', '\u00e9'}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r < 0x80 {
			alphabet = append(alphabet, r)
			continue
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 {
				alphabet = append(alphabet, r)
				break
			}
		}
	}
	starts := 0
	for _, open := range []string{"", "("} {
		before := startProg(prog)
		for _, r := range open {
			before = before.step(r, false)
		}
		for _, a := range alphabet {
			s := open + string(a)
			if before.step(a, true).matched && !mayBeDropLine(s) {
				t.Errorf("mayBeDropLine rules out the line %q", s)
			}
			if open == "" && a == '(' {
				continue // read with open "(" (mayBeDropLine drops one)
			}
			after := before.step(a, false)
			for _, b := range alphabet {
				if next := after.step(b, false); next.matched || len(next.threads) > 0 {
					starts++
					if s := s + string(b); !mayBeDropLine(s) || !mayBeDropLine(s+"x") {
						t.Errorf("mayBeDropLine rules out %q", s)
					}
				}
			}
		}
	}
	if starts < 100 {
		t.Errorf("only %d starts can match: the simulation is wrong", starts)
	}
}

// progState is a program run over the start of a line, anchored at its
// start: the instructions waiting for a rune, and whether a match was
// reached on the way. Every word boundary may hold.
type progState struct {
	prog    *syntax.Prog
	threads []uint32
	matched bool
}

func startProg(prog *syntax.Prog) progState {
	st := progState{prog: prog}
	st.add(map[uint32]bool{}, uint32(prog.Start), true, false)
	return st
}

// step reads r; end says the line ends after it.
func (st progState) step(r rune, end bool) progState {
	next := progState{prog: st.prog, matched: st.matched}
	seen := map[uint32]bool{}
	for _, pc := range st.threads {
		if st.prog.Inst[pc].MatchRune(r) {
			next.add(seen, st.prog.Inst[pc].Out, false, end)
		}
	}
	return next
}

func (st *progState) add(seen map[uint32]bool, pc uint32, begin, end bool) {
	if seen[pc] {
		return
	}
	seen[pc] = true
	i := &st.prog.Inst[pc]
	switch i.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		st.add(seen, i.Out, begin, end)
		st.add(seen, i.Arg, begin, end)
	case syntax.InstCapture, syntax.InstNop:
		st.add(seen, i.Out, begin, end)
	case syntax.InstEmptyWidth:
		op := syntax.EmptyOp(i.Arg)
		if op&(syntax.EmptyBeginText|syntax.EmptyBeginLine) != 0 && !begin ||
			op&(syntax.EmptyEndText|syntax.EmptyEndLine) != 0 && !end {
			return
		}
		st.add(seen, i.Out, begin, end)
	case syntax.InstMatch:
		st.matched = true
	case syntax.InstRune, syntax.InstRune1:
		st.threads = append(st.threads, pc)
	default:
		panic("an instruction reDropLine does not use")
	}
}

// isDateLineAll is isDateLine as it was: every pattern run on every line
// mayBeDateLine lets through.
func isDateLineAll(t string) bool {
	if !mayBeDateLine(t) {
		return false
	}
	d := normDashes(t)
	for _, re := range []*regexp.Regexp{reISODate, reLongDate, reDayFirst} {
		d = re.ReplaceAllString(d, "")
	}
	d = reTime.ReplaceAllString(d, "")
	if len(d) == len(normDashes(t)) {
		return false
	}
	words := 0
	for _, f := range strings.Fields(d) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words <= 4
}

func TestIsDateLineRunsOnlyWhatCanMatch(t *testing.T) {
	lines := []string{"2025-12-26 04:52 Last Updated At:05:17", "December 22, 2025", "22 Dec. 2025, 10:15",
		"Updated 10:15 GMT", "Posted at 9:05", "12 killed in 3 blasts", "On 3 May, 2 people", "2025\u20111\u201102",
		"1999/12/31", "Sept. 3rd, 2024 at 12:00", "20251", "3:1 win in 90 minutes", "mar 3 2025 x y z w v"}
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt", "../testdata/heldout/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	dates := 0
	for _, l := range lines {
		got, want := isDateLine(l), isDateLineAll(l)
		if got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", l, got, want)
		}
		if got {
			dates++
		}
	}
	if dates < 10 {
		t.Errorf("%d date lines: the test reads too few", dates)
	}
}

// startsForm is the gazetteer's first-word set, with extra actors too.
func TestStartsFormIsTheFirstWords(t *testing.T) {
	for _, extra := range [][]KnownActor{nil, {{Name: "Zorblax Holdings", Aliases: []string{"ZH Group", "Egypt Air Works"}}, {Name: "Qux", Type: graph.Country}}} {
		g := New(Options{Actors: extra}).gaz
		text := "Zorblax Holdings and ZH Group met Egypt Air Works, Qux, the United Nations, Ukraine and the people of New Zealand on Friday."
		for w := range g.first {
			text += " " + w
		}
		toks := tokenize(text, 0, len(text), nil)
		starts := 0
		for i := range toks {
			if got, want := g.startsForm(&toks[i]), g.first[toks[i].low]; got != want {
				t.Errorf("extra %v, %q: startsForm %v, first %v", extra != nil, toks[i].low, got, want)
			} else if got {
				starts++
			}
		}
		if starts < 100 {
			t.Errorf("%d tokens start a form", starts)
		}
		if extra != nil && (!g.extraFirst["zorblax"] || !g.extraFirst["qux"] || !g.extraFirst["zh"] || g.extraFirst["egypt"]) {
			t.Errorf("extraFirst %v", g.extraFirst)
		}
	}
}
