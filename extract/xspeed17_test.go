package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// xspeed17's exact changes, each against the code it replaced.

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
