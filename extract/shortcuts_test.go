package extract

import (
	"reflect"
	"testing"

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
