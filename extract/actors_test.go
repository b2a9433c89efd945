package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestThingLike(t *testing.T) {
	lower := map[string]bool{"launch": true, "space": true}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Launch Pad", true},             // a common word the article writes in lower case
		{"Space Shuttle Atlantis", true}, // the same
		{"Grand Forks Lumber", false},    // no sign in itself …
		{"Volgograd Arena Tower", true},  // … but a head of things' names
		{"PlayStation VR", true},         // an acronym after the first word
		{"Protection B", true},           // a letter at the end
		{"Windows XP", true},
		{"Kathryn Waters", true}, // "waters" heads things' names: personEvidence (her given name) keeps her
		{"Eden Hazard", false},
		{"Lam Cheuk-ting", false},
	} {
		if got := thingLike(tc.name, lower); got != tc.want {
			t.Errorf("thingLike(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPersonShape(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"A. S. Heagle", true},
		{"Carlo De Benedetti", true},
		{"Lam Cheuk-ting", true},
		{"Launch Pad", false},
		{"Spider-Gwen", false},
	} {
		if got := personShape(tc.name); got != tc.want {
			t.Errorf("personShape(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// actorNames extracts text and returns its actors as "name (type)".
func actorNames(t *testing.T, text string) []string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range b.Nodes {
		if n.Kind == graph.KindActor {
			out = append(out, n.Label+" ("+n.Type+")")
		}
	}
	sort.Strings(out)
	return out
}

// checkActors runs one row of the actor tables (TestPlacesAndActors,
// TestOrganisationNames, TestWorksAndProducts): every want is among the
// actors of text, no not is.
func checkActors(t *testing.T, text string, want, not []string) {
	t.Helper()
	got := actorNames(t, text)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("actors of %q are %s, want %s among them", text, strings.Join(got, "; "), w)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("actors of %q are %s, want no %s", text, strings.Join(got, "; "), n)
		}
	}
}

func TestActorClasses(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a thing's name the text writes in lower case is no person",
			"The shuttle will leave the launch pad at dawn. Crews towed it from Launch Pad 39 to the Visitor Complex on Tuesday, the agency said.",
			nil, []string{"Launch Pad (person)", "Visitor Complex (person)"}},
		{"a name that speaks is a person even without a known given name",
			"The exhibition opened on Friday. \"It is a rare collection,\" Starry Lee said. Lee added that the works would travel.",
			[]string{"Starry Lee (person)"}, nil},
		{"a person whose surname is a word for a place speaks",
			"The school reopened on Monday. Professor Anna Marie Hill said the school had acted too fast, and Tomas Berg Park told reporters the same.",
			[]string{"Anna Marie Hill (person)", "Tomas Berg Park (person)"}, nil},
		{"a middle initial the canonical name drops still shows a person",
			"Turnout fell. \"We hate this framing of the vote,\" Sverre K. Lindholm II, a writer for the Harbour Review, said on Twitter.",
			[]string{"Sverre Lindholm II (person)"}, nil},
		{"a title word after a given name is the surname",
			"Turnout fell. \"Turnout makes a difference in every race,\" said Peter King, a lawyer in Bergen, and Anna Bishop agreed.",
			[]string{"Peter King (person)", "Anna Bishop (person)"}, nil},
		{"a title word before a name stays a title",
			"King Harald opened the new pier, and Bishop Anna Lund blessed it.",
			[]string{"Anna Lund (person)"}, []string{"Harald King (person)", "King Harald (person)"}},
		{"a place whose last word is a place noun stays no person",
			"The protesters marched from Peter Lund Park to the city hall on Monday.",
			nil, []string{"Peter Lund Park (person)"}},
		{"an acronym that never acts is no organisation",
			"Children with low iodine levels scored lower in IQ tests, and pages written in HTML load faster.",
			nil, []string{"IQ (organization)", "HTML (organization)"}},
		{"an acronym that speaks is an organisation",
			"NCLAN said the crop losses were severe.",
			[]string{"NCLAN (organization)"}, nil},
		{"countries people come from are places",
			"The Home Office rejected 12,000 asylum hopefuls from Eritrea, Libya and Syria on Monday.",
			[]string{"Home Office (organization)"}, []string{"Eritrea (country)", "Libya (country)", "Syria (country)"}},
		{"England plays as a country; a magazine is an organisation",
			"England beat Panama 6-1 on Sunday, and Freedom Magazine said the English side was the best it had seen.",
			[]string{"England (country)", "Freedom Magazine (organization)"}, []string{"English (organization)"}},
		{"officials and spokespeople of an organisation are not part of its name",
			"Border Agency officials said the rules were clear, and the Meridian Workers Union spokesman said the strike would go on.",
			[]string{"Border Agency (organization)", "Meridian Workers Union (organization)"},
			[]string{"Border Agency officials (organization)", "Meridian Workers Union spokesman (organization)"}},
		{"a hyphenated given name before \"of\" is a person of that organisation",
			"Voters chose new members. Lee Kwok-wai of NPP and Chan Ka-ming of LSD were elected on Sunday.",
			[]string{"Chan Ka-ming (person)", "Lee Kwok-wai (person)"}, nil},
		{"an of-phrase naming an organisation stays in the name; a country's does not",
			"The Court of Justice of the European Union ruled on Tuesday, and the Ministry of Defence of Ukraine welcomed it.",
			[]string{"Court of Justice of the European Union (organization)", "Ministry of Defence (organization)", "Ukraine (country)"},
			[]string{"Court of Justice (organization)"}},
		{"people listed with their parties are not one organisation",
			"Voters chose councillors Claudia Moss of the Civic Party and Wong Pik-wan of the Democratic Party on Sunday.",
			[]string{"Wong Pik-wan (person)", "Civic Party (organization)", "Democratic Party (organization)"}, nil},
		{"a name ending in a plural of things is no person",
			"The prints went to Harbour Galleries and to Delta Art Collections, which will show them in May.",
			[]string{"Harbour Galleries (organization)", "Delta Art Collections (organization)"},
			[]string{"Harbour Galleries (person)", "Delta Art Collections (person)"}},
		{"facilities are no actors",
			"Pilgrims crowded the Grand Mosque, and fans filled the Volgograd Arena and the Century City Towers.",
			nil, []string{"Grand Mosque (person)", "Volgograd Arena (organization)", "Century City Towers (organization)"}},
		{"a name the text writes after \"in\" is a place",
			"Santa Lucera declared an emergency on Monday. Shops in Santa Lucera closed early.",
			nil, []string{"Santa Lucera (person)"}},
		{"a follower's word before a person's name is no part of it",
			"The video featured Scientologist Tom Cruise, and Pan-democrat Lam Cheuk-ting won a seat. The Baptist Church said it was pleased.",
			[]string{"Tom Cruise (person)", "Lam Cheuk-ting (person)", "Baptist Church (organization)"},
			[]string{"Scientologist Tom Cruise (person)", "Pan-democrat Lam Cheuk-ting (person)"}},
		{"a union named by its members' trade keeps its leading adjective",
			"The United Steelworkers said the strike would continue, and the Steelworkers said talks had failed.",
			[]string{"United Steelworkers (organization)"}, []string{"Steelworkers (organization)"}},
		{"officials from a country stand for it",
			"Steve Witkoff met officials from Egypt in Cairo on Monday.",
			[]string{"Egypt (country)"}, nil},
		{"a name after a person's \"of\" is what the person belongs to",
			"The winners were Peter Lund of Blue Lantern, Kevin Osei of Studio 12 and Lam Ka-wing of Civic Dawn.",
			[]string{"Blue Lantern (organization)", "Studio 12 (organization)", "Civic Dawn (organization)", "Kevin Osei (person)"},
			[]string{"Studio (organization)"}},
		{"a town with its state after a person's \"of\" is a place",
			"Maria Reyes of Millbrook, Oregon said the river had flooded.",
			[]string{"Maria Reyes (person)"}, []string{"Millbrook (organization)"}},
		{"a person before an organisation's \"of\" is no part of its name",
			"Editors such as Mark Tolan of Harbour Life Magazine attended.",
			[]string{"Mark Tolan (person)", "Harbour Life Magazine (organization)"},
			[]string{"Mark Tolan of Harbour Life Magazine (organization)"}},
		{"an organisation's name runs over its \"for the\" and \"of\" phrases, not over a country",
			"The Centre for Control of Coastal Erosion and the Council for the Protection of Rural Ponds met the Institute of Technology of the US.",
			[]string{"Centre for Control of Coastal Erosion (organization)", "Council for the Protection of Rural Ponds (organization)"},
			[]string{"Centre for Control (organization)", "Institute of Technology of the US (organization)"}},
		{"two organisations with their own heads joined by \"and\" are two",
			"A team from the Northern Institute of Science and Lakeland State University studied the lakes.",
			[]string{"Northern Institute of Science (organization)", "Lakeland State University (organization)"},
			[]string{"Northern Institute of Science and Lakeland State University (organization)"}},
		{"an agency named by its field and a country is no country",
			"Health Norway said the water was safe, and Tourism Peru spokesman Luis Vera agreed.",
			[]string{"Health Norway (organization)", "Tourism Peru (organization)"},
			[]string{"Norway (country)", "Peru (country)"}},
		{"a platform acting as a company is an organisation; the product is none",
			"Instagram co-founder Kevin Strom praised the plan, which she had posted on Instagram.",
			[]string{"Instagram (organization)"}, nil},
		{"a platform only named as a product is no actor",
			"She posted the photos on Instagram and Facebook.",
			nil, []string{"Instagram (organization)", "Facebook (organization)"}},
		{"a nationality and an institution noun name one body of the country",
			"The Peruvian navy rescued 40 people, and Chilean police said the boat had sunk.",
			[]string{"Peruvian navy (organization)", "Chilean police (organization)"}, nil},
		{"an institution after \"a\" is one of many; forces and troops stand for the country",
			"A Chilean court fined the firm, Peruvian troops crossed the river, and Peruvian navy ships followed.",
			[]string{"Peru (country)"}, []string{"Chilean court (organization)", "Peruvian troops (organization)", "Peruvian navy (organization)"}},
		{"a party's adjective opening an aside makes the party an actor",
			"Senator Mara Lind, Republican from Ohio, and Tom Hale, an Oakville New Democrat MP, objected.",
			[]string{"Republican Party (organization)", "New Democratic Party (organization)"}, nil},
		{"a side's adjective is no actor and no part of the name after it",
			"Pro-Moscow candidates lost, and pro-Beijing Civic Union's Ada Lam won.",
			[]string{"Civic Union (organization)", "Ada Lam (person)"},
			[]string{"Russia (country)", "China (country)", "Beijing Civic Union (organization)"}},
		{"a common word after a known given name is the surname",
			"Prime Minister John Key said the flag would change. Key said it was time.",
			[]string{"John Key (person)"}, []string{"John (person)"}},
		{"a place's title with \"'s office\" is one organisation",
			"A deputy for the Harbor County Sheriff's office said the road was closed.",
			[]string{"Harbor County Sheriff's office (organization)"},
			[]string{"Harbor County Sheriff (organization)", "Harbor County Sheriff (person)"}},
		{"an organisation opening with a place's initials is the one it abbreviates",
			"A detective of the Harbor County Sheriff's office resigned, and the HC Sheriff's office said nothing.",
			[]string{"Harbor County Sheriff's office (organization)"}, []string{"HC Sheriff's office (organization)"}},
		{"a caption's credit names no actor",
			"Dancers rehearse at the Harbour Theatre on Monday. Image: Tom Reeve. The mayor, Ana Cruz, opened the season. Video: Delta Films.",
			[]string{"Ana Cruz (person)"}, []string{"Tom Reeve (person)", "Delta Films (organization)", "Delta Films (person)"}},
		{"two names of one body joined by a slash are one organisation",
			"The Harbour Arts Centre / Quay Galleries at the college opened its show on Friday.",
			[]string{"Harbour Arts Centre (organization)"}, []string{"Quay Galleries (organization)", "Quay Galleries (person)"}},
		{"a collection or department named after its institution is that institution",
			"Lakeland State University (LSU) opened a gallery. The prints went to LSU Art Collections and the Lakeland State University Library in May.",
			[]string{"Lakeland State University (organization)"},
			[]string{"LSU Art Collections (organization)", "Lakeland State University Library (organization)"}},
		{"a name after a noun of works or vessels is a title, not an actor",
			"Actor Tom Hale, famous for the 1988 film Silver Road, launched his novel Blue Kettle, and the patrol vessel HMS Dunmore docked.",
			[]string{"Tom Hale (person)"}, []string{"Silver Road (person)", "Blue Kettle (person)", "HMS Dunmore (person)", "HMS Dunmore (organization)"}},
		{"a name after a noun of publications is an organisation",
			"The study appeared in the journal Coastal Ecology Letters, and the magazine Harbour Living reported it.",
			[]string{"Coastal Ecology Letters (organization)", "Harbour Living (organization)"}, []string{"Coastal Ecology Letters (person)"}},
		{"a country's name inside a longer proper name is not the country",
			"Farmers in New South Wales protested. The Comic Fair Norway opened on Friday, Team Chile rebuilt its robot, and Marine Standards Peru Ecuador said the nets were legal. Brazil said nothing.",
			[]string{"Brazil (country)"}, []string{"Wales (country)", "Norway (country)", "Chile (country)", "Peru (country)", "Ecuador (country)"}},
		{"a compass word opening a sentence leaves the country",
			"Eastern Ukraine was shelled heavily on Monday morning, and the farmers of Western Australia quickly sent medical supplies.",
			[]string{"Ukraine (country)"}, []string{"Australia (country)"}},
		{"a headline's capitals and a sentence's first word do not make a longer name",
			"Leaders Praise Talks on Plan to End Russia's War in Ukraine\n\n\"Tonight Portugal chose to stay open,\" the president said.",
			[]string{"Russia (country)", "Portugal (country)"}, nil},
		{"a country someone went to is a place",
			"Her parents moved her to Portugal when she was six, and they later took a trip to Chile. Peru sent aid to Bolivia.",
			[]string{"Peru (country)", "Bolivia (country)"}, []string{"Portugal (country)", "Chile (country)"}},
		{"a name after \"the\" that never acts is a place or thing, not an organisation",
			"Visitors walked down to the Crystal Grotto, admired the Golden Wings installation and toured the Pacific Coastline. The Harbour Gazette reported the crowds, and Mara Lind told the Evening Ledger it was busy. The engines went to the Lakeside Air Museum. He had ties to the Iron Saints biker gang.",
			[]string{"Iron Saints (group)", "Harbour Gazette (organization)", "Evening Ledger (organization)", "Lakeside Air Museum (organization)"},
			[]string{"Crystal Grotto (organization)", "Golden Wings (organization)", "Pacific Coastline (organization)"}},
		{"a person's name the capitals carry on after an organisation's \"of\" phrase is the person's",
			"Chemistry student at University of Vermont Burlington Maria Santos heard of the protest. Director of the Ohio chapter of the League of Women Voters Karen Black said the vote was fair.",
			[]string{"Maria Santos (person)", "Karen Black (person)", "League of Women Voters (organization)", "University of Vermont Burlington (organization)"},
			[]string{"League of Women Voters Karen Black (organization)", "University of Vermont Burlington Maria Santos (organization)"}},
		{"a school district is one organisation",
			"The Springfield Unified School District said on Monday it would close two schools.",
			[]string{"Springfield Unified School District (organization)"},
			[]string{"Springfield Unified School (organization)", "District (organization)"}},
		{"a name after a noun for people and before \"of\" is a person's, whatever the given name",
			"The editors Brann Colter of Harbour Lights Magazine and Tess Ruiz of the Evening Ledger attended the opening.",
			[]string{"Brann Colter (person)", "Harbour Lights Magazine (organization)"},
			[]string{"Brann Colter of Harbour Lights Magazine (organization)"}},
		{"a university's campus after \"at\" is part of its name, and its initials name it too",
			"Nina Park taught at the University of Maine at Farmington for a decade. The UM Farmington gallery thanked her on Friday.",
			[]string{"University of Maine at Farmington (organization)", "Nina Park (person)"},
			[]string{"University of Maine (organization)", "UM Farmington (person)", "UM Farmington (organization)"}},
		{"a word of description opening a sentence is no part of the name after it",
			"Independent Laura Kwan and Tom Baird of the Labour Party were elected. Veteran Sara Holm lost her seat.",
			[]string{"Laura Kwan (person)", "Sara Holm (person)"},
			[]string{"Independent Laura Kwan (person)", "Veteran Sara Holm (person)"}},
		{"a short capitalised word after a given name is a surname",
			"Voters chose Wilson Or in the east, and Kim Lau lost to Henry To of the Labour Party.",
			[]string{"Wilson Or (person)", "Henry To (person)"},
			[]string{"Wilson (person)", "Henry (person)"}},
		{"a portfolio after a title's \"of\" ends the title, and the name after it is its holder's",
			"Minister of Culture Elena Ricci said the museum would reopen. She met Secretary of Transport Omar Haddad later.",
			[]string{"Elena Ricci (person)", "Omar Haddad (person)"},
			[]string{"Culture Elena Ricci (person)", "Transport Omar Haddad (person)"}},
		{"a name with \"and\" is one organisation when its acronym spells all its words, in any order",
			"The Federation of Free Thinkers and Humanists (FHFT) has launched a petition. The Municipality of Sorrento backed it.",
			[]string{"Federation of Free Thinkers and Humanists (organization)", "Municipality of Sorrento (organization)"},
			[]string{"Federation of Free Thinkers (organization)", "Humanists (organization)"}},
		{"a name only a picture's caption gives, with nothing to show a person, is no actor",
			"Fans crowded the hall on Saturday, the organisers said.\nMoonlight Ranger and Copper Knight pose at the booth. Image: Jane Roe.\nThree of the guests, including cosplayer Emma Vidal. Image: Jane Roe.",
			[]string{"Emma Vidal (person)"},
			[]string{"Moonlight Ranger (person)", "Copper Knight (person)"}},
		{"a museum or gallery heads its name, with its \"of\" phrase, a country that qualifies a name inside it included",
			"The engine went to the Museum of Rail in Leeds, and the models to the National Museum of the U.S. Coast Guard. The Harbour Gallery of Fine Art lent two prints.",
			[]string{"Museum of Rail (organization)", "National Museum of the U.S. Coast Guard (organization)", "Harbour Gallery of Fine Art (organization)"},
			[]string{"National Museum (organization)", "Harbour Gallery (organization)"}},
		{"a place named after a person right after an organisation's name is a unit of it",
			"The capsule moved to the Harbour Science Museum Mary K. Lowell Center on Monday. Visitors to the Lowell Center can see it from May.",
			[]string{"Harbour Science Museum (organization)"},
			[]string{"Mary K. Lowell Center (organization)", "Lowell Center (organization)", "Harbour Science Museum Mary K. Lowell Center (organization)"}},
		{"a country after an organisation's \"of\" says where the organisation is",
			"A team from Lakeview State University of the US and the University of Carden of the UK, with the Food Safety Authority of Chile, published the study. Brazil said nothing.",
			[]string{"Lakeview State University (organization)", "University of Carden (organization)", "Brazil (country)"},
			[]string{"United States (country)", "United Kingdom (country)", "Chile (country)"}},
		{"a platform that speaks or acts is its company, also after a subordinating word",
			"Though Instagram is reviewing the posts, the video stayed up. The clip was shared on TikTok. Reddit said it removed two threads.",
			[]string{"Instagram (organization)", "Reddit (organization)"},
			[]string{"TikTok (organization)", "Though Instagram (organization)"}},
		{"a nationality and a private body's noun before the body's name say where the body is from",
			"The final saw US team Nightowls beat the hosts, and Brazilian club Santos signed him.",
			nil, []string{"United States (country)", "Brazil (country)"}},
		{"an organisation's \"on\" phrase and a spaced hyphen after a nationality stay in its name",
			"Board member of the Ohio branch of the Council on Chinese - American Trade Nadia Karam said the fair would go ahead. Karam said sales had doubled. The Committee on Coastal Fisheries met on Monday.",
			[]string{"Council on Chinese - American Trade (organization)", "Nadia Karam (person)", "Committee on Coastal Fisheries (organization)"},
			[]string{"American Trade Nadia Karam (person)", "Council (organization)", "Karam (organization)"}},
		{"a person's name after an organisation's \"of\" phrase is the person's when the surname stands alone later",
			"Biology student at University of Nevada Reno Tiwa Mensah wrote to the mayor. Mensah said the park should stay open.",
			[]string{"University of Nevada Reno (organization)", "Tiwa Mensah (person)"},
			[]string{"University of Nevada Reno Tiwa Mensah (organization)", "Mensah (organization)"}},
		{"a political camp named by its side is a group; a camp with no side, or a place's, is none",
			"The anti-reform camp kept its majority. Nationalist camp's Tomas Berg won, and pro-Moscow camp councillors lost. The tourist camp was full, and neither camp commented.",
			[]string{"anti-reform camp (group)", "nationalist camp (group)", "pro-Moscow camp (group)", "Tomas Berg (person)"},
			[]string{"tourist camp (group)", "Russia (country)"}},
		{"a name written with a version number and without is a product line, not an actor",
			"Veltrix released Nimbus Browser 7 on Monday. Nimbus Browser has lost users, and NB7 fixes bugs that NB6 had; NB could fall further. Orion 3 sold well, and Orion said sales doubled.",
			[]string{"Orion (organization)"},
			[]string{"Nimbus Browser (person)", "Nimbus Browser (organization)", "NB7 (organization)", "NB6 (organization)", "NB (organization)"}},
		{"a facility named only where something happens is a place; one that receives or acts is an actor",
			"The fair took place at the Harbour Convention Centre on Friday. Fans came from Lakeside Hospital Station and Northfield International Airport. The capsule will be sent to the Delta Science Center, and the Ridge Medical Center said it treated two people.",
			[]string{"Delta Science Center (organization)", "Ridge Medical Center (organization)"},
			[]string{"Harbour Convention Centre (organization)", "Lakeside Hospital (organization)", "Northfield International (organization)"}},
		{"countries that only place, count people, give an example or name a region's team are no actors",
			"Lakeville, Ohio, United States - This week the fair opened. Today, about 20,000 Chileans follow the old rite, and thousands of Peruvians joined them. The farms cover the provinces of Bolivia. A small country like Uruguay should act. Team Estonia rebuilt their robot. The equaliser came for the African side, and the European team won. Argentina said it agreed.",
			[]string{"Argentina (country)"},
			[]string{"United States (country)", "Chile (country)", "Peru (country)", "Bolivia (country)", "Uruguay (country)", "Estonia (country)", "Africa (country)", "Africa (group)", "Europe (group)"}},
		{"a country that acts after the same words stays an actor",
			"Peru's government sent aid, and 300 Chilean soldiers crossed the border. The President of Bolivia met a delegation like Uruguay's.",
			[]string{"Peru (country)", "Chile (country)", "Bolivia (country)"}, nil},
		{"names after a noun of teams or clubs are organisations, two when joined by \"and\"",
			"The final saw US team Nightowl7 and Quorra, from Chile, face off on Sunday.",
			[]string{"Nightowl7 (organization)", "Quorra (organization)"},
			[]string{"Nightowl7 and Quorra (organization)", "United States (country)"}},
		{"one word owning a person's full name is an organisation, also opening a sentence",
			"Vantor's Maria Lam earned a surprise victory in the east.",
			[]string{"Vantor (organization)", "Maria Lam (person)"}, nil},
		{"a name that only modifies a common noun is no organisation; one whose noun is its own, or that acts, is",
			"Visitors had seen the Golden Wings installation before. Results of KELPA studies, published in 1990, were clear. The magazine Lumetra describe the ruling as historic.",
			[]string{"Lumetra (organization)"},
			[]string{"Golden Wings (organization)", "KELPA (organization)"}},
		{"shadow and emeritus are parts of a title, not organisations",
			"Emeritus Professor Ian Hollis and Shadow Transport Secretary Ruth Dale spoke.",
			[]string{"Ian Hollis (person)", "Ruth Dale (person)"},
			[]string{"Emeritus (organization)", "Shadow (organization)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(actorNames(t, tc.text), "; ")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("actors of %q are %s, want %s among them", tc.text, got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(strings.Split(got, "; "), n) {
					t.Errorf("actors of %q are %s, want no %s", tc.text, got, n)
				}
			}
		})
	}
}

