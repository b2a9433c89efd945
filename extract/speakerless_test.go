package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNoSpeakerPossible: a sentence whose mentions are all names of no
// actor can give the parse's reader of statements no speaker; a name,
// a pronoun, a description or a surname two persons share can.
func TestNoSpeakerPossible(t *testing.T) {
	const before = "Foreign Minister Kofi Mensah met Lena Vasquez in Accra on Monday. "
	tests := []struct {
		name, last string
		want       bool
	}{
		{"unresolved name as subject", "Relief groups have warned that stocks could run out before the rains.", true},
		{"unresolved name, aside", "Turnout in rural districts was higher than forecast, poll observers said.", true},
		{"a named actor", "Mensah said the talks had gone well.", false},
		{"a country", "Ghana said the talks had gone well.", false},
		{"a pronoun", "He said the talks had gone well.", false},
		{"a description", "The ministry said the talks had gone well.", false},
	}
	x := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := lastSentenceSpeakerless(t, x, before+tc.last)
			if !ok {
				t.Fatalf("%q: the last sentence has no mention; the case tests nothing", tc.last)
			}
			if got != tc.want {
				t.Errorf("noSpeakerPossible(%q) = %v, want %v", tc.last, got, tc.want)
			}
		})
	}
	// A surname two persons share, each named once, is unresolved, yet
	// surnameSpeaker gives it a bearer.
	shared := "Anna Berg met Tomas Berg in Oslo. Berg said the plan would pass."
	if got, ok := lastSentenceSpeakerless(t, x, shared); !ok || got {
		t.Errorf("noSpeakerPossible(%q) = %v (mentions %v), want false", shared, got, ok)
	}
}

// lastSentenceSpeakerless extracts text and answers noSpeakerPossible
// for its last sentence, and whether that sentence has a mention.
func lastSentenceSpeakerless(t *testing.T, x *Extractor, text string) (got, hasMention bool) {
	t.Helper()
	var d doc
	x.run(&d, graph.Article{Text: text})
	si := len(d.sents) - 1
	r := &reader{mentsBy: make([][]*mention, len(d.sents))}
	for _, m := range d.ments {
		r.mentsBy[m.sent] = append(r.mentsBy[m.sent], m)
	}
	return d.noSpeakerPossible(r, si), len(r.mentsBy[si]) > 0
}

// TestSkippedParsesChangeNothing extracts the seeds, the test articles
// and the held-out stories twice, with the parses maySkipParse lets the
// readers skip and with every parse: the batches must be the same, and
// some parse must have been skipped.
func TestSkippedParsesChangeNothing(t *testing.T) {
	var files []string
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt", "../testdata/heldout/*.txt"} {
		f, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f...)
	}
	if len(files) < 40 {
		t.Fatalf("%d articles in ../seeds, testdata/articles and ../testdata/heldout; expected more", len(files))
	}
	if testing.Short() {
		files = files[:10]
	}
	x := New(Options{})
	skipped := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := graph.Article{Text: string(text), Origin: f}
		skipping, every := doc{}, doc{readEveryParse: true}
		x.run(&skipping, a)
		x.run(&every, a)
		if !reflect.DeepEqual(skipping.out, every.out) {
			t.Errorf("%s: the batch with parses skipped differs from the one with every parse", f)
		}
		skipped += len(every.parses) - len(skipping.parses)
	}
	if skipped <= 0 && !testing.Short() {
		t.Errorf("%d parses skipped: maySkipParse is never used", skipped)
	}
	t.Logf("%d articles, %d sentences left unparsed", len(files), skipped)
}

// TestOnlyPronounsAndDescriptionsResolve guards noSpeakerPossible's
// proof: no rule of resolveRules applies to a mention that is neither
// a pronoun nor a description, whatever its fields hold, so refs finds
// nothing for an unresolved name and changes nothing. A rule added for
// names must make noSpeakerPossible try it too.
func TestOnlyPronounsAndDescriptionsResolve(t *testing.T) {
	classes := []string{"gov", "protest", "country:", "org:ministry", "echo:x", "group:x", "sides:sides", "spouses:x", "half:north", "president", "ambassador", countryGroupClass}
	for k := sGaz; k <= sDesc; k++ {
		if k == sPron || k == sDesc {
			continue
		}
		for _, pron := range []string{"", "he", "his", "its", "it", "they"} {
			for _, class := range classes {
				m := &mention{kind: k, pron: pron, desc: &segment{class: class, num: 2}}
				for _, rule := range resolveRules {
					if rule.applies(m) {
						t.Errorf("rule %s applies to a mention of kind %d (pronoun %q, class %q): noSpeakerPossible must try it", rule.name, k, pron, class)
					}
				}
			}
		}
	}
}
