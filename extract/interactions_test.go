package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// assertedFacts extracts text and returns its asserted interactions (the
// default graph) as "A CLASS B", symmetric classes both ways.
func assertedFacts(t *testing.T, text string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for k, m := range edgeModalities(t, text) {
		if m == graph.Asserted {
			out[k] = true
		}
	}
	return out
}

// interactionCase is one invented sentence: the asserted interactions
// it must give and those it must not.
type interactionCase struct {
	name, text string
	want, not  []string
}

// runInteractionCases checks each case against the default graph.
func runInteractionCases(t *testing.T, tests []interactionCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, assertedFacts(t, tc.text), tc.want, tc.not)
		})
	}
}

// TestAppositivePassive: "X, criticised by Y, …" and "X, who was backed
// by Y, …" are Y's acts on X; with no actor after "by" there is none.
func TestAppositivePassive(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"participle after a comma",
			"Mara Lindqvist, criticised by Oskar Berg over the budget, resigned on Friday.",
			[]string{"Oskar Berg ACCUSE Mara Lindqvist"}, []string{"Mara Lindqvist ACCUSE Oskar Berg"}},
		{"participle of support after a comma",
			"Jonas Weber, endorsed by the Green Party, won the mayoral race in March.",
			[]string{"Green Party SUPPORT Jonas Weber"}, []string{"Jonas Weber SUPPORT Green Party"}},
		{"relative clause in the passive",
			"Mara Lindqvist, who was backed by Oskar Berg, won the vote on Tuesday.",
			[]string{"Oskar Berg SUPPORT Mara Lindqvist"}, []string{"Mara Lindqvist SUPPORT Oskar Berg"}},
		{"no actor after by",
			"Mara Lindqvist, criticised by many, resigned on Friday.",
			nil, []string{"Mara Lindqvist ACCUSE Oskar Berg"}},
		{"an agent that is no actor",
			"Mara Lindqvist, criticised by the audit of the harbour accounts, resigned on Friday.",
			nil, []string{"Mara Lindqvist ACCUSE Mara Lindqvist"}},
		{"a passive whose agent is no actor",
			"Jonas Weber was criticised by the report for the delays.",
			nil, []string{"Jonas Weber ACCUSE Jonas Weber"}},
		{"an active participle clause is no passive",
			"Oskar Berg, having criticised Mara Lindqvist for weeks, resigned.",
			[]string{"Oskar Berg ACCUSE Mara Lindqvist"}, []string{"Mara Lindqvist ACCUSE Oskar Berg"}},
	})
}

// TestLightVerbObliques: a light verb's oblique may hang on its object
// ("sought help from X", "declined an invitation from X"), and negated
// or future twins stay out of the default graph.
func TestLightVerbObliques(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"sought help from",
			"Mara Lindqvist sought help from the Red Cross after the flood.",
			[]string{"Mara Lindqvist REQUEST Red Cross"}, nil},
		{"sought compensation from",
			"The Harbour Union sought compensation from Nordic Shipping for the lost wages.",
			[]string{"Harbour Union REQUEST Nordic Shipping"}, nil},
		{"did not seek help",
			"Mara Lindqvist did not seek help from the Red Cross after the flood.",
			nil, []string{"Mara Lindqvist REQUEST Red Cross"}},
		{"will seek help",
			"Mara Lindqvist will seek help from the Red Cross next week.",
			nil, []string{"Mara Lindqvist REQUEST Red Cross"}},
		{"declined an invitation from",
			"The Harbour Union declined an invitation from Nordic Shipping to resume negotiations.",
			[]string{"Harbour Union REJECT Nordic Shipping"}, nil},
		{"declined an offer from",
			"Jonas Weber declined an offer from the Green Party on Monday.",
			[]string{"Jonas Weber REJECT Green Party"}, nil},
		{"did not decline",
			"Jonas Weber did not decline the offer from the Green Party.",
			nil, []string{"Jonas Weber REJECT Green Party"}},
		{"may decline",
			"Jonas Weber may decline the offer from the Green Party next week.",
			nil, []string{"Jonas Weber REJECT Green Party"}},
		{"declined to comment is no rejection",
			"Nordic Shipping declined to comment on the claims by the Harbour Union.",
			nil, []string{"Nordic Shipping REJECT Harbour Union"}},
		{"an oblique of another verb",
			"Jonas Weber declined the post after a call from the Green Party.",
			nil, []string{"Jonas Weber REJECT Green Party"}},
	})
}

