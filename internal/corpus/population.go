package corpus

import (
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Actor is one member of the generated population.
type Actor struct {
	// Name is the canonical name: a person's full name, a country's or
	// an organisation's name.
	Name string
	Type graph.ActorType
	// Rank orders the actors of one type by how often articles mention
	// them: rank 0 is the most mentioned.
	Rank int

	// People: first and last name, other spellings of the last name
	// that fold alike (graph.Fold), title, and the index in
	// Generator.Actors of the country or organisation they serve.
	First, Last string
	Variants    []string
	Title       string
	Affiliation int

	// Countries: the adjective, the capital and another city.
	Demonym, Capital, City string
	// Organisations: a short form used on later mentions ("Meridian"
	// for "Meridian Pharma"), or "".
	Short string
	// Home is the index of an organisation's country, or -1.
	Home int
}

// Options size the population.
type Options struct {
	// Seed makes the corpus: the same seed gives the same population
	// and articles.
	Seed uint64
	// People is the number of people (default 6000). There are about
	// 30,000 distinct names; a population near that gets fewer.
	People int
	// Organizations is the number of generated companies and parties
	// (default 700), besides the international organisations.
	Organizations int
	// Skew is the Zipf exponent of mentions (default 1.1, above 1).
	Skew float64
}

func (o Options) withDefaults() Options {
	if o.People <= 0 {
		o.People = 6000
	}
	if o.Organizations <= 0 {
		o.Organizations = 700
	}
	if o.Skew <= 1 {
		o.Skew = 1.1
	}
	return o
}

// Generator makes articles about a fixed population. It is safe for
// concurrent use: Article only reads the population.
type Generator struct {
	opts      Options
	actors    []Actor
	people    []int // indexes into actors, by rank
	countries []int
	orgs      []int
}

// New builds the population for opts.Seed.
func New(opts Options) *Generator {
	opts = opts.withDefaults()
	g := &Generator{opts: opts}
	r := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))

	for i, row := range countryRows {
		f := strings.Split(row, "|")
		g.countries = append(g.countries, len(g.actors))
		g.actors = append(g.actors, Actor{Name: f[0], Type: graph.Country, Rank: i, Demonym: f[1], Capital: f[2], City: f[3], Affiliation: -1, Home: -1})
	}

	used := map[string]bool{}
	for i, row := range intlOrgRows {
		name, short, _ := strings.Cut(row, "|")
		used[graph.Fold(name)] = true
		g.orgs = append(g.orgs, len(g.actors))
		g.actors = append(g.actors, Actor{Name: name, Type: graph.Organization, Rank: i, Short: short, Affiliation: -1, Home: -1})
	}
	for _, name := range bodyRows {
		used[graph.Fold(name)] = true
		g.orgs = append(g.orgs, len(g.actors))
		g.actors = append(g.actors, Actor{Name: name, Type: graph.Organization, Rank: len(g.orgs) - 1, Affiliation: -1, Home: g.countries[r.IntN(len(g.countries))]})
	}
	for len(g.orgs) < len(intlOrgRows)+len(bodyRows)+opts.Organizations {
		home := g.countries[r.IntN(len(g.countries))]
		var a Actor
		if r.IntN(4) == 0 {
			a = Actor{Name: pick(r, partyAdj) + " " + pick(r, partyNoun) + " Party"}
		} else {
			stem := pick(r, companyStems)
			a = Actor{Name: stem + " " + pick(r, companyHeads), Short: stem}
		}
		key := graph.Fold(a.Name)
		if used[key] {
			if len(used) > len(companyStems)*len(companyHeads) {
				break // every name is taken
			}
			continue
		}
		used[key] = true
		a.Type, a.Home, a.Affiliation, a.Rank = graph.Organization, home, -1, len(g.orgs)
		g.orgs = append(g.orgs, len(g.actors))
		g.actors = append(g.actors, a)
	}
	// A company's stem is its short form only when no other company
	// shares it.
	stems := map[string]int{}
	for _, i := range g.orgs {
		if s := g.actors[i].Short; s != "" {
			stems[s]++
		}
	}
	for _, i := range g.orgs {
		if s := g.actors[i].Short; s != "" && stems[s] > 1 && i >= len(countryRows)+len(intlOrgRows) {
			g.actors[i].Short = ""
		}
	}

	// People, by rank: the first ones lead the most mentioned countries,
	// the rest hold any office or work for an organisation.
	names := map[string]bool{}
	for tries := 0; len(g.people) < opts.People && tries < 100*opts.People; tries++ {
		rank := len(g.people)
		var country, title, affil int
		switch {
		case rank < 3*len(g.countries):
			country = g.countries[rank%len(g.countries)]
			title = rank / len(g.countries) // president, prime minister, foreign minister
			affil = country
		default:
			country = g.countries[zipfIndex(r, len(g.countries), 1.05)]
			title = 3 + r.IntN(len(govTitles)-3)
			affil = country
		}
		p := Actor{Type: graph.Person, Rank: rank, Title: govTitles[title], Affiliation: affil, Home: -1}
		if rank >= 3*len(g.countries) && r.IntN(4) == 0 {
			org := g.orgs[r.IntN(len(g.orgs))]
			p.Affiliation = org
			p.Title = pick(r, orgTitles)
			if h := g.actors[org].Home; h >= 0 {
				country = h
			}
		}
		region, ok := regionOf[g.actors[country].Name]
		if !ok {
			region = 6
		}
		p.First = pick(r, firstNamesBy[region])
		p.Last = pick(r, lastNamesBy[region])
		if r.IntN(3) == 0 { // a second region's surname now and then
			p.Last = pick(r, lastNamesBy[r.IntN(len(lastNamesBy))])
		}
		p.Name = p.First + " " + p.Last
		key := graph.Fold(p.Name)
		if names[key] || used[key] {
			continue // two people may share a surname but not a full name
		}
		names[key] = true
		p.Variants = variants(p.Last)
		g.people = append(g.people, len(g.actors))
		g.actors = append(g.actors, p)
	}
	return g
}

// variants returns the other spellings of a surname that graph.Fold
// maps to the same key: Kovalsky, Kovalskyy and Kovalskiy; Dmitriev and
// Dmitriyev.
func variants(last string) []string {
	var cands []string
	switch {
	case strings.HasSuffix(last, "sky"):
		stem := strings.TrimSuffix(last, "sky")
		cands = []string{stem + "skyy", stem + "skiy", stem + "skyi"}
	case strings.HasSuffix(last, "iev"):
		cands = []string{strings.TrimSuffix(last, "iev") + "iyev"}
	case strings.HasSuffix(last, "yev"):
		cands = []string{strings.TrimSuffix(last, "yev") + "yyev"}
	}
	var out []string
	for _, c := range cands {
		if graph.Fold(c) == graph.Fold(last) {
			out = append(out, c)
		}
	}
	return out
}

// Actors returns the population: countries, then organisations, then
// people. The slice is shared; do not modify it.
func (g *Generator) Actors() []Actor { return g.actors }

// Hubs returns the n most mentioned people, most mentioned first.
func (g *Generator) Hubs(n int) []Actor {
	var out []Actor
	for _, i := range g.people[:min(n, len(g.people))] {
		out = append(out, g.actors[i])
	}
	return out
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// zipfIndex draws an index below n, Zipf distributed with exponent s
// (index 0 the most likely), shifted so the head is not too steep.
func zipfIndex(r *rand.Rand, n int, s float64) int {
	z := rand.NewZipf(r, s, 4, uint64(n-1))
	return int(z.Uint64())
}
