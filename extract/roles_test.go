package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestRoleNounsParse checks the embedded role lexicon and that bad lines
// are refused with their line number.
func TestRoleNounsParse(t *testing.T) {
	if roleNouns["curator"] != graph.Role || roleNouns["wife"] != graph.Family {
		t.Fatalf("lexicon/roles.tsv: curator %q, wife %q; want ROLE and FAMILY", roleNouns["curator"], roleNouns["wife"])
	}
	for _, bad := range []string{"curator", "curator\tCONSULT", "curator\tROLE\tx"} {
		if _, err := parseRoleNouns("# header\n" + bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("parseRoleNouns(%q) = %v, want an error naming line 2", bad, err)
		}
	}
}

// tieFacts extracts text and returns its ROLE and FAMILY edges as
// "A CLASS B" (both ways for FAMILY).
func tieFacts(t *testing.T, text string) map[string]bool {
	t.Helper()
	return edgeFacts(t, text, true, func(e graph.Edge) bool {
		return e.Class == graph.Role || e.Class == graph.Family
	})
}

// edgeFacts extracts text and returns the edges keep accepts as
// "A CLASS B" (symmetric classes also "B CLASS A" when bothWays).
func edgeFacts(t *testing.T, text string, bothWays bool, keep func(graph.Edge) bool) map[string]bool {
	t.Helper()
	b, names := extractNamed(t, text)
	out := map[string]bool{}
	for _, e := range b.Edges {
		if !keep(e) {
			continue
		}
		out[names[e.Source]+" "+string(e.Class)+" "+names[e.Target]] = true
		if bothWays && e.Class.Symmetric() {
			out[names[e.Target]+" "+string(e.Class)+" "+names[e.Source]] = true
		}
	}
	return out
}

