package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Article is one generated article with what was planted in it.
type Article struct {
	// Index is the article's number in the corpus.
	Index int
	Title string
	// Date is the publication date, YYYY-MM-DD.
	Date string
	// Body is the article's text: paragraphs separated by blank lines.
	Body string
	// Actors are the canonical names of every actor named in Body, in
	// order of first mention.
	Actors []string
	// Relations are the actor-to-actor interactions the body states,
	// by canonical names, in the order written.
	Relations []Relation
	// Quotes are the verbatim quotations with their speakers.
	Quotes []Quote
}

// Relation is a planted interaction: Source did Class to Target.
type Relation struct {
	Source string
	Class  graph.EdgeClass
	Target string
}

// Quote is a planted quotation.
type Quote struct {
	Speaker string
	Text    string
}

// File returns the article as a .txt file: Title: and Date: header lines,
// a blank line and the body.
func (a *Article) File() []byte {
	return []byte("Title: " + a.Title + "\nDate: " + a.Date + "\n\n" + a.Body + "\n")
}

// FileName is the article's file name in a corpus folder, which sorts in
// article order.
func (a *Article) FileName() string { return fmt.Sprintf("a%07d.txt", a.Index) }

// theCountries take "the" in running text.
var theCountries = map[string]bool{"United States": true, "United Kingdom": true, "Netherlands": true, "Philippines": true}

// The period articles are dated in.
var (
	firstDay = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	days     = 912 // to mid-2026
)

// Article makes article i. The result depends only on the generator's
// seed and i.
func (g *Generator) Article(i int) *Article {
	r := rand.New(rand.NewPCG(g.opts.Seed^0x5851f42d4c957f2d, uint64(i)))
	w := &writer{
		g:          g,
		r:          r,
		a:          &Article{Index: i},
		introduced: map[int]bool{},
		named:      map[int]bool{},
		people:     rand.NewZipf(r, g.opts.Skew, 8, uint64(len(g.people)-1)),
		countries:  rand.NewZipf(r, 1.2, 2, uint64(len(g.countries)-1)),
		orgs:       rand.NewZipf(r, g.opts.Skew, 3, uint64(len(g.orgs)-1)),
	}
	day := firstDay.AddDate(0, 0, r.IntN(days))
	w.a.Date = day.Format(time.DateOnly)
	w.day = day
	w.story()
	return w.a
}

// writer builds one article.
type writer struct {
	g   *Generator
	r   *rand.Rand
	a   *Article
	day time.Time

	cast       []int // actor indexes in the article, people first
	introduced map[int]bool
	named      map[int]bool
	surnames   map[string]bool

	people, countries, orgs *rand.Zipf

	paras []string
	cur   []string
}

// castPeople draws n distinct people, none sharing a surname.
func (w *writer) castPeople(n int) []int {
	if w.surnames == nil {
		w.surnames = map[string]bool{}
	}
	var out []int
	for tries := 0; len(out) < n && tries < 50*n; tries++ {
		i := w.g.people[w.people.Uint64()]
		p := &w.g.actors[i]
		if w.surnames[graph.Fold(p.Last)] {
			continue
		}
		w.surnames[graph.Fold(p.Last)] = true
		out = append(out, i)
	}
	return out
}

func (w *writer) castCountry(not ...int) int {
	for {
		c := w.g.countries[w.countries.Uint64()]
		ok := true
		for _, x := range not {
			if x == c {
				ok = false
			}
		}
		if ok {
			return c
		}
	}
}

func (w *writer) castOrg(not ...int) int {
	for {
		o := w.g.orgs[w.orgs.Uint64()]
		ok := true
		for _, x := range not {
			if x == o {
				ok = false
			}
		}
		if ok {
			return o
		}
	}
}

// countryOf is the country a person serves, or the home of their
// organisation, or -1.
func (w *writer) countryOf(i int) int {
	a := &w.g.actors[i]
	if a.Type != graph.Person {
		if a.Type == graph.Country {
			return i
		}
		return a.Home
	}
	aff := &w.g.actors[a.Affiliation]
	if aff.Type == graph.Country {
		return a.Affiliation
	}
	return aff.Home
}