// actorAliases extracts text and returns each actor's aliases by label.
func actorAliases(t *testing.T, text string) map[string][]string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, n := range b.Nodes {
		if n.Kind == graph.KindActor {
			out[n.Label] = n.Aliases
		}
	}
	return out
}

// TestTitlesStayWithTheirHolder: a title written before one person's
// name makes no alias or title of another person named beside it.
func TestTitlesStayWithTheirHolder(t *testing.T) {
	text := "Talks in Geneva\n\nUkraine's chief negotiator Rustem Umerov, Foreign Minister Andrii Sybiha and Andriy Yermak met in Geneva on Monday. Steve Witkoff, President Donald Trump's special envoy, met them later."
	aliases := actorAliases(t, text)
	for _, who := range []string{"Rustem Umerov", "Steve Witkoff"} {
		for _, al := range aliases[who] {
			if strings.Contains(al, "Minister") || strings.Contains(al, "President") {
				t.Errorf("%s has another's title in the alias %q", who, al)
			}
		}
	}
	if !slices.Contains(aliases["Andrii Sybiha"], "Foreign Minister Andrii Sybiha") {
		t.Errorf("Andrii Sybiha's aliases are %q, want the title and name the text writes", aliases["Andrii Sybiha"])
	}
	x := New(Options{})
	_, ex, err := x.Explain(graph.Article{Text: text, Published: "2026-03-02"}, ExplainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ex.Actors {
		if (a.Ref.Label == "Rustem Umerov" || a.Ref.Label == "Steve Witkoff") && (slices.Contains(a.Titles, "minister") || slices.Contains(a.Titles, "president")) {
			t.Errorf("%s holds the titles %q, one of them another's", a.Ref.Label, a.Titles)
		}
	}
}

// TestRelativePhrasesAreNoAliases: "its allies" refers back; as an
// alias it would merge every article's allies into one group.
func TestRelativePhrasesAreNoAliases(t *testing.T) {
	for label, aliases := range actorAliases(t, "Sanctions\n\nUkraine and its allies rejected the plan on Monday, and their partners agreed.") {
		for _, al := range aliases {
			if w, _, _ := strings.Cut(strings.ToLower(al), " "); w == "its" || w == "their" {
				t.Errorf("%s has the alias %q", label, al)
			}
		}
	}
}
