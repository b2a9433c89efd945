package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDocumentIssuers: what a resolution, a statement or a report does
// as a clause's subject, its issuer named before does
// (issuedDocumentSubject, rule rel.document-issuer); a document with no
// issuer named acts for no one; negated and planned twins.
func TestDocumentIssuers(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a resolution adopted before condemns and calls on",
			"The Security Council adopted a resolution on Monday. The resolution condemns Hamas and calls on Israel to allow aid.",
			map[string]graph.Modality{"UN Security Council ACCUSE Hamas": graph.Asserted, "UN Security Council REQUEST Israel": graph.Asserted},
			[]string{"Hamas REQUEST Israel"}, nil},
		{"a statement issued before",
			"The African Union issued a statement on Friday. The statement condemned Eritrea.",
			map[string]graph.Modality{"African Union ACCUSE Eritrea": graph.Asserted}, nil, nil},
		{"a report published before",
			"Amnesty International published a report on Tuesday. The report accuses Myanmar of torture.",
			map[string]graph.Modality{"Amnesty International ACCUSE Myanmar": graph.Asserted}, nil, nil},
		{"an issuer named after the document",
			"The report by Amnesty International accuses Myanmar of torture.",
			map[string]graph.Modality{"Amnesty International ACCUSE Myanmar": graph.Asserted}, nil, nil},
		{"an issuer in an aside",
			"The statement, issued by Japan, condemned Laos.",
			map[string]graph.Modality{"Japan ACCUSE Laos": graph.Asserted}, nil, nil},
		{"a document reported on is no subject of the clause reported",
			"The report said Germany criticised France.",
			map[string]graph.Modality{"Germany ACCUSE France": graph.Asserted}, nil, nil},
		{"a document word modifying a name is no document",
			"The ruling Liberal Party and the Green Party agreed on Monday to cut taxes.",
			map[string]graph.Modality{"Liberal Party AGREE Green Party": graph.Asserted}, nil, nil},
		{"negated twin",
			"The Security Council adopted a resolution on Monday. The resolution does not condemn Hamas or Iran.",
			map[string]graph.Modality{"UN Security Council ACCUSE Hamas": graph.Negated}, nil, nil},
		{"planned twin",
			"The Security Council adopted a resolution on Monday. The resolution will condemn Hamas.",
			nil, nil, []string{"UN Security Council ACCUSE Hamas"}},
		{"a document of no one named acts for no one",
			"The resolution condemns Hamas and calls on Israel to allow aid.",
			nil, []string{"Hamas REQUEST Israel"}, nil},
	})
}

// TestDemandedThat: "demanding that Y do Z" asks Y (lexicon/
// interactions.tsv, demand with slot ccomp), here for a document's
// issuer ("adopted a resolution demanding that Y withdraw"; a plain "X
// demanded that …" is X's statement); one to be acted on in a passive
// clause is not asked; negated and planned twins.
func TestDemandedThat(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a resolution demanding that",
			"The Security Council adopted a resolution demanding that Russia withdraw its troops from Georgia.",
			map[string]graph.Modality{"UN Security Council REQUEST Russia": graph.Asserted}, nil, nil},
		{"the one acted on is not asked",
			"Chile demanded that Peru's envoy be expelled by Bolivia.",
			nil, []string{"Chile REQUEST Bolivia"}, nil},
		{"negated twin",
			"Poland did not demand that Germany pay reparations.",
			map[string]graph.Modality{"Poland REQUEST Germany": graph.Negated}, nil, nil},
		{"planned twin",
			"Poland will demand that Germany pay reparations.",
			nil, nil, []string{"Poland REQUEST Germany"}},
	})
}