// TestSymmetricSubjectWithTopic: a symmetric verb whose object is not
// its target ("discussed the budget", "negotiated a ceasefire") relates
// its coordinated subjects; negated and future twins do not.
func TestSymmetricSubjectWithTopic(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"discussed a topic",
			"Anna Berg and Karl Moe discussed the harbour budget on Monday.",
			[]string{"Anna Berg CONSULT Karl Moe"}, nil},
		{"negotiated a topic",
			"The Harbour Union and Nordic Shipping negotiated a new wage deal in Bergen.",
			[]string{"Harbour Union CONSULT Nordic Shipping"}, nil},
		{"did not discuss",
			"Anna Berg and Karl Moe did not discuss the harbour budget.",
			nil, []string{"Anna Berg CONSULT Karl Moe"}},
		{"will discuss",
			"Anna Berg and Karl Moe will discuss the harbour budget next week.",
			nil, []string{"Anna Berg CONSULT Karl Moe"}},
		{"an object that is the target is no topic",
			"Anna Berg and Karl Moe praised Lena Dahl after the vote.",
			[]string{"Anna Berg SUPPORT Lena Dahl", "Karl Moe SUPPORT Lena Dahl"}, []string{"Anna Berg CONSULT Karl Moe"}},
	})
}

// TestPhrasalTriggers: a verb and its particle are one trigger ("turned
// down", "lashed out at", "reached out to"), the particle before or
// after the object, with negated and future twins.
func TestPhrasalTriggers(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"turned down an offer from",
			"Anna Berg turned down an offer from the Green Party on Monday.",
			[]string{"Anna Berg REJECT Green Party"}, nil},
		{"turned down a possessed proposal",
			"Nordic Shipping turned down the Harbour Union's proposal.",
			[]string{"Nordic Shipping REJECT Harbour Union"}, nil},
		{"turned an actor down",
			"The Green Party turned Anna Berg down after the interview.",
			[]string{"Green Party REJECT Anna Berg"}, nil},
		{"did not turn down",
			"Anna Berg did not turn down the offer from the Green Party.",
			nil, []string{"Anna Berg REJECT Green Party"}},
		{"will turn down",
			"Anna Berg will turn down the offer from the Green Party.",
			nil, []string{"Anna Berg REJECT Green Party"}},
		{"turned with another particle",
			"Anna Berg turned up at the Green Party congress.",
			nil, []string{"Anna Berg REJECT Green Party"}},
		{"lashed out at",
			"Anna Berg lashed out at Karl Moe over the harbour budget.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, nil},
		{"did not lash out",
			"Anna Berg did not lash out at Karl Moe.",
			nil, []string{"Anna Berg ACCUSE Karl Moe"}},
		{"may lash out",
			"Anna Berg may lash out at Karl Moe tomorrow.",
			nil, []string{"Anna Berg ACCUSE Karl Moe"}},
		{"reached out to",
			"The Harbour Union reached out to Nordic Shipping on Friday.",
			[]string{"Harbour Union CONSULT Nordic Shipping"}, nil},
		{"reached out in a reported clause",
			"Anna Berg said Karl Moe had reached out to the Green Party.",
			[]string{"Karl Moe CONSULT Green Party"}, nil},
		{"has not reached out",
			"The Harbour Union has not reached out to Nordic Shipping.",
			nil, []string{"Harbour Union CONSULT Nordic Shipping"}},
		{"will reach out",
			"The Harbour Union will reach out to Nordic Shipping next week.",
			nil, []string{"Harbour Union CONSULT Nordic Shipping"}},
		{"reached a place is no contact",
			"The Harbour Union delegation reached Oslo on Friday, Nordic Shipping said.",
			nil, []string{"Harbour Union CONSULT Nordic Shipping"}},
		{"gunned down, the object read as an oblique",
			"The Red Brigade gunned down Karl Moe outside his home.",
			[]string{"Red Brigade ASSAULT Karl Moe"}, nil},
		{"dressed down",
			"Anna Berg dressed down Karl Moe in front of the committee.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, nil},
		{"sided with",
			"Anna Berg sided with Karl Moe in the dispute over the port.",
			[]string{"Anna Berg SUPPORT Karl Moe"}, nil},
		{"would never side with",
			"Anna Berg would never side with Karl Moe.",
			nil, []string{"Anna Berg SUPPORT Karl Moe"}},
	})
}

