package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// Classes of error that blind held-out articles showed
// (testdata/heldout/README.md), each with invented sentences.

// actorTypes extracts text and returns its actors' labels and types.
func actorTypes(t *testing.T, text string) map[string]string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, n := range b.Nodes {
		if n.Kind == graph.KindActor {
			out[n.Label] = n.Type
		}
	}
	return out
}

// actorCase names the actors a sentence must give (with their types)
// and labels it must not.
type actorCase struct {
	text string
	want map[string]graph.ActorType
	not  []string
}

func runActorCases(t *testing.T, cases []actorCase) {
	t.Helper()
	for _, tc := range cases {
		got := actorTypes(t, tc.text)
		for label, typ := range tc.want {
			if g, ok := got[label]; !ok {
				t.Errorf("%q: no actor %q; have %v", tc.text, label, got)
			} else if g != string(typ) {
				t.Errorf("%q: %q is %s, want %s", tc.text, label, g, typ)
			}
		}
		for _, label := range tc.not {
			if _, ok := got[label]; ok {
				t.Errorf("%q: unexpected actor %q; have %v", tc.text, label, got)
			}
		}
	}
}

// TestAndFieldInName (mention.and-field, andFieldTail): a second field
// joined with "and" inside an organisation's "of"/"for" phrase belongs
// to the name; a known actor, a company or a person after "and" does
// not.
func TestAndFieldInName(t *testing.T) {
	org := graph.Organization
	runActorCases(t, []actorCase{
		{"Rui Sousa met officials of the Ministry of Labour and Social Affairs on Monday.",
			map[string]graph.ActorType{"Ministry of Labour and Social Affairs": org}, []string{"Social Affairs"}},
		{"The Office for Democratic Institutions and Human Rights criticised Belarus.",
			map[string]graph.ActorType{"Office for Democratic Institutions and Human Rights": org}, []string{"Human Rights"}},
		{"The Authority for Energy and Water Regulation fined Kovar Steel.",
			map[string]graph.ActorType{"Authority for Energy and Water Regulation": org}, []string{"Water Regulation"}},
		{"Chile's Bureau of Standards and Metrology for Consumer Safety (BSMC) fined Vetra Foods.",
			map[string]graph.ActorType{"Bureau of Standards and Metrology for Consumer Safety": org}, []string{"Metrology for Consumer Safety"}},
		// Not a field: two actors.
		{"The Bank of Finland and Nordvik Energy signed a deal on Friday.",
			map[string]graph.ActorType{"Nordvik Energy": org}, []string{"Bank of Finland and Nordvik Energy"}},
		{"The Ministry of Finance and Ivan Petrov disagreed on the budget.",
			map[string]graph.ActorType{"Ivan Petrov": graph.Person}, []string{"Ministry of Finance and Ivan Petrov"}},
		{"The Institute of Technology and Colombia signed a deal.",
			map[string]graph.ActorType{"Colombia": graph.Country}, nil},
	})
}

// TestOrgOnPhraseAfterHead (mention.organisation, orgOnPhrase): "on"
// and a capitalised field after a head noun that is not the run's first
// word carries the name on ("Andean Authority on Water Resources"), but
// not over a weekday or an acronym.
func TestOrgOnPhraseAfterHead(t *testing.T) {
	org := graph.Organization
	runActorCases(t, []actorCase{
		{"Peru and the Andean Authority on Water Resources signed a deal.",
			map[string]graph.ActorType{"Andean Authority on Water Resources": org}, []string{"Andean Authority", "Water Resources"}},
		{"Kenya thanked the Regional Commission on Refugee Affairs.",
			map[string]graph.ActorType{"Regional Commission on Refugee Affairs": org}, nil},
		{"The Regional Commission on Monday criticised Ghana.",
			map[string]graph.ActorType{"Regional Commission": org}, []string{"Regional Commission on Monday"}},
	})
}