// TestRoleRules reads invented sentences of each construction the role
// rules cover, and some that hold no tie.
func TestRoleRules(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"person of organisation",
			"Among those elected were Marta Quist of the Green Alliance and Pavel Roth of the Farmers Union.",
			[]string{"Marta Quist ROLE Green Alliance", "Pavel Roth ROLE Farmers Union"}, nil},
		{"a nonpartisan person coordinated with a member shares no party",
			"Nonpartisan Tom Vik and Ilka Berg of the Green Alliance were re-elected.",
			[]string{"Ilka Berg ROLE Green Alliance"}, []string{"Tom Vik ROLE Green Alliance"}},
		{"coordinated persons with respectively",
			"The winners were Ilka Berg and Jonas Hale of respectively the Green Alliance and the Farmers Union.",
			[]string{"Ilka Berg ROLE Green Alliance", "Jonas Hale ROLE Farmers Union"},
			[]string{"Ilka Berg ROLE Farmers Union", "Jonas Hale ROLE Green Alliance"}},
		{"from an organisation, not from a country",
			"Lukas Brandt from the Farmers Union met Sofia Lindqvist from Sweden on Monday.",
			[]string{"Lukas Brandt ROLE Farmers Union"}, []string{"Sofia Lindqvist ROLE Sweden"}},
		{"organisation's person, coordinated",
			"The Farmers Union's Ilka Berg and Jonas Hale were re-elected on Sunday.",
			[]string{"Ilka Berg ROLE Farmers Union", "Jonas Hale ROLE Farmers Union"}, nil},
		{"country's role noun before a name",
			"Norway's goalkeeper Erik Holm was injured in the first half.",
			[]string{"Erik Holm ROLE Norway"}, nil},
		{"title of organisation before the name",
			"Chief executive of the Refugee Council Anna Kovacs told reporters the plan was welcome.",
			[]string{"Anna Kovacs ROLE Refugee Council"}, nil},
		{"appositive with a role noun",
			"Tomas Berg, a researcher at the University of Bergen, said the data were clear.",
			[]string{"Tomas Berg ROLE University of Bergen"}, nil},
		{"appositive of two roles",
			"Ida Moen, director of the Nordic Heart Study, and chairman of the Norwegian Medical Association, said so.",
			[]string{"Ida Moen ROLE Norwegian Medical Association"}, nil},
		{"an aside with a verb is no role",
			"Tomas Berg, who studied at the University of Bergen, said the data were clear.",
			nil, []string{"Tomas Berg ROLE University of Bergen"}},
		{"organisation, a lower-case role noun, the name",
			"Green Harbour Trust campaigner Ana Lind and Meridian Labs engineer Tom Ruud spoke.",
			[]string{"Ana Lind ROLE Green Harbour Trust", "Tom Ruud ROLE Meridian Labs"}, nil},
		{"a country before a role noun is no organisation's",
			"Norwegian skier Erik Holm won.",
			nil, []string{"Erik Holm ROLE Norway"}},
		{"a family noun of another person in apposition",
			"Karl Moe, Anna Berg's husband, said the house was sold.",
			[]string{"Karl Moe FAMILY Anna Berg"}, nil},
		{"a family noun with of in apposition",
			"Erik Lund, the son of Tove Berg, was arrested on Monday.",
			[]string{"Erik Lund FAMILY Tove Berg"}, nil},
		{"a former spouse in apposition is no family now",
			"Karl Moe, Anna Berg's former husband, said the house was sold.",
			nil, []string{"Karl Moe FAMILY Anna Berg"}},
		{"another person's lawyer in apposition is no family",
			"Karl Moe, Anna Berg's lawyer, said the house was sold.",
			nil, []string{"Karl Moe FAMILY Anna Berg"}},
		{"a nationality's team has members",
			"According to the Kenyan team's coach, Omar Keya, the team trained for a year.",
			[]string{"Omar Keya ROLE Kenyan team"}, []string{"Omar Keya ROLE Kenya"}},
		{"a person of a name unknown before",
			"Elected were Raymond Kowal of People First and Lam Ka-wing of Civic Dawn.",
			[]string{"Raymond Kowal ROLE People First", "Lam Ka-wing ROLE Civic Dawn"}, nil},
		{"an agency's spokesperson",
			"Environment Norway spokesperson Julia Berg said the lake was clean.",
			[]string{"Julia Berg ROLE Environment Norway"}, []string{"Julia Berg ROLE Norway"}},
		{"a spokesman for a national institution",
			"Colonel Ade Putra, spokesman for the Peruvian navy, said the boat had sunk.",
			[]string{"Ade Putra ROLE Peruvian navy"}, []string{"Ade Putra ROLE Peru"}},
		{"a party's adjective in an aside",
			"Senator Mara Lind, Republican from Ohio, and Tom Hale, an Oakville New Democrat MP, objected.",
			[]string{"Mara Lind ROLE Republican Party", "Tom Hale ROLE New Democratic Party"}, nil},
		{"a representative of a title's office",
			"Dan Wills, a representative for the Harbor County Sheriff's office, said the road was closed.",
			[]string{"Dan Wills ROLE Harbor County Sheriff's office"}, nil},
		{"an organisation's role noun set off by commas",
			"The Farmers Union's chief executive, Anna Berg, said profits rose.",
			[]string{"Anna Berg ROLE Farmers Union"}, nil},
		{"a possessive and a comma without a role noun is no role",
			"The Farmers Union's ally, Anna Berg, said profits rose.",
			nil, []string{"Anna Berg ROLE Farmers Union"}},
		{"title of an organisation with its name in parentheses",
			"The secretary general of NAF (Nordic Anglers Federation), Tove Holm, said the ruling was wrong.",
			[]string{"Tove Holm ROLE Nordic Anglers Federation"}, nil},
		{"role as predicate of a copula",
			"Ola Dahl is a researcher at the University of Bergen. Eva Lund remains the Farmers Union's treasurer. Kari Moe became the youngest Green Alliance member in its history.",
			[]string{"Ola Dahl ROLE University of Bergen", "Eva Lund ROLE Farmers Union", "Kari Moe ROLE Green Alliance"}, nil},
		{"role as a second predicate of the same subject",
			"Kari Moe won the seat with 5,000 votes, and becomes the youngest Green Alliance member in its history.",
			[]string{"Kari Moe ROLE Green Alliance"}, nil},
		{"a past or former role, or an object, is no role",
			"Tove Berg was a member of the Green Alliance. Ida Holm is a former member of the Farmers Union. Ola Dahl met Eva Lund and became the Farmers Union's treasurer.",
			nil, []string{"Tove Berg ROLE Green Alliance", "Ida Holm ROLE Farmers Union", "Eva Lund ROLE Farmers Union"}},
		{"a governor of a capital's state is not the country's",
			"In a statement, Governor of Washington Anna Berg said the museum deserved the award.",
			nil, []string{"Anna Berg ROLE United States"}},
		{"family through a possessive pronoun",
			"Karl Aune and his wife Liv Aune were questioned by the police.",
			[]string{"Liv Aune FAMILY Karl Aune"}, nil},
		{"family through a pronoun of the sentence before",
			"Ferry strike ends\n\nTove Lie arrived in Bergen on Monday. Her son Peter Brekke said the family was tired.",
			[]string{"Peter Brekke FAMILY Tove Lie"}, nil},
		{"a possessive pronoun, a kin noun and a new clause's subject are no tie",
			"Ferry strike ends\n\nTove Lie met reporters on Monday. After speaking with her sister, Anna Berg left the port.",
			nil, []string{"Anna Berg FAMILY Tove Lie"}},
		{"a country's possessive before a name is not the organisation",
			"Tomas Berg of Norway's la Gazzetta wrote that the plan was bad. Ivar Lie, editor of Sweden's la Tribuna, agreed.",
			nil, []string{"Tomas Berg ROLE Norway", "Ivar Lie ROLE Sweden"}},
		{"an ambassador serves his own country, not the one he is sent to",
			"Tomas Lie, Norway's ambassador to Sweden, said the plan was bad.",
			[]string{"Tomas Lie ROLE Norway"}, []string{"Tomas Lie ROLE Sweden"}},
		{"a description resolved to an organisation in an aside",
			"Canada's government tightened its rules on Monday. Tom Hale, a spokesman for the government, said the rules apply at once.",
			[]string{"Tom Hale ROLE Canada"}, nil},
		{"a member of a party named before",
			"The Green Party won the vote. Anna Vik, a member of the party, thanked voters.",
			[]string{"Anna Vik ROLE Green Party"}, nil},
		{"a present verb of leading in a relative clause",
			"The Green Party won the vote. Anna Vik, who leads the party, thanked voters. Ivar Holm, who now heads the Farmers Union, objected.",
			[]string{"Anna Vik ROLE Green Party", "Ivar Holm ROLE Farmers Union"}, nil},
		{"the bloc a relative clause leads is the bloc named before",
			"The Sahel Economic Community imposed sanctions on Monday. President Ade Bako, who chairs the bloc, met the junta leader on Saturday.",
			[]string{"Ade Bako ROLE Sahel Economic Community"}, nil},
		{"a past lead in a relative clause is no role",
			"Ivar Holm, who chaired the Farmers Union, objected.",
			nil, []string{"Ivar Holm ROLE Farmers Union"}},
		{"an organisation led or founded by a person",
			"The Nordic Anglers Federation, led by Tove Holm, rejected the plan. Meridian Labs was founded by Anna Berg in 1990.",
			[]string{"Tove Holm ROLE Nordic Anglers Federation", "Anna Berg ROLE Meridian Labs"}, nil},
		{"an organisation once led by a person is no role",
			"The Farmers Union was led by Ivar Holm until 2010.",
			nil, []string{"Ivar Holm ROLE Farmers Union"}},
		{"a person's party named in apposition",
			"Prime Minister Ola Brekke defended the budget. Brekke's party, the Coastal Alliance, said it would vote for it. Anna Vik said her employer, Meridian Labs, would cut jobs.",
			[]string{"Ola Brekke ROLE Coastal Alliance", "Anna Vik ROLE Meridian Labs"}, nil},
		{"a person's noun of no membership is no role",
			"Anna Vik said her rival, Meridian Labs, would cut jobs.",
			nil, []string{"Anna Vik ROLE Meridian Labs"}},
		{"a described body's investigator in apposition (roles.tsv, session 20)",
			"The Dutch Safety Board published its report. The board's chief investigator, Pieter Smit, said the crew had erred.",
			[]string{"Pieter Smit ROLE Dutch Safety Board"}, nil},
		{"an epidemiologist at an organisation",
			"Maria Costa, an epidemiologist at the Karolinska Institute, said the wave had peaked.",
			[]string{"Maria Costa ROLE Karolinska Institute"}, nil},
		{"a photographer hired by a person is no role",
			"Pieter Smit hired a photographer from Meridian Labs.",
			nil, []string{"Pieter Smit ROLE Meridian Labs"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tieFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestNationalOffice checks which titles name an office of the country
// an article is about.
func TestNationalOffice(t *testing.T) {
	for title, want := range map[string]bool{
		"Prime Minister": true, "Home Secretary": true, "Minister of Education": true,
		"Environment Minister": true, "Secretary of State": true,
		"Shadow Home Secretary": false, "secretary": false, "Party Secretary": false,
		"spokesman": false, "General Secretary": false, "former Prime Minister": false,
		"Undersecretary for Education": true, "the undersecretary to the prime minister": true,
		"Deputy Transport Minister": true, "Deputy Prime Minister": true, "Deputy Director": false, "deputy leader": false,
	} {
		if got := nationalOffice(title); got != want {
			t.Errorf("nationalOffice(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestPortfolioTitles reads titles whose portfolio is two words or a
// word not otherwise a title's ("External Affairs", "Natural Resources")
// as the office of the country before them, and gives a title the
// extractor does not read whole to no other country.
func TestPortfolioTitles(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Norway hosted the talks. Indian External Affairs Minister Ravi Kapoor met Norwegian officials in Oslo on Monday.",
			[]string{"Ravi Kapoor ROLE India"}, []string{"Ravi Kapoor ROLE Norway"}},
		{"Norway hosted the talks. Canadian Natural Resources Minister Claire Dubois visited Norway on Monday.",
			[]string{"Claire Dubois ROLE Canada"}, []string{"Claire Dubois ROLE Norway"}},
		{"Ghana hosted the talks. Nigerian Petroleum Minister Emeka Obi visited Ghana on Tuesday.",
			[]string{"Emeka Obi ROLE Nigeria"}, []string{"Emeka Obi ROLE Ghana"}},
		{"Ghana hosted the forum. Kenyan Blue Economy Minister Joyce Wanjiru visited Ghana on Thursday.",
			nil, []string{"Joyce Wanjiru ROLE Ghana"}},
		{"Ghana hosted the forum on Monday. Information Minister Kwame Asante said Ghana was ready.",
			[]string{"Kwame Asante ROLE Ghana"}, nil},
	} {
		got := tieFacts(t, tc.text)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: missing %s; got %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: unwanted %s; got %v", tc.text, n, got)
			}
		}
	}
}

// TestNationalOfficeRole reads a cabinet title without a country as an
// office of the country the article names most.
func TestNationalOfficeRole(t *testing.T) {
	text := "Portugal will change its asylum rules, the government said on Monday.\n\n" +
		"Interior Minister Rui Fonseca said Portugal would process claims faster. Critics in Portugal and Spain disagreed. Shadow Interior Minister Ana Costa called the plan rushed."
	got := tieFacts(t, text+" Undersecretary for Health Ms. Ferreira spoke later. Joao Silva, undersecretary to the prime minister, said the plan was fair.")
	for _, w := range []string{"Ferreira ROLE Portugal", "Joao Silva ROLE Portugal"} {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	if !got["Rui Fonseca ROLE Portugal"] {
		t.Errorf("missing Rui Fonseca ROLE Portugal; got %v", got)
	}
	if got["Ana Costa ROLE Portugal"] {
		t.Errorf("a shadow minister holds no office of the country; got %v", got)
	}
}

// TestPastTitle (role.past-title): a national office after a word
// saying it is past holds no role now, whatever the word's case
// ("Former" opening a sentence); the same titles without it still do.
func TestPastTitle(t *testing.T) {
	text := "OSLO, March 2 (Wire) - Norway recalled its ambassador from Sweden on Tuesday.\n\n" +
		"Former minister Tomas Kiss, who is accused of fraud, left Norway in January and turned up in Sweden last week. " +
		"Anna Berg, who led talks in 2020, said Sweden was right. Ex-minister Tove Lie met Anna Berg. The late Foreign Minister Per Holm was honoured in Oslo. " +
		"Kremlin spokesman Dmitry Belov said Russia agreed. Finance Minister Eva Dahl said Norway would pay."
	got := tieFacts(t, text)
	for _, w := range []string{"Dmitry Belov ROLE Kremlin", "Eva Dahl ROLE Norway"} {
		if !got[w] {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	for _, w := range []string{"Tomas Kiss ROLE Norway", "Tove Lie ROLE Norway", "Per Holm ROLE Norway"} {
		if got[w] {
			t.Errorf("a past office is no role: %s; got %v", w, got)
		}
	}
}