// TestAccusationForms: the forms of blame and complaint, nominal and
// verbal, and "called X's decision …", which names and phones no one.
func TestAccusationForms(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"allegations by A against B",
			"Allegations by Anna Berg against Karl Moe surfaced on Monday.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, []string{"Karl Moe ACCUSE Anna Berg"}},
		{"accused of",
			"Anna Berg accused Karl Moe of lying about the harbour budget.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, nil},
		{"blamed for",
			"Anna Berg blamed Karl Moe for the delays at the port.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, nil},
		{"blamed in the passive",
			"Karl Moe was blamed by Anna Berg for the delays.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, []string{"Karl Moe ACCUSE Anna Berg"}},
		{"complained about",
			"Anna Berg complained about Karl Moe on Monday.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, nil},
		{"complained to an addressee about",
			"Anna Berg complained to the committee about Karl Moe.",
			[]string{"Anna Berg ACCUSE Karl Moe"}, nil},
		{"did not complain",
			"Anna Berg did not complain about Karl Moe.",
			nil, []string{"Anna Berg ACCUSE Karl Moe"}},
		{"will complain",
			"Anna Berg will complain about Karl Moe to the committee.",
			nil, []string{"Anna Berg ACCUSE Karl Moe"}},
		{"talked to an addressee about someone is no complaint",
			"Anna Berg talked to Lena Dahl about Karl Moe.",
			[]string{"Anna Berg CONSULT Lena Dahl"}, []string{"Anna Berg CONSULT Karl Moe", "Anna Berg ACCUSE Karl Moe"}},
		{"called a decision something is no call",
			"Anna Berg called Karl Moe's decision dangerous.",
			nil, []string{"Anna Berg CONSULT Karl Moe"}},
		{"called someone on a day is a call",
			"Anna Berg called Karl Moe on Saturday about the harbour budget.",
			[]string{"Anna Berg CONSULT Karl Moe"}, nil},
	})
}

// TestClaimsPointBack: "X denied these allegations" rejects whoever
// made the claims reported just before; with no such statement, or
// negated, there is nothing.
func TestClaimsPointBack(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"denied these allegations",
			"Anna Berg said Nordic Shipping had cut wages illegally. Nordic Shipping denied these allegations on Monday.",
			[]string{"Nordic Shipping REJECT Anna Berg"}, nil},
		{"rejected such claims",
			"Anna Berg said Nordic Shipping had cut wages illegally. Nordic Shipping rejected such claims.",
			[]string{"Nordic Shipping REJECT Anna Berg"}, nil},
		{"did not deny",
			"Anna Berg said Nordic Shipping had cut wages illegally. Nordic Shipping did not deny these allegations.",
			nil, []string{"Nordic Shipping REJECT Anna Berg"}},
		{"will deny",
			"Anna Berg said Nordic Shipping had cut wages illegally. Nordic Shipping will deny these allegations in court.",
			nil, []string{"Nordic Shipping REJECT Anna Berg"}},
		{"claims reported too long before",
			"Anna Berg said Nordic Shipping had cut wages. The port closed. The ships waited. Many sailors left. The harbour emptied. Nordic Shipping denied these allegations.",
			nil, []string{"Nordic Shipping REJECT Anna Berg"}},
		{"allegations claimed a story before",
			"Anna Berg claims that Nordic Shipping cut her wages. The port closed. The ships waited. Many sailors left. The harbour emptied. Nordic Shipping denied these allegations.",
			[]string{"Nordic Shipping REJECT Anna Berg"}, nil},
		{"allegations claimed a story before, not denied",
			"Anna Berg claims that Nordic Shipping cut her wages. The port closed. The ships waited. Many sailors left. The harbour emptied. Nordic Shipping did not deny these allegations.",
			nil, []string{"Nordic Shipping REJECT Anna Berg"}},
		{"allegations claimed a story before, to be denied",
			"Anna Berg claims that Nordic Shipping cut her wages. The port closed. The ships waited. Many sailors left. The harbour emptied. Nordic Shipping will deny these allegations in court.",
			nil, []string{"Nordic Shipping REJECT Anna Berg"}},
		{"allegations claimed too long before",
			"Anna Berg claims that Nordic Shipping cut her wages. The port closed. The ships waited. Many sailors left. The harbour emptied. The town slept. The winter came. Nordic Shipping denied these allegations.",
			nil, []string{"Nordic Shipping REJECT Anna Berg"}},
	})
}