// ref names actor i: on first mention with its title and full name, later
// by surname (sometimes spelled another way) or short form. It records
// the actor (and a person's affiliation, named in the title) as named.
func (w *writer) ref(i int) string {
	a := &w.g.actors[i]
	first := !w.introduced[i]
	w.introduced[i] = true
	w.mention(i)
	switch a.Type {
	case graph.Country:
		if theCountries[a.Name] {
			return "the " + a.Name
		}
		return a.Name
	case graph.Organization:
		if !first && a.Short != "" && w.r.IntN(2) == 0 {
			return a.Short
		}
		return a.Name
	}
	if !first {
		if len(a.Variants) > 0 && w.r.IntN(4) == 0 {
			return pick(w.r, a.Variants)
		}
		return a.Last
	}
	aff := &w.g.actors[a.Affiliation]
	w.mention(a.Affiliation)
	w.introduced[a.Affiliation] = true
	if aff.Type == graph.Country {
		switch w.r.IntN(4) {
		case 0:
			if theCountries[aff.Name] {
				break
			}
			return aff.Name + "'s " + a.Title + " " + a.Name
		}
		return aff.Demonym + " " + a.Title + " " + a.Name
	}
	return aff.Name + " " + a.Title + " " + a.Name
}

// subject is ref capitalised for the start of a sentence.
func (w *writer) subject(i int) string { return capitalise(w.ref(i)) }

func (w *writer) mention(i int) {
	if !w.named[i] {
		w.named[i] = true
		w.a.Actors = append(w.a.Actors, w.g.actors[i].Name)
	}
}

func (w *writer) rel(s int, c graph.EdgeClass, t int) {
	w.a.Relations = append(w.a.Relations, Relation{Source: w.g.actors[s].Name, Class: c, Target: w.g.actors[t].Name})
}

// say adds a sentence to the current paragraph.
func (w *writer) say(format string, args ...any) {
	w.cur = append(w.cur, fmt.Sprintf(format, args...))
}

// para ends the current paragraph.
func (w *writer) para() {
	if len(w.cur) > 0 {
		w.paras = append(w.paras, strings.Join(w.cur, " "))
		w.cur = nil
	}
}

// weekday is a day of the week shortly before the publication date.
func (w *writer) weekday() string {
	return weekdays[int(w.day.AddDate(0, 0, -w.r.IntN(3)).Weekday()+6)%7]
}

func (w *writer) month() string { return months[(int(w.day.Month())+w.r.IntN(3))%12] }

func (w *writer) cityOf(country int) string {
	c := &w.g.actors[country]
	if w.r.IntN(3) == 0 {
		return c.City
	}
	return c.Capital
}

