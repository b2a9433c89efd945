package extract

import "testing"

// TestInnerHeadPluralTail (mention.member-noun-tail,
// innerHeadPluralTail): a body's "of" phrase with an organisation's head
// word inside it ("Insurance", "Pharmaceutical") runs on to the plural
// noun that ends the capitalised run; a head that ends the run keeps
// the name whole, and a plural in another run is no part of it.
func TestInnerHeadPluralTail(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"The Federation of Regional Health Insurance Funds said on Monday that it would sue the ministry.",
			[]string{"Federation of Regional Health Insurance Funds"}, []string{"Funds", "Federation of Regional Health Insurance"}},
		{"The Association of Generic Pharmaceutical Companies urged the regulator to publish its prices.",
			[]string{"Association of Generic Pharmaceutical Companies"}, []string{"Companies"}},
		{"The Union of Science-based Biotech Ventures backed the bill on Tuesday.",
			[]string{"Union of Science-based Biotech Ventures"}, []string{"Ventures"}}, // a head itself ends the name
		{"Kestrel Insurance said on Monday that Funds would be frozen.",
			[]string{"Kestrel Insurance"}, []string{"Kestrel Insurance Funds"}}, // no run
	} {
		names := actorNames(t, c.text)
		for _, w := range c.want {
			if !hasActor(names, w) {
				t.Errorf("%q: actors %v, want %s", c.text, names, w)
			}
		}
		for _, n := range c.not {
			if hasActor(names, n) {
				t.Errorf("%q: actors %v, want no %s", c.text, names, n)
			}
		}
	}
}
