package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// checkResolution fails t unless word in text resolves to want alone
// (resolutions' form); an empty want also accepts no mention at all.
func checkResolution(t *testing.T, text, word, want string) {
	t.Helper()
	got := resolutions(t, text, word)
	if want == "" && len(got) == 0 {
		return
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("%q in %q resolved to %q, want [%q]", word, text, got, want)
	}
}

// resolutions extracts text and returns, for every mention written as
// word, what it was resolved to: "Actor[, Actor] by rule ← antecedent",
// in text order.
func resolutions(t *testing.T, text, word string) []string {
	t.Helper()
	x := New(Options{})
	d := &doc{x: x, text: text, art: graph.ArticleID(text), byKey: map[string]*actor{}, orgNames: map[string]bool{}}
	d.pg = cleanPage(text, articleMeta{published: "2026-03-02"})
	d.date = d.pg.date
	d.split()
	d.collect()
	d.resolveNames()
	d.read()
	var out []string
	for _, m := range d.ments {
		if !strings.EqualFold(d.span(m.a, m.b), word) {
			continue
		}
		var names, antes []string
		for _, a := range m.ref.actors {
			names = append(names, a.canon)
		}
		for _, x := range m.ref.ante {
			antes = append(antes, d.span(x.a, x.b))
		}
		s := strings.Join(names, ", ") + " by " + m.ref.rule
		if len(antes) > 0 {
			s += " ← " + strings.Join(antes, ", ")
		}
		out = append(out, s)
	}
	return out
}