// story writes the article: a lead interaction between two people, their
// words, reactions of others and interactions of countries and
// organisations, with background sentences between.
func (w *writer) story() {
	r := w.r
	cast := w.castPeople(4 + r.IntN(4))
	a, b := cast[0], cast[1]
	others := cast[2:]
	ca := w.countryOf(a)
	place := w.cityOf(w.homeOf(b))
	topic := pick(r, topics)

	// Lead.
	var title string
	switch r.IntN(7) {
	case 0, 1:
		w.say("%s met %s in %s on %s for talks on %s.", w.subject(a), w.ref(b), place, w.weekday(), topic)
		w.rel(a, graph.Consult, b)
		title = fmt.Sprintf("%s and %s meet in %s as pressure grows over %s", w.g.actors[a].Last, w.g.actors[b].Last, place, topic)
	case 2:
		w.say("%s held talks with %s in %s on %s on %s.", w.subject(a), w.ref(b), place, w.weekday(), topic)
		w.rel(a, graph.Consult, b)
		title = fmt.Sprintf("%s holds talks with %s on %s", w.g.actors[a].Last, w.g.actors[b].Last, topic)
	case 3:
		w.say("%s spoke by phone with %s on %s about %s.", w.subject(a), w.ref(b), w.weekday(), topic)
		w.rel(a, graph.Consult, b)
		title = fmt.Sprintf("%s and %s discuss %s by phone", w.g.actors[a].Last, w.g.actors[b].Last, topic)
	case 4:
		acc := pick(r, accusations)
		w.say("%s on %s accused %s of %s.", w.subject(a), w.weekday(), w.ref(b), acc)
		w.rel(a, graph.Accuse, b)
		title = fmt.Sprintf("%s accuses %s of %s", w.g.actors[a].Last, w.g.actors[b].Last, acc)
	case 5:
		req := pick(r, requests)
		w.say("%s urged %s on %s to %s.", w.subject(a), w.ref(b), w.weekday(), req)
		w.rel(a, graph.Request, b)
		title = fmt.Sprintf("%s urges %s to %s", w.g.actors[a].Last, w.g.actors[b].Last, req)
	default:
		w.say("%s signed an agreement with %s on %s in %s on %s.", w.subject(a), w.ref(b), topic, place, w.weekday())
		w.rel(a, graph.Agree, b)
		title = fmt.Sprintf("%s and %s sign deal on %s", w.g.actors[a].Last, w.g.actors[b].Last, topic)
	}
	w.a.Title = title
	if r.IntN(2) == 0 {
		w.say("%s", pick(r, fillers))
	}
	w.para()

	// The lead speaker's words.
	w.quote(a)
	if r.IntN(2) == 0 {
		w.reported(a)
	}
	w.para()

	// The other side.
	switch r.IntN(3) {
	case 0:
		w.reported(b)
	case 1:
		w.quote(b)
	default:
		w.say("%s rejected %s's account and dismissed %s as %s.", w.subject(b), w.ref(a), "the remarks", pick(r, []string{"political theatre", "an attempt to shift blame", "premature"}))
		w.reported(b)
	}
	w.para()

	// Others react and act.
	for k, o := range others {
		w.action(o, a, b, ca)
		if r.IntN(2) == 0 {
			if r.IntN(2) == 0 {
				w.quote(o)
			} else {
				w.reported(o)
			}
		}
		if k%2 == 1 || r.IntN(3) == 0 {
			w.say("%s", pick(r, fillers))
		}
		w.para()
	}

	// Background.
	for range 2 + r.IntN(3) {
		w.say("%s", pick(r, fillers))
	}
	w.para()

	// Countries and organisations.
	for range 2 + r.IntN(3) {
		w.institutional(ca)
		w.para()
	}
	if r.IntN(2) == 0 {
		w.say("%s", pick(r, fillers))
	}
	w.say("%s and %s are expected to meet again in %s.", capitalise(w.ref(a)), w.ref(b), w.month())
	w.para()
	w.a.Body = strings.Join(w.paras, "\n\n")
}

// action is what another person in the story does to the lead pair or
// to a country.
func (w *writer) action(o, a, b, ca int) {
	r := w.r
	t := a
	if r.IntN(2) == 0 {
		t = b
	}
	switch r.IntN(9) {
	case 0:
		w.say("%s criticized %s for %s.", w.subject(o), w.ref(t), pick(r, accusations))
		w.rel(o, graph.Accuse, t)
	case 1:
		w.say("%s praised %s for %s.", w.subject(o), w.ref(t), pick(r, praises))
		w.rel(o, graph.Support, t)
	case 2:
		w.say("%s urged %s to %s.", w.subject(o), w.ref(t), pick(r, requests))
		w.rel(o, graph.Request, t)
	case 3:
		w.say("%s later met %s in %s.", w.subject(o), w.ref(t), w.cityOf(w.homeOf(o)))
		w.rel(o, graph.Consult, t)
	case 4:
		w.say("%s threatened %s with legal action over %s.", w.subject(o), w.ref(t), pick(r, topics))
		w.rel(o, graph.Threaten, t)
	case 5:
		w.say("%s accused %s of %s.", w.subject(o), w.ref(t), pick(r, accusations))
		w.rel(o, graph.Accuse, t)
	case 6:
		w.say("%s thanked %s for %s.", w.subject(o), w.ref(t), pick(r, praises))
		w.rel(o, graph.Support, t)
	case 7:
		c := w.castCountry(w.countryOf(o))
		w.say("%s held talks with %s on %s.", w.subject(o), w.ref(c), pick(r, topics))
		w.rel(o, graph.Consult, c)
	default:
		w.say("%s worked with %s on %s.", w.subject(o), w.ref(t), pick(r, topics))
		w.rel(o, graph.Cooperate, t)
	}
}

