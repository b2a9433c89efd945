package extract

import (
	"strings"
	"testing"
)

// TestKnownActorsParse: the embedded lexicon/known_actors.tsv reads, and
// malformed lines are errors naming their line.
func TestKnownActorsParse(t *testing.T) {
	kinds := map[string]int{}
	for _, k := range knownActorRows {
		kinds[k.kind]++
	}
	if kinds["organization"] == 0 || kinds["leader"] == 0 {
		t.Fatalf("lexicon/known_actors.tsv: kinds %v, want organizations and leaders", kinds)
	}
	for _, bad := range []string{
		"organization\tFrontex",                  // too few fields
		"country\tRuritania\t-",                  // unknown kind
		"organization\t\t-",                      // no name
		"organization\tFrontex\t-\tFrontex",      // a key for no leader
		"leader\tJane Q. Public\tJane Public\tQ", // a leader with aliases
	} {
		if _, err := parseKnownActors("# header\n" + bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("parseKnownActors(%q) = %v, want an error naming line 2", bad, err)
		}
	}
	rows, err := parseKnownActors("leader\tJane Quinn Public\t-\n")
	if err != nil || len(rows) != 1 || rows[0].key != "Public" {
		t.Errorf("a leader with no key: %+v, %v; want the key Public, the last word", rows, err)
	}
}

// TestKnownActorsInText: organisations and leaders of the lexicon are
// actors when the text only names them, not only when they act; the
// same words in other names or as common nouns make none.
func TestKnownActorsInText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"agency acted upon", "The ministry asked Frontex for two more patrol boats on Monday.",
			[]string{"Frontex (organization)"}, nil},
		{"name written in capitals and in title case", "The school was rebuilt with a grant from Unicef, and UNICEF staff visited it.",
			[]string{"UNICEF (organization)"}, []string{"Unicef (organization)"}},
		{"acronym in capitals only", "Ministers from the OECD met in Oslo. The oecd figures were not ready.",
			[]string{"Organisation for Economic Co-operation and Development (organization)"}, nil},
		{"acronym that is also a function word, in capitals", "The WHO urged Zambia to reopen its border, and Zambia met WHO officials on Monday.",
			[]string{"World Health Organization (organization)"}, nil},
		{"the same word in a line in capitals is the pronoun", "WHO PAYS FOR THE FLOODS? Zambia asked the donors.",
			nil, []string{"World Health Organization (organization)"}},
		{"the word in lower case is the pronoun", "Officials who met Zambia's minister said the border would reopen.",
			nil, []string{"World Health Organization (organization)"}},
		{"leader by one word", "Lula met the Norwegian prime minister in Brasilia on Tuesday.",
			[]string{"Luiz Inacio Lula da Silva (person)"}, []string{"Lula (organization)", "Lula (person)"}},
		{"a full name in the article wins over the lexicon", "Maria Tedros, a local teacher, spoke first. Tedros said the school needed a roof.",
			[]string{"Maria Tedros (person)"}, []string{"Tedros Adhanom Ghebreyesus (person)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestInstitutionHeads: juries, registries, inspectorates,
// observatories, gendarmeries and legislatures head organisation names
// as councils and tribunals do.
func TestInstitutionHeads(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The National Jury of Elections rejected the appeal on Monday.", []string{"National Jury of Elections (organization)"}},
		{"The Central Electoral Registry said the count would resume.", []string{"Central Electoral Registry (organization)"}},
		{"The Labour Inspectorate fined the builder, and the Seismic Observatory warned of aftershocks.",
			[]string{"Labour Inspectorate (organization)", "Seismic Observatory (organization)"}},
		{"The National Gendarmerie arrested two men, and the Regional Legislature condemned the attack.",
			[]string{"National Gendarmerie (organization)", "Regional Legislature (organization)"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, nil)
		})
	}
}