func TestResolveMentions(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"pronoun across sentences is the last person subject",
			"Dmitry Peskov spoke to reporters on Monday. He said the talks were useful.",
			"He", "Dmitry Peskov by pronoun:personal ← Dmitry Peskov"},
		{"pronoun after a speech verb is its own sentence's subject",
			"Sergei Lavrov met Marco Rubio in Geneva. Rubio said he was hopeful.",
			"he", "Marco Rubio by pronoun:personal ← Rubio"},
		{"the company is the organisation the sentence before was about",
			"Rosatom signed a supply deal with Hungary on Monday. The company said deliveries would start in May.",
			"The company", "Rosatom by description:organisation ← Rosatom"},
		{"the ministry is the ministry named before",
			"The Russian Foreign Ministry summoned the envoy. Officials at the ministry said the envoy left.",
			"the ministry", "Russian Foreign Ministry by description:organisation ← Russian Foreign Ministry"},
		{"the pair is the two persons named together",
			"Steve Witkoff and Jared Kushner flew to Moscow on Tuesday. The pair met Vladimir Putin for five hours.",
			"The pair", "Steve Witkoff, Jared Kushner by description:number ← Steve Witkoff, Jared Kushner"},
		{"the two envoys are the two persons named together",
			"Steve Witkoff and Jared Kushner arrived on Tuesday. The two envoys met Vladimir Putin.",
			"The two envoys", "Steve Witkoff, Jared Kushner by description:number ← Steve Witkoff, Jared Kushner"},
		{"both sides are the two countries that dealt with each other",
			"Russia and Ukraine held talks in Istanbul on Friday. Both sides said a prisoner exchange was agreed.",
			"Both sides", "Russia, Ukraine by description:sides ← Russia, Ukraine"},
		{"a capital that acts is its country",
			"Moscow said the proposal was unacceptable.",
			"Moscow", "Russia by metonym"},
		{"the Kremlin is an organisation of its own",
			"The Kremlin said the proposal was unacceptable.",
			"Kremlin", "Kremlin by name"},
		{"the government is the country named with a government",
			"The Italian government approved the tax on Friday. The government said churches would pay it.",
			"The government", "Italy by description:government ← Italian government"},
		{"the government is the only country named",
			"Canada announced new rules for classified documents. The government said the rules apply at once.",
			"The government", "Canada by description:government ← Canada"},
		{"the prime minister is no other minister",
			"Interior Minister Rui Fonseca said claims would be processed faster. The prime minister agreed.",
			"The prime minister", " by "},
		{"the foreign minister is the person named with that office",
			"Foreign Minister Ana Costa met Interior Minister Rui Fonseca. The foreign minister said the talks went well.",
			"The foreign minister", "Ana Costa by description:office ← Foreign Minister Ana Costa"},
		{"she is not a man in focus",
			"Thomas Berg spoke to reporters on Monday. She said the talks were useful.",
			"She", " by "},
		{"her skips a man named nearer",
			"Eva Lund said Thomas Berg had read her letter.",
			"her", "Eva Lund by pronoun:possessive ← Eva Lund"},
		{"her is the person the text is about when the one in focus is a man",
			"Eva Lund won the vote on Sunday. Lund thanked voters in Oslo. Tom Berg spoke next. Peter Holm also congratulated her.",
			"her", "Eva Lund by pronoun:possessive ← Lund"},
		{"he is not a person called Mrs",
			"Mrs. Lund spoke to reporters on Monday. He said the talks were useful.",
			"He", " by "},
		{"a name worn by both stays open to either pronoun",
			"Alex Moreno spoke to reporters on Monday. She said the talks were useful.",
			"She", "Alex Moreno by pronoun:personal ← Alex Moreno"},
		{"the South is the half of a divided country named with the other",
			"North Korea and South Korea exchanged fire on Monday. The South fired rounds across the border.",
			"The South", "South Korea by description:half ← South Korea"},
		{"the north in lower case is that half too",
			"North Korea and South Korea exchanged fire on Monday. Seoul fired rounds into the north.",
			"the north", "North Korea by description:half ← North Korea"},
		{"a compass word without both halves named is a direction",
			"North Korea fired shells at a loudspeaker on Monday. Farmers in the south said it would respond.",
			"the south", " by "},
		{"the North of a place is a region",
			"North Korea and South Korea exchanged fire. Floods hit the north of the country.",
			"the north", ""},
		{"the parents are the couple tied as husband and wife",
			"Ola Dahl and his wife Eva Dahl were charged over the death of their son. The parents denied the charge.",
			"The parents", "Ola Dahl, Eva Dahl by description:spouses ← Ola Dahl, wife Eva Dahl"},
		{"the parents without a couple named stay unresolved",
			"Ola Dahl and Eva Lund were charged over the accident. The parents denied the charge.",
			"The parents", " by "},
		{"they are a plural subject of the sentence before",
			"Germany and France backed the package on Monday. They said it was overdue.",
			"They", "Germany, France by pronoun:plural ← Germany, France"},
		{"its is the organisation before it",
			"NATO said its members would meet in Brussels.",
			"its", "NATO by pronoun:its ← NATO"},
		{"its opening a sentence is the subject of the sentence before, not its source",
			"Talks stall\n\nFrance rejected the proposal on Monday, according to Reuters. Its foreign minister said the plan was unfair.",
			"Its", "France by pronoun:its-subject ← France"},
		{"its opening a sentence is the country subject, not an organisation named earlier",
			"Talks stall\n\nMeridian Labs recalled cars on Monday. Japan rejected the report. Its trade minister said the report was false.",
			"Its", "Japan by pronoun:its-subject ← Japan"},
		{"its opening a sentence is the owned organisation subject, not its owner",
			"Talks stall\n\nNorway's Ministry of Fisheries rejected the claim. Its spokesman said the report was false.",
			"Its", "Norwegian Ministry of Fisheries by pronoun:its-subject ← Ministry of Fisheries"},
		{"its opening a sentence is a named group subject of the sentence before",
			"Talks stall\n\nThe UN Security Council adopted a resolution on Monday. The M23 dismissed the resolution. Its spokesman said the group would stay.",
			"Its", "M23 by pronoun:its-subject ← M23"},
		{"its is no plural group subject",
			"Talks stall\n\nThe Harbour Relief Agency sent tents. Somali protesters blocked the road. Its spokesman said the tents had arrived.",
			"Its", "Harbour Relief Agency by pronoun:its ← Harbour Relief Agency"},
		{"the country is the only country named before",
			"Talks stall\n\nMeridian Labs sued Chile on Monday. The country said the suit was baseless.",
			"The country", "Chile by description:country ← Chile"},
		{"the country after several countries is the country subject of the sentence before",
			"Talks stall\n\nPeru criticised Chile on Monday. The country's foreign minister said the talks had failed.",
			"The country", "Peru by description:country ← Peru"},
		{"the country after several countries and no country subject stays open",
			"Talks stall\n\nMeridian Labs left Peru for Chile. The country's foreign minister said the move was welcome.",
			"The country", " by "},
		{"the country of a named place is no description",
			"Talks stall\n\nPeru criticised the plan. Ministers from the country of Georgia said the plan was fair.",
			"the country", ""},
		{"its after a description in its own sentence is not the subject of the sentence before",
			"Talks stall\n\nMeridian Labs fired Omar Haddad on Monday. The union said its members would strike.",
			"its", "Meridian Labs by pronoun:its ← Meridian Labs"},
		{"its after a person subject is the organisation the text was about",
			"Talks stall\n\nMeridian Labs opened a plant on Monday. Omar Haddad visited the plant on Tuesday. Its workers said the visit was short.",
			"Its", "Meridian Labs by pronoun:its ← Meridian Labs"},
		{"a possessive pronoun is not the person its phrase introduces",
			"Ferry strike ends\n\nOla Dahl was released on Monday. His father Karl Moen said the family was relieved.",
			"His", "Ola Dahl by pronoun:possessive ← Ola Dahl"},
		{"the bloc is a community of states named before",
			"The Sahel Economic Community met in Accra. Ministers said the bloc would act.",
			"the bloc", "Sahel Economic Community by description:organisation ← Sahel Economic Community"},
		{"a person a pronoun called she is no he",
			"Ferry strike ends\n\nRobin Lund said she would stand again. He said the turnout was low.",
			"He", " by "},
		{"he is the man the sentence before names when the person in focus is a woman",
			"Ferry strike ends\n\nRobin Lund said she would stand again. For Tom Berg, a teacher, the vote was a surprise. He said the turnout was low.",
			"He", "Tom Berg by pronoun:personal ← Tom Berg"},
		{"the first half of a coordination sharing its head names its country",
			"Talks resume\n\nNorth and South Korea held talks in Panmunjom on Monday.",
			"North", "North Korea by name"},
		{"a compass word and another country's name are no half",
			"Talks resume\n\nNorth and South Africa played a friendly on Monday.",
			"North", ""},
		{"a lone surname before a namesake is named is the person named in full",
			"Omar Haddad was detained on Monday. Haddad said he was treated unfairly. His father Karim Haddad said the family was proud.",
			"Haddad", "Omar Haddad by name"},
		{"a lone surname two persons share is the one the story is about",
			"Omar Haddad was detained on Monday. Omar Haddad met Lina Berg. His father Karim Haddad was proud. Haddad said he was grateful.",
			"Haddad", "Omar Haddad by name"},
		{"a lone surname two persons share as often stays open",
			"Omar Haddad met Karim Haddad on Monday. Haddad said he was grateful.",
			"Haddad", " by "},
		{"the team is the nationality's team named before",
			"The Kenyan team arrived in Berlin on Monday. The team said it was grateful.",
			"The team", "Kenyan team by description:group ← Kenyan team"},
		{"a nationality's team is a group of its own, not the country",
			"Germany refused visas to the Kenyan team.",
			"Kenyan team", "Kenyan team by name"},
		{"a nationality's team after a group of its people is that group",
			"A group of Kenyan teenagers won a medal. Germany had refused visas to the Kenyan team.",
			"Kenyan team", "Kenyan teenagers by name"},
		{"a negotiating team is its country",
			"The Ukrainian negotiating team met Russian officials in Istanbul.",
			"Ukrainian negotiating", "Ukraine by name"},
		{"an it that speaks is the organisation the sentence before had as subject",
			"Meridian Labs said on Monday that profits rose. It added that the plant would open in May.",
			"It", "Meridian Labs by pronoun:it ← Meridian Labs"},
		{"an it that speaks after two subjects stays open",
			"Norway and Sweden signed a pact on Monday. It said the pact would last ten years.",
			"It", " by "},
		{"an it in a passive of saying is no mention",
			"Meridian Labs opened a plant on Monday. It is said that profits rose.",
			"It", ""},
		{"a pronoun with nobody before it stays unresolved",
			"He said the talks were useful.",
			"He", " by "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkResolution(t, tc.text, tc.word, tc.want)
		})
	}
}