// TestAirlineAndAeronauticsHeads (airlineHead, orgHeads, companyHeads):
// "X Air", "X Aviation" and "X Aeronautique" are companies, so "its"
// after them finds them; "Air" inside a run is no head.
func TestAirlineAndAeronauticsHeads(t *testing.T) {
	org := graph.Organization
	runActorCases(t, []actorCase{
		{"Kestrel Air rejected the claim.", map[string]graph.ActorType{"Kestrel Air": org}, nil},
		{"Indonesia asked Varo Aviation for the files.", map[string]graph.ActorType{"Varo Aviation": org}, nil},
		{"Belmont Aeronautique said it would help.", map[string]graph.ActorType{"Belmont Aeronautique": org}, nil},
		{"The U.S. Air Force said it had sent two planes.", nil, []string{"U.S. Air"}},
	})
	roles := edgeFacts(t, "Kestrel Air said it would cooperate with the inquiry. Its chief executive, Maren Dahl, met Peru's transport minister.",
		false, func(e graph.Edge) bool { return e.Class == graph.Role })
	if !roles["Maren Dahl ROLE Kestrel Air"] {
		t.Errorf("its chief executive after an airline: want Maren Dahl ROLE Kestrel Air; have %v", roles)
	}
}

// TestAirlineInList (airlineHead): an airline's name after "and" is
// the second of two, and "Civil Aviation" inside a name is no head.
func TestAirlineInList(t *testing.T) {
	runActorCases(t, []actorCase{
		{"Relatives demanded that Belmont Aeronautique and Kestrel Air pay compensation.",
			map[string]graph.ActorType{"Kestrel Air": graph.Organization}, []string{"Belmont Aeronautique and Kestrel Air"}},
		{"The Office for Civil Aviation Safety fined Kestrel Air.",
			map[string]graph.ActorType{"Office for Civil Aviation Safety": graph.Organization}, []string{"Office for Civil Aviation"}},
	})
}

// stmtCase names statements ("Speaker: text") a text must and must not
// give.
type stmtCase struct {
	text      string
	want, not []string
}

func runStmtCases(t *testing.T, cases []stmtCase) {
	t.Helper()
	for _, tc := range cases {
		got := statementsOf(t, tc.text)
		have := map[string]bool{}
		for _, g := range got {
			have[g] = true
		}
		for _, w := range tc.want {
			if !have[w] {
				t.Errorf("%q: missing statement %q; have %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if have[n] {
				t.Errorf("%q: unexpected statement %q", tc.text, n)
			}
		}
	}
}

// TestClausePronounAfterVerb (stmt.clause-pronoun): a subject pronoun
// right after "said" and before a verb opens the reported clause; it is
// no inverted speaker that makes the words before "said" the statement.
func TestClausePronounAfterVerb(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"Ghana, Togo and Benin met on Monday. The three countries, which have funded much of the aid to Niger since 2019, said they were ready to send more doctors.",
			[]string{"Ghana: they were ready to send more doctors", "Benin: they were ready to send more doctors"},
			[]string{"Ghana: The three countries, which have funded much of the aid to Niger since 2019"}},
		{"Kestrel Air, which flies to twelve cities in Asia, said it had grounded two planes.",
			[]string{"Kestrel Air: it had grounded two planes"}, nil},
		// The inverted speaker stays one after a quotation.
		{"\"We are ready to talk,\" said Maren Dahl.",
			[]string{"Maren Dahl: We are ready to talk,"}, nil},
	})
}

// TestSubjectRelativeThat (stmt.relative-that): "that" and a verb after
// a noun following "said" open a relative clause on the noun, which is
// no statement; the clause before the attribution is. "that" and a
// subject still open the reported clause.
func TestSubjectRelativeThat(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"The crew ignored three warnings, Norway's Accident Investigation Board said on Friday in a report that puts the operator under pressure.",
			[]string{"Accident Investigation Board: The crew ignored three warnings"},
			[]string{"Accident Investigation Board: puts the operator under pressure"}},
		{"Two pilots were hurt, the Harbour Authority of Chile said on Monday in a statement that blames the tug's captain.",
			[]string{"Harbour Authority of Chile: Two pilots were hurt"},
			[]string{"Harbour Authority of Chile: blames the tug's captain"}},
		{"Peru's Energy Regulator said in a statement that talks with the miners had failed.",
			[]string{"Energy Regulator: talks with the miners had failed"}, nil},
	})
}

