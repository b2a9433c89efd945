package extract

import (
	"testing"
)

// TestOrganisationNames: the organisation rules of
// actors_orgs.go, each rule with sentences that make one and sentences
// of the same shape that must not.
func TestOrganisationNames(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want, not  []string
	}{
		{"plural possessive inside a name", "The Harbour Dockers' Union warned the port operator on Monday that it would strike.",
			[]string{"Harbour Dockers' Union (organization)"}, []string{"Union (organization)", "Harbour Dockers (organization)"}},
		{"plural possessive inside a name", "Members of the Rural Nurses' Association of Manitoba rallied against the plan, the Midwives' Federation said.",
			[]string{"Rural Nurses' Association of Manitoba (organization)", "Midwives' Federation (organization)"}, []string{"Association of Manitoba (organization)", "Federation (organization)"}},
		{"a place's plural possessive is no part of a name", "The Bahamas' Ministry of Tourism said on Friday that visitor numbers had doubled.",
			nil, []string{"Bahamas' Ministry of Tourism (organization)"}},
		{"a plural possessive before a common noun is no name", "The Farmers' protest blocked the road, and the Trawlers' Union joined them.",
			[]string{"Trawlers' Union (organization)"}, []string{"Farmers' protest (organization)"}},
		{"appositive of a possessed organisation's noun", "Vidal lost the vote, and his party, Unidad Verde, said it would appeal.",
			[]string{"Unidad Verde (organization)"}, []string{"Unidad Verde (person)"}},
		{"appositive of a possessed organisation's noun", "The founder of Brisk Labs sold the stake to its parent company, Halvard Kessel, on Monday.",
			[]string{"Halvard Kessel (organization)"}, nil},
		{"appositive of a possessed person's noun is a person", "Vidal lost the vote, and his lawyer, Marta Quiles, said he would appeal.",
			[]string{"Marta Quiles (person)"}, []string{"Marta Quiles (organization)"}},
		{"a company's plural head", "Brevik Networks agreed on Monday to sell its cable unit, and Tarsen Telecoms said it would bid for it.",
			[]string{"Brevik Networks (organization)", "Tarsen Telecoms (organization)"}, []string{"Brevik Networks (person)", "Tarsen Telecoms (person)"}},
		{"a party noun after a determined name", "Estonia's centre-right Homeland Renewal party won the most seats on Sunday.",
			[]string{"Homeland Renewal (organization)"}, []string{"Homeland Renewal (person)"}},
		{"a party noun after a determined name", "The populist Northern Dawn movement came third, and its leader, Mart Kask, accused the president of fraud.",
			[]string{"Northern Dawn (organization)", "Mart Kask (person)"}, nil},
		{"a party noun after a name with no determiner", "Hugo Lind met party leaders on Monday.",
			[]string{"Hugo Lind (person)"}, []string{"Hugo Lind (organization)"}},
		{"domain", "Other sites such as Plumtree.com have stated that they will keep the clip online.",
			[]string{"Plumtree.com (organization)"}, nil},
		{"domain", "The clip spread widely after Lanternpost.org reported it.",
			[]string{"Lanternpost.org (organization)"}, nil},
		{"domain: a sentence's end is no domain", "The visitors came from Karvonia. Com officials were not there.",
			nil, []string{"Karvonia.Com (organization)"}},
		{"subject of an organisation's verb", "Kestrelnet has learned that the servers were attacked on Monday.",
			[]string{"Kestrelnet (organization)"}, nil},
		{"subject of an organisation's verb", "Zentrix acquired the small studio for $40 million last year.",
			[]string{"Zentrix (organization)"}, nil},
		{"subject of a verb people do is no organisation", "Brindleford walked to the river and sat on the bank.",
			nil, []string{"Brindleford (organization)"}},
		{"a given name is no organisation", "Maria has learned that the shop would close.",
			nil, []string{"Maria (organization)"}},
		{"list with an organisation", "Vorlund, Microsoft, and Sony all had large stands at the fair.",
			[]string{"Vorlund (organization)"}, nil},
		{"list with an organisation", "Visitors tried games from Microsoft and Vorlund at the fair.",
			[]string{"Vorlund (organization)"}, nil},
		{"a comma alone before an organisation's possessive is an appositive", "Brindleford, Microsoft's old partner, kept quiet.",
			nil, []string{"Brindleford (organization)"}},
		{"appositive", "Quillsoft, a video game publisher, showed its new titles at the fair.",
			[]string{"Quillsoft (organization)"}, nil},
		{"appositive", "Tarrow, the broadcaster, aired the debate on Monday.",
			[]string{"Tarrow (organization)"}, nil},
		{"appositive of a person is no organisation", "Brindleford, a retired teacher, showed his paintings at the fair.",
			nil, []string{"Brindleford (organization)"}},
		{"ampersand", "Students at Ardmore A&M built the robot, and Harlow & Finch paid for it.",
			[]string{"Ardmore A&M (organization)", "Harlow & Finch (organization)"}, nil},
		{"ampersand", "Articles in journals including Soil Science & Policy have called it quackery.",
			[]string{"Soil Science & Policy (organization)"}, nil},
		{"ampersand: two countries joined are two", "Fleets from Norway & Denmark sailed on Monday, Norway said.",
			nil, []string{"Norway & Denmark (organization)"}},
		{"possessed unit", "The trainer went to Ardmore A&M's Aerospace Engineering Department, the agency said.",
			[]string{"Ardmore A&M (organization)"}, []string{"Aerospace Engineering Department (organization)"}},
		{"acting programme", "Since 2007 the Harbour Photographic Legacy Program has seeded galleries, and the Flag Review Project has planned roadshows.",
			[]string{"Harbour Photographic Legacy Program (organization)", "Flag Review Project (organization)"}, nil},
		{"acting programme", "The prints were donated by the Harbour Photographic Legacy Program.",
			[]string{"Harbour Photographic Legacy Program (organization)"}, nil},
		{"a programme that does not act is a thing", "The rocket was built under the Apollo Program, the agency said.",
			nil, []string{"Apollo Program (organization)"}},
		{"pronoun contraction", "The board met on Monday. \"I'm told the plan is dead,\" Dana Reyes said.",
			[]string{"Dana Reyes (person)"}, []string{"I'm (organization)"}},
		{"appositive of a two-word name", "Istituto Bellavista, a catholic school in Milan, closed on Monday.",
			[]string{"Istituto Bellavista (organization)"}, []string{"Istituto Bellavista (person)"}},
		{"appositive of a person's name is no organisation", "Maria Rossi, a teacher at the school, went on strike.",
			[]string{"Maria Rossi (person)"}, nil},
		{"plural cue", "The court ordered the religious schools Santo Marco and Lucerna in Livorno to pay the tax.",
			[]string{"Santo Marco (organization)", "Lucerna (organization)"}, []string{"Santo Marco (person)"}},
		{"a word of a longer name is no list member", "The filings covered New York, New Jersey and Connecticut, Microsoft and Apple said.",
			nil, []string{"Jersey (organization)"}},
		{"a verb the parser reads wrongly is no organisation's", "He should follow every candidate since Brandt and release his returns.",
			nil, []string{"Brandt (organization)"}},
		{"platform as a verb's subject", "The boy was praised. Twitter gave him an internship.",
			[]string{"Twitter (organization)"}, nil},
		{"platform as a place", "The clip was posted on Twitter and shared widely.",
			nil, []string{"Twitter (organization)"}},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
