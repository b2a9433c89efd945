package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestCompanyCore: the short name a company goes by, without the head
// and the tail words before it (companyCore, lexicon/company_tails.txt).
func TestCompanyCore(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Daeyang Heavy Industries", "Daeyang"},
		{"Calder Ridge Steel", "Calder Ridge"},
		{"Hessler Motorenwerke", "Hessler"},
		{"Brenner Stahlwerk AG", "Brenner"},
		{"Okoro Global Holdings Ltd", "Okoro"},
		{"General Electric", ""},           // nothing but tail words
		{"Bank of the Ozarks Capital", ""}, // a phrase, not a name
		{"Central Bank", ""},               // an organisation's head, no company
		{"Calder Ridge", ""},               // no tail
		{"Steel", ""},
	} {
		if got := companyCore(tc.name); got != tc.want {
			t.Errorf("companyCore(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCompanyShortForms (actor.company-short, actor.acronym): a company
// named later by its short name, or an agency by the acronym of its
// name without the country before it, is one actor; two companies with
// the same short name, or an acronym that spells two names, stay apart.
func TestCompanyShortForms(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"the name without its head", "Workers at a mill owned by Tarrow Bend Steel walked out on Monday. Tarrow Bend chief executive Lina Okafor said the offer was fair.",
			[]string{"Tarrow Bend Steel (organization)", "Lina Okafor (person)"}, []string{"Tarrow Bend (organization)", "Tarrow Bend (person)"}},
		{"the name without its head and a tail word", "A court jailed the chairman of Sunmyeong Heavy Industries on Tuesday. Regulators said Sunmyeong had hidden its debts.",
			[]string{"Sunmyeong Heavy Industries (organization)"}, []string{"Sunmyeong (organization)", "Sunmyeong Heavy (organization)"}},
		{"a German compound head", "Velter Motorenwerke said on Wednesday that a Gulf fund had bought a stake. Velter chief executive Dora Brandt welcomed it.",
			[]string{"Velter Motorenwerke (organization)"}, []string{"Velter (organization)"}},
		{"two companies with the same short name stay apart", "Tarrow Bend Steel and Tarrow Bend Shipping signed a deal. Tarrow Bend chief executive Lina Okafor said the deal was fair.",
			[]string{"Tarrow Bend Steel (organization)", "Tarrow Bend Shipping (organization)"}, nil},
		{"an acronym of the name without its country", "The U.S. Maritime Safety Administration opened an inquiry on Monday. The MSA said the ship had ignored warnings.",
			[]string{"U.S. Maritime Safety Administration (organization)"}, []string{"MSA (organization)"}},
		{"an acronym that spells no name stays apart", "The U.S. Maritime Safety Administration opened an inquiry on Monday. The NTSB said the ship had ignored warnings.",
			[]string{"U.S. Maritime Safety Administration (organization)", "NTSB (organization)"}, nil},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestOrgKinds15: organisations that were cut, missed or typed as
// persons: a company head written as one compound word
// (compoundCompanyHead), names after a plural trade noun (pluralOrgCues),
// a name also written where only an organisation goes
// (orgModifierPersons), and the heads "College", "Chiefs" and "Cartel";
// persons of the same shapes stay persons.
func TestOrgKinds15(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"a compound company head", "Brava Aerosystems said it would protest the award, and Kessel Stahlgruppe agreed.",
			[]string{"Brava Aerosystems (organization)", "Kessel Stahlgruppe (organization)"}, []string{"Brava Aerosystems (person)", "Kessel Stahlgruppe (person)"}},
		{"a person's surname is no compound head", "Anna Weissberg said the award was fair.",
			[]string{"Anna Weissberg (person)"}, []string{"Anna Weissberg (organization)"}},
		{"names after a plural trade noun", "Regulators blocked the merger of the supermarket chains Mercado Azul and Casa Lumina on Monday. Mercado Azul said it would appeal.",
			[]string{"Mercado Azul (organization)", "Casa Lumina (organization)"}, []string{"Mercado Azul (person)", "Casa Lumina (person)"}},
		{"a name before a company's title", "Casa Lumina said it was disappointed. Casa Lumina chief executive Paula Reis said the company would appeal.",
			[]string{"Casa Lumina (organization)", "Paula Reis (person)"}, []string{"Casa Lumina (person)"}},
		{"a person with a pronoun stays a person", "Dario Venn said on Monday he would resign. Venn adviser Lucia Park said he was tired.",
			[]string{"Dario Venn (person)"}, []string{"Dario Venn (organization)"}},
		{"an acronym before and", "The KTWU and Harbor Line Logistics resumed talks on Wednesday.",
			[]string{"KTWU (organization)", "Harbor Line Logistics (organization)"}, []string{"KTWU and Harbor Line Logistics (organization)"}},
		{"College of", "The Royal College of Midwives said on Tuesday its members would strike.",
			[]string{"Royal College of Midwives (organization)"}, nil},
		{"Chiefs of Staff", "The Joint Chiefs of Staff said 20,000 troops were taking part in the drills.",
			[]string{"Joint Chiefs of Staff (organization)"}, nil},
		{"Cartel", "Soldiers arrested a leader of the Sonora Gulf Cartel on Sunday, the army said.",
			[]string{"Sonora Gulf Cartel (organization)"}, []string{"Gulf Cartel (person)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestForeignNames15: Arabic names that "bin" joins before an "al-"
// surname (joinParticleNames) and Spanish and Portuguese names that end
// in a place's name (placeLastSurname); the same words as a place stay
// a place.
func TestForeignNames15(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"bin before an al- surname", "Sheikh Rashid bin Khalifa al-Mansouri said the fund would invest. Al-Mansouri said it was a long-term bet.",
			[]string{"Rashid bin Khalifa al-Mansouri (person)"}, []string{"Rashid bin (person)", "Khalifa al-Mansouri (person)"}},
		{"bint before an al- surname", "Hind bint Saad al-Otaibi, the bank's governor, said rates would stay on hold.",
			[]string{"Hind bint Saad al-Otaibi (person)"}, []string{"Hind bint (person)", "Saad al-Otaibi (person)"}},
		{"bin without an al- surname stays whole", "Officials said Khalid bin Salman had met the envoy.",
			[]string{"Khalid bin Salman (person)"}, nil},
		{"a capital ends a three-word name", "Regulator president Rodrigo Fonseca Lima said the firms had refused to sell stores. Fonseca Lima said the council remained open.",
			[]string{"Rodrigo Fonseca Lima (person)"}, []string{"Peru (country)", "Rodrigo Fonseca (person)"}},
		{"a capital after in stays a place", "Rodrigo Fonseca met officials in Lima on Monday, Peru said.",
			[]string{"Rodrigo Fonseca (person)", "Peru (country)"}, []string{"Rodrigo Fonseca Lima (person)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// actorsAcross extracts each text as one article and resolves its actors
// against the name index a store would hold after the articles before it
// (graph.Resolve, as ingest does); it returns, for each stored actor
// node, its label, type and aliases, keyed by ID.
func actorsAcross(t *testing.T, texts ...string) map[graph.ID]graph.Node {
	t.Helper()
	x := New(Options{})
	index := map[string][]graph.Node{}
	stored := map[graph.ID]graph.Node{}
	for _, text := range texts {
		b, err := x.Extract(graph.Article{Text: text, Published: "2026-03-02"})
		if err != nil {
			t.Fatal(err)
		}
		merged, _, err := graph.Resolve(b, func(key string) ([]graph.Node, error) { return index[key], nil })
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range append(b.Nodes, merged...) {
			if n.Kind != graph.KindActor {
				continue
			}
			stored[n.ID] = n
			for _, name := range append([]string{n.Label}, n.Aliases...) {
				k := graph.Fold(name)
				index[k] = append(removeNode(index[k], n.ID), n)
			}
		}
	}
	return stored
}

// removeNode returns ns without the node of ID id.
func removeNode(ns []graph.Node, id graph.ID) []graph.Node {
	out := ns[:0:0]
	for _, n := range ns {
		if n.ID != id {
			out = append(out, n)
		}
	}
	return out
}

// TestOneActorAcrossArticles: two invented articles that name one actor
// differently (with and without a title or a middle name, by an acronym
// a first article spelled out, by a short company name) give one stored
// node (rules actor.middle-name, actor.company-short and the store's
// alias index); two different persons who share a given name and a
// surname's first letters stay two.
func TestOneActorAcrossArticles(t *testing.T) {
	for _, tc := range []struct {
		rule         string
		first, later string
		names        []string // the names that must be one node
		apart        []string // names that must be another node than names[0]
	}{
		{"a middle name the later article drops",
			"Loan deal\n\nEgyptian Finance Minister Ahmed Kamal el-Sayed said on Monday the loan would support reforms.\n",
			"Pound falls\n\nFinance Minister Ahmed el-Sayed said on Wednesday the fall was expected.\n",
			[]string{"Ahmed Kamal el-Sayed", "Ahmed el-Sayed"}, nil},
		{"a middle name the first article drops",
			"Pound falls\n\nFinance Minister Ahmed el-Sayed said on Wednesday the fall was expected.\n",
			"Loan deal\n\nEgyptian Finance Minister Ahmed Kamal el-Sayed said on Monday the loan would support reforms.\n",
			[]string{"Ahmed Kamal el-Sayed", "Ahmed el-Sayed"}, nil},
		{"a title in one article only",
			"Grain talks\n\nUkrainian Foreign Minister Oleksandr Kovalchuk met his Polish counterpart on Tuesday.\n",
			"Corridor deal\n\nOleksandr Kovalchuk, Ukraine's top diplomat, said on Monday the corridor was a fair compromise.\n",
			[]string{"Oleksandr Kovalchuk", "Foreign Minister Oleksandr Kovalchuk"}, nil},
		{"an acronym the first article spelled out",
			"Strike call\n\nThe National Transport Workers' Union (NTWU) said on Monday its members would strike.\n",
			"Strike on\n\nThe NTWU said on Friday the strike would go ahead and accused the ministry of lying.\n",
			[]string{"National Transport Workers' Union", "NTWU"}, nil},
		{"a company's short name",
			"Mill strike\n\nWorkers at Calder Ridge Steel walked out on Monday. Calder Ridge Steel said the offer was fair.\n",
			"Talks resume\n\nCalder Ridge chief executive Monica Halvorsen said on Friday that Calder Ridge would not reopen the pension plan.\n",
			[]string{"Calder Ridge Steel", "Calder Ridge"}, nil},
		{"a Ukrainian name in its Russian spelling",
			"Grain talks\n\nUkrainian Foreign Minister Oleksandr Kovalchuk met his Polish counterpart on Tuesday.\n",
			"Corridor deal\n\nAleksandr Kovalchuk, Ukraine's top diplomat, said on Monday the corridor was a fair compromise.\n",
			[]string{"Oleksandr Kovalchuk", "Aleksandr Kovalchuk"}, nil},
		{"an Arabic given name spelt two ways",
			"Talks fail\n\nForeign Minister Mohammed al-Rashidi said on Monday the talks had failed.\n",
			"Talks resume\n\nMuhammad al-Rashidi, the foreign minister, said on Tuesday the talks would resume.\n",
			[]string{"Mohammed al-Rashidi", "Muhammad al-Rashidi"}, nil},
		{"another given name is another person",
			"Gas row\n\nRussian Energy Minister Vladimir Sorokin said on Monday the gas debt must be paid.\n",
			"Another row\n\nViktor Sorokin, a Ukrainian farmer, said on Tuesday the grain had rotted.\n",
			[]string{"Vladimir Sorokin"}, []string{"Viktor Sorokin"}},
		{"an acronym before and is a union of its own",
			"Mill strike\n\nThe National Transport Workers' Union (NTWU) said 2,400 workers at Calder Ridge Steel would strike.\n",
			"Talks resume\n\nThe NTWU and Calder Ridge Steel resumed talks on Wednesday, the union said.\n",
			[]string{"National Transport Workers' Union", "NTWU"}, []string{"Calder Ridge Steel"}},
		{"a double surname is no middle name",
			"Graft probe\n\nDeputy mayor Ignacio Fernández Calvo denied wrongdoing on Tuesday. Fernández Calvo said every contract was lawful.\n",
			"Another probe\n\nIgnacio Calvo, a city councillor, said on Friday he would testify.\n",
			[]string{"Ignacio Fernández Calvo"}, []string{"Ignacio Calvo"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			stored := actorsAcross(t, tc.first, tc.later)
			node := func(name string) graph.ID {
				var ids []graph.ID
				for id, n := range stored {
					for _, f := range append([]string{n.Label}, n.Aliases...) {
						if graph.Fold(f) == graph.Fold(name) {
							ids = append(ids, id)
							break
						}
					}
				}
				if len(ids) != 1 {
					var all []string
					for _, n := range stored {
						all = append(all, n.Label+" "+n.Type)
					}
					t.Fatalf("%q names %d stored actors, want 1 (stored: %v)", name, len(ids), all)
				}
				return ids[0]
			}
			want := node(tc.names[0])
			for _, n := range tc.names[1:] {
				if got := node(n); got != want {
					t.Errorf("%q is node %s (%s), %q node %s: want one node", tc.names[0], want, stored[want].Label, n, got)
				}
			}
			for _, n := range tc.apart {
				if node(n) == want {
					t.Errorf("%q and %q are one node, want two", tc.names[0], n)
				}
			}
		})
	}
}