// TestDescriptorBeforeCoordinatedName (descriptorName,
// describedConjunctName): "X's government and the rebel Y signed a
// deal" is an agreement of X and Y though the parser makes "rebel" the
// conjunct and Y an apposition of "government".
func TestDescriptorBeforeCoordinatedName(t *testing.T) {
	runModalCases(t, []modalCase{
		{"rebel with an acronym",
			"Peru's government and the rebel Shining Dawn Front (SDF) signed a peace agreement in Lima on Saturday.",
			map[string]graph.Modality{"Peru AGREE Shining Dawn Front": graph.Asserted}, nil, nil},
		{"militant group",
			"Mali's government and the separatist Azawad Unity Front (AUF) signed a ceasefire in Algiers on Friday.",
			map[string]graph.Modality{"Mali AGREE Azawad Unity Front": graph.Asserted}, nil, nil},
		{"negated twin",
			"Peru's government and the rebel Shining Dawn Front (SDF) did not sign a peace agreement on Saturday.",
			nil, nil, []string{"Peru AGREE Shining Dawn Front"}},
	})
}

// TestCountryGroupDescription (description:number, countryGroup): "the
// three governments" and "the three countries" are the last three
// countries named together as speakers or as a side; with no such
// group they are no one.
func TestCountryGroupDescription(t *testing.T) {
	runModalCases(t, []modalCase{
		{"speakers, then the three governments",
			"Chile, Argentina and Uruguay said in a joint statement that they would table a motion. The three governments urged Bolivia to return to talks.",
			map[string]graph.Modality{"Chile REQUEST Bolivia": graph.Asserted, "Argentina REQUEST Bolivia": graph.Asserted, "Uruguay REQUEST Bolivia": graph.Asserted}, nil, nil},
		{"a side, then the three countries",
			"Ghana, Togo and Benin accused Niger of closing the border. The three countries also criticised Mali.",
			map[string]graph.Modality{"Ghana ACCUSE Mali": graph.Asserted, "Benin ACCUSE Mali": graph.Asserted}, nil, nil},
		{"four countries are no group of three",
			"Chile, Peru, Argentina and Uruguay said they would table a motion. The three governments urged Bolivia to return to talks.",
			nil, []string{"Chile REQUEST Bolivia", "Uruguay REQUEST Bolivia"}, nil},
		{"negated twin",
			"Chile, Argentina and Uruguay said they would table a motion. The three governments did not criticise Bolivia.",
			map[string]graph.Modality{"Chile ACCUSE Bolivia": graph.Negated}, nil, nil},
	})
}

// TestUrgedToNominal (urgedToNominal): an event noun in the infinitive
// of "urged X to …" is X's, and only demanded; the urger does not
// cooperate.
func TestUrgedToNominal(t *testing.T) {
	runModalCases(t, []modalCase{
		{"urged X to restore cooperation with Y",
			"Peru urged Bolivia to restore full cooperation with the IAEA.",
			map[string]graph.Modality{"Bolivia COOPERATE International Atomic Energy Agency": graph.Demanded},
			[]string{"Peru COOPERATE International Atomic Energy Agency"}, nil},
		{"called on X to resume talks with Y",
			"Norway called on Sudan to resume talks with Chad.",
			map[string]graph.Modality{"Sudan CONSULT Chad": graph.Demanded},
			[]string{"Norway CONSULT Chad"}, nil},
		{"own cooperation stays asserted",
			"Peru restored full cooperation with the IAEA on Monday.",
			map[string]graph.Modality{"Peru COOPERATE International Atomic Energy Agency": graph.Asserted}, nil, nil},
	})
}
