package extract

import (
	"os"

	"github.com/newsgraph/newsgraph/graph"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The line prechecks and line starts, each against the code it replaced.

// testLines is every line of the seeds, the test articles and the
// held-out texts, with extra lines given.
func testLines(t *testing.T, extra ...string) []string {
	t.Helper()
	lines := append([]string(nil), extra...)
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
	if len(lines) < 1000 {
		t.Fatalf("%d lines: the test reads too few", len(lines))
	}
	return lines
}

// reConsentButtonOld is reConsentButton as it was, ^ in each branch.
var reConsentButtonOld = regexp.MustCompile(`(?i)^(accept|reject|allow|decline|refuse|manage|customi[sz]e|agree|ok|got it)\b.{0,30}\b(cookies?|all|preferences|settings|choices|consent)\.?$|^cookie (policy|settings|preferences|notice)\.?$`)

func TestConsentButtonAnchoredOnce(t *testing.T) {
	lines := testLines(t, "Accept all cookies", "Reject all", "Cookie policy.", "COOKIE SETTINGS", "Manage your preferences",
		"OK, got it: accept cookies", "Got it", "We accept all", "x Accept all cookies", "Cookie notice and more",
		"Customise settings.", "Agree to all", "cookie preferences", "Decline ſettings", "Allow all cookie",
		"The cookie policy.", "refuse consent", "Accept every single one of the many cookies")
	matched := 0
	for _, l := range lines {
		got, want := reConsentButton.MatchString(l), reConsentButtonOld.MatchString(l)
		if got != want {
			t.Errorf("reConsentButton.MatchString(%q) = %v, was %v", l, got, want)
		}
		if got {
			matched++
		}
	}
	if matched < 8 {
		t.Errorf("%d lines matched: the test has too few buttons", matched)
	}
}

// consentLineOld is consentLine as it was, the pattern run on every line.
func consentLineOld(t string) bool {
	if reConsentButtonOld.MatchString(t) {
		return true
	}
	low := strings.ToLower(t)
	if !strings.Contains(low, "cookie") || strings.ContainsAny(t, "\"“”") || wordCount(t) > 45 {
		return false
	}
	return consentLine(t, low)
}

func TestCheapLineTestsAgreeWithPatterns(t *testing.T) {
	lines := testLines(t, "Accept all cookies", "accept cookies", "OK", "ok, all", "Got it, all", "Manage settings",
		"Cookie Policy", "Reject all", "We use cookies to give you the best experience.", "Ｃookie policy",
		"By Jane Roe", "BY JANE ROE", "by Jane Roe and John Doe, Reuters", "By", "By the way", "Byron Smith said",
		"1. Introduction", "- 2. Methods", "* 3.Results", "• 4. Discussion", "  5. Notes", "•5. x", "--1. x",
		"12.5 percent rose", "\t7. Tab", "-\u00a01. nbsp", "A. 1.", "")
	for _, l := range lines {
		if got, want := consentLine(l, strings.ToLower(l)), consentLineOld(l); got != want {
			t.Errorf("consentLine(%q) = %v, was %v", l, got, want)
		}
		if reByline.MatchString(l) && !mayBeByline(l) {
			t.Errorf("mayBeByline(%q) = false; reByline matches", l)
		}
		if reTOCItem.MatchString(l) && !mayBeTOCItem(l) {
			t.Errorf("mayBeTOCItem(%q) = false; reTOCItem matches", l)
		}
		if reConsentButton.MatchString(l) && !mayBeConsentButton(l) {
			t.Errorf("mayBeConsentButton(%q) = false; reConsentButton matches", l)
		}
	}
	// Every rune in the first place of each alternative.
	for _, rest := range []string{"ccept all", "eject all", "llow all", "ecline all", "efuse all", "anage all",
		"ustomise all", "gree all", "k all", "ot it all", "ookie policy"} {
		for r := rune(1); r < 0x10000; r++ {
			if l := string(r) + rest; reConsentButton.MatchString(l) && !mayBeConsentButton(l) {
				t.Errorf("mayBeConsentButton(%q) = false; reConsentButton matches", l)
			}
		}
	}
}

// TestLineStartsAsTheMapWas: lineStartOf answers as the map from a line
// to its first sentence's first token did, for every line and past them.
func TestLineStartsAsTheMapWas(t *testing.T) {
	files, _ := filepath.Glob("testdata/articles/*.txt")
	more, _ := filepath.Glob("../testdata/heldout/*.txt")
	files = append(files, more...)
	if testing.Short() {
		files = files[:5]
	}
	x := New(Options{})
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc{}
		x.run(d, graph.Article{Text: string(text), Origin: f})
		old := map[int]int{}
		for _, s := range d.sents {
			if _, ok := old[s.line]; !ok {
				old[s.line] = s.a
			}
		}
		for line := -2; line < len(d.pg.lines)+2; line++ {
			a, ok := d.lineStartOf(line)
			wa, wok := old[line]
			if a != wa || ok != wok {
				t.Fatalf("%s: lineStartOf(%d) = %d, %v; the map gave %d, %v", f, line, a, ok, wa, wok)
			}
		}
	}
}