// TestSanctionOnGoods: a measure on goods that a nationality adjective
// qualifies, or that come from a country, falls on that country when
// the article names it, also when the parser hangs the goods on the
// measure's amount ("tariffs of 30 percent on X"); negated
// and future twins stay out of the default graph, and with no such
// country actor there is nothing.
func TestSanctionOnGoods(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"tariffs on X-made goods",
			"China denied the claims. The European Commission imposed tariffs on Chinese-made electric cars last year.",
			[]string{"European Commission SANCTION China"}, nil},
		{"a ban on goods",
			"Russia protested. The European Union banned Russian oil imports in June.",
			[]string{"European Union SANCTION Russia"}, nil},
		{"no ban",
			"Russia protested. The European Union did not ban Russian oil imports in June.",
			nil, []string{"European Union SANCTION Russia"}},
		{"future tariffs",
			"Russia protested. The European Union will impose tariffs on Russian steel next year.",
			nil, []string{"European Union SANCTION Russia"}},
		{"a nationality of no actor",
			"The European Commission imposed tariffs on Chinese-made electric cars last year.",
			nil, []string{"European Commission SANCTION China"}},
		{"tariffs on goods hung on their amount",
			"Russia protested. The European Union imposed tariffs of up to 30 percent on Russian steel in May.",
			[]string{"European Union SANCTION Russia"}, nil},
		{"no tariffs of an amount",
			"Russia protested. The European Union did not impose tariffs of up to 30 percent on Russian steel in May.",
			nil, []string{"European Union SANCTION Russia"}},
		{"tariffs of an amount to come",
			"Russia protested. The European Union will impose tariffs of up to 30 percent on Russian steel in May.",
			nil, []string{"European Union SANCTION Russia"}},
		{"a tariff on goods from a country",
			"Canada protested. The United States imposed a 25 percent tariff on goods from Canada on Monday.",
			[]string{"United States SANCTION Canada"}, nil},
		{"no tariff on goods from a country",
			"Canada protested. The United States did not impose a 25 percent tariff on goods from Canada on Monday.",
			nil, []string{"United States SANCTION Canada"}},
		{"a tariff on goods from a country to come",
			"Canada protested. The United States will impose a 25 percent tariff on goods from Canada next month.",
			nil, []string{"United States SANCTION Canada"}},
		{"a tariff of an amount on goods of no actor",
			"Canada protested. The United States imposed tariffs of 25 percent on steel on Monday.",
			nil, []string{"United States SANCTION Canada"}},
	})
}

// TestGovernmentWe: "our deal with X", "we thank X" said in a quotation
// by a head of government or a minister are their country's acts; said
// in the singular, or by someone with no governing office, they stay
// the speaker's; negated and future twins stay out of the default graph.
func TestGovernmentWe(t *testing.T) {
	const who = "Prime Minister Anna Lindqvist of Sweden spoke in Stockholm on Monday. "
	runInteractionCases(t, []interactionCase{
		{"our agreement, said by a premier",
			who + "\"Our agreement with Finland is working well,\" Lindqvist said.",
			[]string{"Sweden AGREE Finland"}, []string{"Anna Lindqvist AGREE Finland"}},
		{"we thank, said by a premier",
			who + "\"We thank Estonia for its help,\" Lindqvist said.",
			[]string{"Sweden SUPPORT Estonia"}, []string{"Anna Lindqvist SUPPORT Estonia"}},
		{"no agreement",
			who + "\"We have no agreement with Finland,\" Lindqvist said.",
			nil, []string{"Sweden AGREE Finland", "Anna Lindqvist AGREE Finland"}},
		{"an agreement to come",
			who + "\"We will sign an agreement with Finland next year,\" Lindqvist said.",
			nil, []string{"Sweden AGREE Finland", "Anna Lindqvist AGREE Finland"}},
		{"I, said by a premier, is the person",
			who + "\"I thank Estonia for its help,\" Lindqvist said.",
			[]string{"Anna Lindqvist SUPPORT Estonia"}, []string{"Sweden SUPPORT Estonia"}},
		{"we, said by someone with no office",
			"Marta Kowalski, a farmer from Sweden, spoke on Monday. \"We thank Estonia for its help,\" Kowalski said.",
			nil, []string{"Sweden SUPPORT Estonia"}},
	})
}

