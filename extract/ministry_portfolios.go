package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// Classes of error that blind held-out articles showed
// (testdata/heldout/README.md), each with
// invented sentences in ministry_portfolios_test.go.

// pluralCueAppositive (rule mention.organisation): "the country's two
// mobile operators, Digicel PNG and Vodafone PNG,", "two state lenders,
// Finbank and Agrobank," — a name set off by a comma right after a
// plural noun of organisations (pluralOrgCues) is one of them, as a
// name right after one is ("the lenders Finbank and Agrobank").
func (d *doc) pluralCueAppositive(i int, s sentence) bool {
	j := i - 1
	if j-1 < s.a || d.toks[j].text != "," {
		return false
	}
	w := d.toks[j-1]
	return w.kind == tWord && !w.cap && (w.is(pluralOrgCuesClass) || pluralOrgCue(w.low))
}

// legalPrefixes open a company's name with its legal form, the name
// proper after it: Indonesia's "PT" (perseroan terbatas), "PT Tianrui
// Nickel Sulawesi" going by "Tianrui".
var legalPrefixes = set("pt")

// companyShortForms (rule actor.company-short) are the shorter names a
// company named name may go by in the same article: each form left
// when the company tail words at its end are taken off one by one
// ("Hengfa Metals" and "Hengfa" of "Hengfa Metals Group"), and, after a
// legal form that opens the name (legalPrefixes), the word after it
// ("Tianrui" of "PT Tianrui Nickel Sulawesi", where the place ending
// the name is no tail word). A form of one word that is a tail word, or
// that opens with a word of stopCaps, is none.
func companyShortForms(name string) []string {
	var buf [8]string
	w := fieldsIn(buf[:0], name)
	var out []string
	if len(w) >= 2 && lowerIn(legalPrefixes, w[0]) {
		if x := w[1]; startsUpper(x) && !companyTail(x) && !lowerIn(stopCaps, x) && !lowerIn(orgHeads, x) {
			out = append(out, x)
		}
	}
	core := companyCore(name)
	if core == "" {
		return out
	}
	for n := len(w) - 1; n >= 1; n-- {
		form := strings.Join(w[:n], " ")
		out = append(out, form)
		if form == core {
			break
		}
	}
	return out
}

// startsUpper reports whether word x opens with an upper-case letter.
func startsUpper(x string) bool {
	r := []rune(x)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// ministryNameHeads open a ministry's name before "of" or "for" its
// portfolios ("Ministry of Agriculture", "Department for Environment").
var ministryNameHeads = set("ministry", "department", "secretariat")

// joinPortfolioLists (rule mention.organisation, joinPortfolioLists):
// "the Department for Environment, Food and Rural Affairs", "the
// Ministry of Agriculture, Forestry and Fisheries" — a ministry's name
// lists its portfolios with commas and "and", where the capitalised run
// of the name stopped at the first comma: the name runs on to its last
// portfolio, and the portfolios after the comma are no actors of their
// own. Every word of the list must be a portfolio's
// (lexicon/ministry_portfolios.txt) and the list must close with "and"
// ("the Ministry of Defence, Britain and France" lists countries).
func (d *doc) joinPortfolioLists() {
	drop := map[*mention]bool{}
	var buf [8]string
	for _, m := range d.ments {
		if drop[m] || m.cand.typ != graph.Organization || m.cand.canon == "" || m.hb != m.b {
			continue
		}
		w := fieldsIn(buf[:0], strings.ToLower(m.cand.canon))
		if len(w) < 3 || !ministryNameHeads[w[0]] || w[1] != "of" && w[1] != "for" {
			continue
		}
		e := d.portfolioListEnd(m.b, d.sents[m.sent])
		if e <= m.b {
			continue
		}
		for _, o := range d.ments {
			if o != m && o.sent == m.sent && o.ha >= m.b && o.hb <= e { // the head: "spokeswoman for the …, Forestry"
				drop[o] = true
			}
		}
		name := d.span(m.ha, e)
		m.b, m.hb = e, e
		m.cand.canon, m.cand.alias = name, name
	}
	if len(drop) == 0 {
		return
	}
	kept := d.ments[:0]
	for _, m := range d.ments {
		if !drop[m] {
			kept = append(kept, m)
		}
	}
	d.ments = kept
	// "A spokeswoman for the Ministry of Agriculture, Forestry and …":
	// the portfolio after the comma was read as her name.
	keepLinks := func(ls []roleLink) []roleLink {
		out := ls[:0]
		for _, l := range ls {
			if !drop[l.person] && !drop[l.target] {
				out = append(out, l)
			}
		}
		return out
	}
	d.roles, d.envoys = keepLinks(d.roles), keepLinks(d.envoys)
	pts := d.pendingTitles[:0]
	for _, pt := range d.pendingTitles {
		if !drop[pt.m] {
			pts = append(pts, pt)
		}
	}
	d.pendingTitles = pts
}

// portfolioListEnd returns the end of ", P, P and P" from token k, each
// P one or more capitalised portfolio words, or k when the words from k
// are no such list.
func (d *doc) portfolioListEnd(k int, s sentence) int {
	j, sawAnd := k, false
	for j < s.b && !sawAnd {
		switch {
		case d.toks[j].text == "," && j+1 < s.b && d.toks[j+1].low == "and":
			j += 2 // a serial comma
			sawAnd = true
		case d.toks[j].text == ",":
			j++
		case d.toks[j].low == "and" && j > k:
			j++
			sawAnd = true
		default:
			return k
		}
		n := 0
		for j < s.b && d.toks[j].kind == tWord && d.toks[j].cap && ministryPortfolios[d.toks[j].low] {
			j, n = j+1, n+1
		}
		if n == 0 {
			return k
		}
	}
	if !sawAnd || j < s.b && d.toks[j].kind == tWord && d.toks[j].cap {
		return k
	}
	return j
}