// institutional is a sentence about countries and organisations.
func (w *writer) institutional(ca int) {
	r := w.r
	c1 := ca
	if c1 < 0 || r.IntN(2) == 0 {
		c1 = w.castCountry()
	}
	c2 := w.castCountry(c1)
	switch r.IntN(8) {
	case 0:
		o := w.castOrg()
		w.say("%s imposed sanctions on %s over %s.", w.subject(c1), w.ref(o), pick(r, topics))
		w.rel(c1, graph.Sanction, o)
	case 1:
		w.say("%s supplied %s with %s last month.", w.subject(c1), w.ref(c2), pick(r, aidItems))
		w.rel(c1, graph.Aid, c2)
	case 2:
		o := w.castOrg()
		w.say("%s welcomed the move, while %s criticized %s for %s.", w.subject(o), w.ref(c2), w.ref(c1), pick(r, accusations))
		w.rel(c2, graph.Accuse, c1)
	case 3:
		o := w.castOrg()
		w.say("%s called on %s to %s.", w.subject(o), w.ref(c1), pick(r, requests))
		w.rel(o, graph.Request, c1)
	case 4:
		w.say("%s and %s signed an agreement on %s.", w.subject(c1), w.ref(c2), pick(r, topics))
		w.rel(c1, graph.Agree, c2)
	case 5:
		w.say("%s accused %s of %s.", w.subject(c1), w.ref(c2), pick(r, accusations))
		w.rel(c1, graph.Accuse, c2)
	case 6:
		o := w.castOrg()
		w.say("%s funded %s.", w.subject(c1), w.ref(o))
		w.rel(c1, graph.Aid, o)
	default:
		if theCountries[w.g.actors[c2].Name] {
			w.say("%s rejected demands from %s on %s.", w.subject(c1), w.ref(c2), pick(r, topics))
		} else {
			w.say("%s rejected %s's demands on %s.", w.subject(c1), w.ref(c2), pick(r, topics))
		}
		w.rel(c1, graph.Reject, c2)
	}
}

// quote adds a quotation by person p, with the speaker before or after.
func (w *writer) quote(p int) {
	r := w.r
	text := fmt.Sprintf(pick(r, quoteOpeners), pick(r, quoteSubjects))
	if t := pick(r, quoteTails); t != "" {
		text += " " + t
	}
	switch r.IntN(3) {
	case 0:
		w.say("\"%s,\" %s said.", text, w.ref(p))
	case 1:
		w.say("\"%s,\" %s told reporters in %s.", text, w.ref(p), w.cityOf(w.homeOf(p)))
	default:
		w.say("%s said: \"%s.\"", w.subject(p), text)
	}
	w.a.Quotes = append(w.a.Quotes, Quote{Speaker: w.g.actors[p].Name, Text: text})
}

// homeOf is the country of person p, or the first country for people
// of international organisations.
func (w *writer) homeOf(p int) int {
	if c := w.countryOf(p); c >= 0 {
		return c
	}
	return w.g.countries[0]
}

// reported adds reported speech by person p about a country.
func (w *writer) reported(p int) {
	c := w.homeOf(p)
	w.say("%s said %s %s.", w.subject(p), w.ref(c), pick(w.r, reportedClauses))
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