// TestMetonymLexicon checks the embedded metonym file and that bad
// lines are refused with their line number.
func TestMetonymLexicon(t *testing.T) {
	seen := map[string]string{}
	for _, m := range metonyms {
		if prev, ok := seen[m.form]; ok && prev != m.canon {
			t.Errorf("lexicon/metonyms.tsv: %q stands for both %q and %q", m.form, prev, m.canon)
		}
		seen[m.form] = m.canon
	}
	for form, want := range map[string]string{"Washington": "United States", "Kyiv": "Ukraine", "Beijing": "China", "Brussels": "European Union"} {
		if seen[form] != want {
			t.Errorf("lexicon/metonyms.tsv: %s stands for %q, want %q", form, seen[form], want)
		}
	}
	for _, bad := range []string{"Moscow\tRussia", "Moscow\tRussia\tcity", "\tRussia\tcountry"} {
		if _, err := parseMetonyms("# header\n" + bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("parseMetonyms(%q) = %v, want an error naming line 2", bad, err)
		}
	}
}

// TestNameGenderLexicon checks the embedded gender lexicon and that bad
// lines are refused with their line number.
func TestNameGenderLexicon(t *testing.T) {
	for w, want := range map[string]byte{"thomas": 'm', "gloria": 'f', "mrs": 'f', "spokesman": 'm', "alex": 0} {
		if got := nameGender[w]; got != want {
			t.Errorf("lexicon/name_gender.tsv: %q is %q, want %q", w, got, want)
		}
	}
	for _, bad := range []string{"x\tanna", "f", "f\tanna\tx", "f\tanna\nm\tanna"} {
		if _, err := parseNameGender("# header\n" + bad); err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("parseNameGender(%q) = %v, want an error naming the line", bad, err)
		}
	}
}

// TestSharedHeadHalves reads "North and South Korea" as both countries
// in the relations they take part in.
func TestSharedHeadHalves(t *testing.T) {
	got := edgeFacts(t, "Talks resume\n\nNorth and South Korea held talks in Panmunjom on Monday.", true, func(e graph.Edge) bool { return e.Class.BetweenActors() })
	if !got["North Korea CONSULT South Korea"] {
		t.Errorf("missing North Korea CONSULT South Korea; got %v", got)
	}
}

// TestItSpeaks checks that a quotation or clause credited to "it" goes
// to the organisation "it" refers to.
func TestItSpeaks(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"\"The rebels shelled our posts,\" said the Harbin News Agency. \"Such provocation deserves punishment,\" it added.",
			"Harbin News Agency: Such provocation deserves punishment"},
		{"The Coastal Alliance said fees would rise. It warned that spending would fall.",
			"Coastal Alliance: spending would fall"},
	} {
		got := statementsOf(t, tc.text)
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, tc.want)
		}
		if !found {
			t.Errorf("%q: no %q in %q", tc.text, tc.want, got)
		}
	}
}