// TestReceivedRange: support received "ranging from A to B" is A's and
// B's, also when the tagger takes the noun for a verb or hangs the range
// on the receiving verb; negated and future twins stay out of the
// default graph.
func TestReceivedRange(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"support ranging from A to B",
			"Tove Lund received support online ranging from Oskar Berg to Greta Holm.",
			[]string{"Oskar Berg SUPPORT Tove Lund", "Greta Holm SUPPORT Tove Lund"}, []string{"Tove Lund SUPPORT Oskar Berg"}},
		{"praise ranging from A to B after a fronted clause",
			"After the ruling was published, Tove Lund received praise ranging from Oskar Berg to Greta Holm.",
			[]string{"Oskar Berg SUPPORT Tove Lund", "Greta Holm SUPPORT Tove Lund"}, nil},
		{"no support received",
			"Tove Lund did not receive support ranging from Oskar Berg to Greta Holm.",
			nil, []string{"Oskar Berg SUPPORT Tove Lund", "Greta Holm SUPPORT Tove Lund"}},
		{"support to come",
			"Tove Lund will receive praise ranging from Oskar Berg to Greta Holm.",
			nil, []string{"Oskar Berg SUPPORT Tove Lund", "Greta Holm SUPPORT Tove Lund"}},
		{"a range of prices is no support",
			"Tove Lund received offers ranging from Oskar Berg to Greta Holm.",
			nil, []string{"Oskar Berg SUPPORT Tove Lund"}},
	})
}

// TestComparisonBeforeSubject: a fronted "Like X," is no subject; the
// speaker who follows it is ("Like many farmers, I am disappointed with
// X's decision"); negated and future twins stay out of the default graph.
func TestComparisonBeforeSubject(t *testing.T) {
	const intro = "Norway closed the port on Monday. "
	runInteractionCases(t, []interactionCase{
		{"like many, I am disappointed",
			intro + "\"Like many Swedes, I am disappointed with Norway's decision,\" Tove Lund said.",
			[]string{"Tove Lund ACCUSE Norway"}, nil},
		{"like many, I am not disappointed",
			intro + "\"Like many Swedes, I am not disappointed with Norway's decision,\" Tove Lund said.",
			nil, []string{"Tove Lund ACCUSE Norway"}},
		{"like many, I will be disappointed",
			intro + "\"Like many Swedes, I will be disappointed with Norway's decision if it stays,\" Tove Lund said.",
			nil, []string{"Tove Lund ACCUSE Norway"}},
		{"like a named person, a speaker praises",
			"Like Greta Holm, Oskar Berg praised Tove Lund on Monday.",
			[]string{"Oskar Berg SUPPORT Tove Lund"}, []string{"Greta Holm SUPPORT Tove Lund"}},
	})
}

// TestHostedTalks: the sides whose delegations a host receives for
// talks talk with one another as well as with the host; guests hosted
// by name, or for no talks, do not;
// negated and future twins stay out of the default graph.
func TestHostedTalks(t *testing.T) {
	runInteractionCases(t, []interactionCase{
		{"delegations hosted for talks",
			"Norway hosted delegations from the Harbour Union and the Ferry Council on Monday for talks on wages.",
			[]string{"Norway CONSULT Harbour Union", "Norway CONSULT Ferry Council", "Harbour Union CONSULT Ferry Council"}, nil},
		{"delegations hosted for talks, reported after a dateline",
			"OSLO, May 3 (Reuters) - Norway hosted delegations from the Harbour Union and the Ferry Council on Friday for a second round of wage talks, officials said.",
			[]string{"Norway CONSULT Harbour Union", "Norway CONSULT Ferry Council", "Harbour Union CONSULT Ferry Council"}, nil},
		{"delegations hosted for a round of talks",
			"Norway hosted delegations from the Harbour Union and the Ferry Council for a third round of talks.",
			[]string{"Harbour Union CONSULT Ferry Council"}, nil},
		{"guests hosted by name talk with the host",
			"Norway hosted Tove Lund and Oskar Berg on Monday for talks on wages.",
			[]string{"Norway CONSULT Tove Lund", "Norway CONSULT Oskar Berg"}, []string{"Tove Lund CONSULT Oskar Berg"}},
		{"guests hosted for a dinner do not talk",
			"Norway hosted delegations from the Harbour Union and the Ferry Council for a dinner on Monday.",
			nil, []string{"Harbour Union CONSULT Ferry Council"}},
		{"delegations not hosted for talks",
			"Norway did not host delegations from the Harbour Union and the Ferry Council for talks on wages.",
			nil, []string{"Harbour Union CONSULT Ferry Council", "Norway CONSULT Harbour Union"}},
		{"delegations to be hosted for talks",
			"Norway will host delegations from the Harbour Union and the Ferry Council next week for talks on wages.",
			nil, []string{"Harbour Union CONSULT Ferry Council", "Norway CONSULT Harbour Union"}},
	})
}
