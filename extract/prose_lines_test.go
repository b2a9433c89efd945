package extract

import (
	"strings"
	"testing"
)

// kindOf classifies text as an article with no metadata and returns the
// region of the line that is want, and the page.
func kindOf(t *testing.T, text, want string) (region, page) {
	t.Helper()
	p := cleanPage(text, articleMeta{})
	for _, l := range p.lines {
		if l.text == want {
			return l.kind, p
		}
	}
	t.Fatalf("no line %q in %q", want, text)
	return 0, p
}

// Lines a furniture opener starts that are sentences of the story stay
// in the body; link and metadata lines with the same openers are
// dropped (invented sentences, one per opener and form).
func TestFurnitureOpenersThatStartSentences(t *testing.T) {
	const lead = "Port talks collapse\n\nDockworkers walked off the job on Monday after the operator refused to withdraw its plan.\n\n"
	body := []string{
		"Read more than 2,000 times before it was deleted, the post named the two ministers, the prosecutor said.",
		"Read more about the union's demands, Saar told reporters, in the letter it sent to the ministry.",
		"Read also by the opposition leader, the statement accused the government of hiding the figures.",
		"See also the court's ruling last year, which the lawyers for the miners cited in their appeal.",
		"Published figures show that inflation rose to 3.1 percent in November, the central bank said.",
		"Posted guards were withdrawn from the border crossing on Tuesday, the interior ministry said.",
		"Sponsored by the regional government, the programme trained nearly 4,000 nurses last year.",
		"Advertisements for the drug were banned on Friday after the regulator found the claims false.",
		"Subscribers to the state broadcaster were told on Monday that the licence fee would rise.",
		"12 comments submitted by farmers' groups were ignored by the ministry, the ombudsman said.",
		"10 days ago the army withdrew its last units from the town, residents said on Sunday.",
		"Listen to the families of the victims, the bishop told the government at the funeral.",
	}
	for _, b := range body {
		if k, _ := kindOf(t, lead+b+"\n", b); k != rBody {
			t.Errorf("%q: region %d, want body", b, k)
		}
	}
	furniture := []string{
		"Read more: Port unveils automation plan",
		"Read more: Why the port strike matters to Estonia's economy.",
		"Read more",
		"Read more »",
		"READ MORE",
		"Read more about this story on our website.",
		"Read more about the strike and the talks in our live coverage of the dispute.",
		"See also: Rotterdam dockers end strike",
		"Related: Rotterdam dockers end strike",
		"Listen to the full interview with the minister in the player below.",
		"Subscribe to our newsletter for the latest news from the Baltic ports.",
		"Advertisement",
		"Sponsored",
		"Posted | World",
		"12 comments",
		"3 days ago",
		"(4 min read)",
	}
	for _, f := range furniture {
		if k, _ := kindOf(t, lead+f+"\n\nThe minister said talks would resume.\n", f); k != rDrop {
			t.Errorf("%q: region %d, want dropped", f, k)
		}
	}
}

// A sentence of the story that ends in a date is no dateline, and its
// date is no publication date; a dateline still is one, with its words.
func TestBodyLineEndingInDateIsNoDateline(t *testing.T) {
	const lead = "Union talks collapse\n\nTalks between the unions collapsed on Monday, the federation said.\n\n"
	for _, b := range []string{
		"New talks are set for 12 March 2027",
		"Talks resume on 12 March 2027",
		"Polls close on May 3, 2027",
		"The ceasefire holds until 2027-01-15",
		"Werthein said the review would be held on March 15, 2027",
		"Protesters marched on 3 May 2026",
		"Published figures show the deficit widened to 4 percent by 30 June 2026.",
	} {
		k, p := kindOf(t, lead+b+"\n\nThe federation said it would not strike before then.\n", b)
		if k == rDrop {
			t.Errorf("%q: dropped as a dateline", b)
		}
		if p.date != "" {
			t.Errorf("%q: publication date %q from a line of the story", b, p.date)
		}
	}
	// Lines of the story (after the first body line) that end in a date
	// with no full stop are body, not headings.
	for _, b := range []string{
		"New talks are set for 12 March 2027",
		"Werthein said the review would be held on March 15, 2027",
	} {
		if k, _ := kindOf(t, lead+b+"\n", b); k != rBody {
			t.Errorf("%q: region %d, want body", b, k)
		}
	}
	datelines := map[string]string{
		"December 22, 2025":                          "2025-12-22",
		"Updated on December 22, 2025 at 10:04 GMT":  "2025-12-22",
		"Last updated 22 Dec 2025, 10:15":            "2025-12-22",
		"First published on Monday 22 December 2025": "2025-12-22",
		"Published 12 May 2026":                      "2026-05-12",
		"Published: 2026-05-12 09:00":                "2026-05-12",
		"KYIV, December 22, 2025":                    "2025-12-22",
		"December 22, 2025 · 4 min read":             "2025-12-22",
		"2025-12-26 04:52 Last Updated At:05:17":     "2025-12-26",
		"Posted in World on December 22, 2025":       "2025-12-22",
	}
	for d, want := range datelines {
		text := "Union talks collapse\n\n" + d + "\n\nTalks between the unions collapsed on Monday, the federation said.\n"
		p := cleanPage(text, articleMeta{})
		if p.date != want {
			t.Errorf("%q: date %q, want %q", d, p.date, want)
		}
		for _, l := range p.lines {
			if l.text == d && l.kind != rDrop {
				t.Errorf("%q: region %d, want dropped", d, l.kind)
			}
		}
	}
}

// The headline of an article is still read from its first line when
// that line ends in a date.
func TestHeadlineEndingInDateStaysTitle(t *testing.T) {
	p := cleanPage("Kenya to hold elections on August 9, 2027\n\nKenya will hold elections next year, the commission said.\n", articleMeta{})
	if !strings.HasPrefix(p.title, "Kenya to hold elections") {
		t.Errorf("title %q", p.title)
	}
}

// A consent banner pasted with a story is no text of it and gives it no
// title; sentences of news about cookies, and quotations, stay.
func TestConsentBannerIsNoText(t *testing.T) {
	text := "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.\n" +
		"Accept all cookies\nManage preferences\nCookie settings\n" +
		"Dockworkers strike at Muuga over automation plan\n" +
		"Dockworkers at the Port of Muuga walked off the job on Monday, the union said.\n" +
		"This website uses cookies and similar technologies to personalise content.\n" +
		"The regulator fined the company for placing tracking cookies without consent, the ministry said.\n" +
		"\"We use cookies only with your consent,\" a company spokesman said.\n" +
		"Related Topics\nEstonia strikes and the economy\n"
	p := cleanPage(text, articleMeta{})
	if p.title != "Dockworkers strike at Muuga over automation plan" {
		t.Errorf("title %q", p.title)
	}
	kinds := map[string]region{}
	for _, l := range p.lines {
		kinds[l.text] = l.kind
	}
	for _, drop := range []string{"We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
		"Accept all cookies", "Manage preferences", "Cookie settings", "This website uses cookies and similar technologies to personalise content.",
		"Related Topics", "Estonia strikes and the economy"} {
		if k := kinds[drop]; k != rDrop {
			t.Errorf("%q: region %d, want dropped", drop, k)
		}
	}
	for _, keep := range []string{"The regulator fined the company for placing tracking cookies without consent, the ministry said.",
		"\"We use cookies only with your consent,\" a company spokesman said."} {
		if k := kinds[keep]; k != rBody {
			t.Errorf("%q: region %d, want body", keep, k)
		}
	}
}
