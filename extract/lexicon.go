package extract

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// gkind says how a gazetteer form names its actor.
type gkind uint8

const (
	gName    gkind = iota // the actor's own name or an alias ("Ukraine", "NATO")
	gDemonym              // an adjective ("Ukrainian")
	gPlural               // people of the country ("Ukrainians")
	gCapital              // a seat of power used as metonym ("Kyiv", "Kremlin" is a name)
)

// gform is one surface form of a gazetteer actor.
type gform struct {
	canon string
	typ   graph.ActorType
	kind  gkind
	// exact means the form matches only with its own capitalisation
	// ("US" but not "us", "Fed" but not "fed").
	exact bool
	// text is the form as the gazetteer writes it.
	text string
	// media marks news organisations and agencies.
	media bool
}

// countries: canonical name | demonyms | other names | plural demonyms.
// Type is country unless marked "group:". Capitals and other seats of
// power are in lexicon/metonyms.tsv.
var countryData = []string{
	"United States|American,U.S.,US|U.S.,US,USA,U.S.A.,America,United States of America|Americans",
	"Russia|Russian|Russian Federation|Russians",
	"Ukraine|Ukrainian||Ukrainians",
	"China|Chinese|People's Republic of China,PRC|",
	"Taiwan|Taiwanese||",
	"Japan|Japanese||",
	"South Korea|South Korean|Republic of Korea|South Koreans",
	"North Korea|North Korean|DPRK|North Koreans",
	"India|Indian||Indians",
	"Pakistan|Pakistani||Pakistanis",
	"Afghanistan|Afghan||Afghans",
	"Iran|Iranian||Iranians",
	"Iraq|Iraqi||Iraqis",
	"Syria|Syrian||Syrians",
	"Israel|Israeli||Israelis",
	"Palestine|Palestinian|Palestinian territories|Palestinians",
	"Lebanon|Lebanese||",
	"Jordan|Jordanian||Jordanians",
	"Saudi Arabia|Saudi||Saudis",
	"Yemen|Yemeni||Yemenis",
	"Qatar|Qatari||Qataris",
	"United Arab Emirates|Emirati|UAE|Emiratis",
	"Egypt|Egyptian||Egyptians",
	"Turkey|Turkish|Turkiye,Türkiye|Turks",
	"Germany|German||Germans",
	"France|French||",
	"United Kingdom|British,U.K.,UK|UK,U.K.,Britain,Great Britain|Britons",
	"Italy|Italian||Italians",
	"Spain|Spanish||Spaniards",
	"Portugal|Portuguese||",
	"Netherlands|Dutch|Holland|",
	"Belgium|Belgian||Belgians",
	"Poland|Polish||Poles",
	"Hungary|Hungarian||Hungarians",
	"Czech Republic|Czech|Czechia|Czechs",
	"Slovakia|Slovak||Slovaks",
	"Romania|Romanian||Romanians",
	"Bulgaria|Bulgarian||Bulgarians",
	"Greece|Greek||Greeks",
	"Austria|Austrian||Austrians",
	"Switzerland|Swiss||",
	"Sweden|Swedish||Swedes",
	"Norway|Norwegian||Norwegians",
	"Denmark|Danish||Danes",
	"Finland|Finnish||Finns",
	"Estonia|Estonian||Estonians",
	"Latvia|Latvian||Latvians",
	"Lithuania|Lithuanian||Lithuanians",
	"Belarus|Belarusian||Belarusians",
	"Moldova|Moldovan||Moldovans",
	"Georgia|Georgian||Georgians",
	"Armenia|Armenian||Armenians",
	"Azerbaijan|Azerbaijani||Azerbaijanis",
	"Kazakhstan|Kazakh||Kazakhs",
	"Serbia|Serbian||Serbs",
	"Croatia|Croatian||Croats",
	"Ireland|Irish||",
	"Canada|Canadian||Canadians",
	"Mexico|Mexican||Mexicans",
	"Brazil|Brazilian||Brazilians",
	"Argentina|Argentine,Argentinian||Argentines",
	"Chile|Chilean||Chileans",
	"Colombia|Colombian||Colombians",
	"Venezuela|Venezuelan||Venezuelans",
	"Peru|Peruvian||Peruvians",
	"Cuba|Cuban||Cubans",
	"Australia|Australian||Australians",
	"New Zealand|New Zealand|NZ|New Zealanders",
	"England|English||",
	"Scotland|Scottish||Scots",
	"Wales|Welsh||",
	"Indonesia|Indonesian||Indonesians",
	"Philippines|Philippine,Filipino||Filipinos",
	"Vietnam|Vietnamese||",
	"Thailand|Thai||",
	"Malaysia|Malaysian||Malaysians",
	"Singapore|Singaporean||Singaporeans",
	"Myanmar|Myanmar|Burma|",
	"Bangladesh|Bangladeshi||Bangladeshis",
	"Sri Lanka|Sri Lankan||Sri Lankans",
	"Nepal|Nepalese,Nepali||",
	"South Africa|South African||South Africans",
	"Nigeria|Nigerian||Nigerians",
	"Kenya|Kenyan||Kenyans",
	"Ethiopia|Ethiopian||Ethiopians",
	"Sudan|Sudanese||",
	"South Sudan|South Sudanese||",
	"Libya|Libyan||Libyans",
	"Tunisia|Tunisian||Tunisians",
	"Algeria|Algerian||Algerians",
	"Morocco|Moroccan||Moroccans",
	"Somalia|Somali||Somalis",
	"Mali|Malian||",
	"Niger|Nigerien||",
	"Ghana|Ghanaian||Ghanaians",
	"Democratic Republic of the Congo|Congolese|DR Congo,DRC|",
	"Rwanda|Rwandan||Rwandans",
	"Uganda|Ugandan||Ugandans",
	"Zimbabwe|Zimbabwean||Zimbabweans",
	"Kosovo|Kosovar||",
	"Bosnia and Herzegovina|Bosnian|Bosnia|",
	"Slovenia|Slovenian||",
	"Albania|Albanian||Albanians",
	"North Macedonia|Macedonian||",
	"Montenegro|Montenegrin||",
	"Iceland|Icelandic||",
	"Luxembourg|Luxembourgish||",
	"Cyprus|Cypriot||",
	"Malta|Maltese||",
	"Kuwait|Kuwaiti||Kuwaitis",
	"Bahrain|Bahraini||",
	"Oman|Omani||",
	"Uzbekistan|Uzbek||",
	"Kyrgyzstan|Kyrgyz||",
	"Tajikistan|Tajik||",
	"Turkmenistan|Turkmen||",
	"Mongolia|Mongolian||",
	"Cambodia|Cambodian||",
	"Laos|Lao,Laotian||",
	"Ecuador|Ecuadorian||",
	"Bolivia|Bolivian||",
	"Paraguay|Paraguayan||",
	"Uruguay|Uruguayan||",
	"Panama|Panamanian||",
	"Haiti|Haitian||Haitians",
	"Nicaragua|Nicaraguan||",
	"Guatemala|Guatemalan||",
	"Honduras|Honduran||",
	"El Salvador|Salvadoran||",
	"Greenland|Greenlandic||Greenlanders",
	"Faroe Islands|Faroese|Faroes|", // session 26: self-governing, sets its own fishing quotas
	"Vatican|Vatican|Holy See|",
	"Tuvalu|Tuvaluan||",
	"Fiji|Fijian||Fijians",
	"Samoa|Samoan||Samoans",
	"Tonga|Tongan||",
	"Vanuatu|Vanuatuan||",
	"Papua New Guinea|Papua New Guinean|PNG|",
	"Solomon Islands|Solomon Islander||",
	"Marshall Islands|Marshallese||",
	"Kiribati|I-Kiribati||",
	"Palau|Palauan||",
	"Nauru|Nauruan||",
	"Maldives|Maldivian||",
	"Bhutan|Bhutanese||",
	"Brunei|Bruneian||",
	"Timor-Leste|Timorese|East Timor|",
	"Chad|Chadian||",
	"Senegal|Senegalese||",
	"Ivory Coast|Ivorian|Cote d'Ivoire,Côte d'Ivoire|Ivorians",
	"Cameroon|Cameroonian||Cameroonians",
	"Burkina Faso|Burkinabe||",
	"Benin|Beninese||",
	"Togo|Togolese||",
	"Sierra Leone|Sierra Leonean||",
	"Liberia|Liberian||Liberians",
	"Gambia|Gambian||",
	"Mauritania|Mauritanian||",
	"Eritrea|Eritrean||Eritreans",
	"Djibouti|Djiboutian||",
	"Tanzania|Tanzanian||Tanzanians",
	"Mozambique|Mozambican||",
	"Zambia|Zambian||Zambians",
	"Malawi|Malawian||",
	"Angola|Angolan||Angolans",
	"Namibia|Namibian||",
	"Botswana|Botswanan,Motswana||",
	"Madagascar|Malagasy||",
	"Burundi|Burundian||",
	"Central African Republic|Central African|CAR|",
	"Gabon|Gabonese||",
	"Republic of the Congo|Congolese|Congo-Brazzaville|",
	"Equatorial Guinea|Equatoguinean||",
	"Guinea|Guinean||",
	"Guinea-Bissau|Bissau-Guinean||",
	"Lesotho|Basotho||",
	"Eswatini|Swazi|Swaziland|",
	"Mauritius|Mauritian||",
	"Jamaica|Jamaican||Jamaicans",
	"Trinidad and Tobago|Trinidadian||",
	"Barbados|Barbadian||",
	"Bahamas|Bahamian||",
	"Dominican Republic|Dominican||",
	"Costa Rica|Costa Rican||",
	"Belize|Belizean||",
	"Guyana|Guyanese||",
	"Suriname|Surinamese||",
	"Liechtenstein|Liechtensteiner||",
	"Monaco|Monegasque||",
	"Andorra|Andorran||",
	"San Marino|Sammarinese||",
	"group:Europe|European||Europeans",
	"group:Africa|African||Africans",
	// Peoples without a state of their own, named in the plural.
	"group:Rohingya||Rohingyas|",
	"group:Uyghurs||Uighurs|",
	"group:Kurds|||",
	"group:Yazidis||Yezidis|",
	"group:Hazaras|||",
	"group:Tutsis|||",
	"group:Hutus|||",
	"group:Pashtuns|||",
	"group:Druze|||",
	"group:Copts|||",
	"group:Tamils|||",
	"group:Tibetans|||",
}

// orgData: canonical | aliases. Type organization.
var orgData = []string{
	"NATO|North Atlantic Treaty Organization,Nato,North Atlantic Alliance",
	"European Union|EU,E.U.",
	"United Nations|UN,U.N.",
	"UN Security Council|U.N. Security Council,United Nations Security Council,Security Council",
	"UN General Assembly|U.N. General Assembly,United Nations General Assembly",
	"OSCE|Organization for Security and Co-operation in Europe,Organization for Security and Cooperation in Europe",
	"Kremlin|",
	"White House|",
	"Pentagon|",
	"State Department|U.S. State Department,US State Department,Department of State",
	"World Bank|",
	"International Monetary Fund|IMF",
	"World Trade Organization|WTO",
	"World Health Organization|WHO",
	"European Commission|",
	"European Parliament|",
	"European Central Bank|ECB",
	"European Council|",
	"Council of Europe|",
	"Federal Reserve|Fed",
	"G7|Group of Seven,G-7",
	"G20|Group of 20,G-20",
	"BRICS|",
	"ASEAN|Association of Southeast Asian Nations",
	"African Union|AU",
	"Arab League|",
	"OPEC|",
	"International Criminal Court|ICC",
	"International Court of Justice|ICJ",
	"International Atomic Energy Agency|IAEA",
	"Red Cross|International Committee of the Red Cross,ICRC",
	"FBI|Federal Bureau of Investigation",
	"CIA|Central Intelligence Agency",
	"Congress|U.S. Congress,US Congress",
	"Senate|U.S. Senate,US Senate",
	"House of Representatives|",
	"Supreme Court|U.S. Supreme Court,US Supreme Court",
	"Downing Street|",
	"Elysee|Élysée,Elysee Palace",
	"Bundestag|",
	"Duma|State Duma",
	"Knesset|",
	"Rosatom|",
	"Gazprom|",
	"UNESCO|",
	"UNICEF|",
	"Amnesty International|",
	"Democratic Party|Democrats",
	"Republican Party|Republicans,GOP",
	"Conservative Party|Conservatives,Tories",
	"Labour Party|",
	"New Democratic Party|NDP,New Democrats",
	"Human Rights Watch|",
	"Bundesbank|Deutsche Bundesbank",
	"Bank of England|BoE",
	"Bank of Japan|BOJ,BoJ",
	"People's Bank of China|PBOC,PBoC",
	"Reserve Bank of India|RBI",
	"Swiss National Bank|SNB",
	"Bank of Canada|",
	"Reserve Bank of Australia|RBA",
	"Banque de France|",
	"Central Bank of Russia|Bank of Russia,Russian Central Bank",
	"Premier League|",
	"FIFA|Fifa",
	"UEFA|Uefa",
	"International Olympic Committee|IOC",
	"Greenpeace|",
	"Doctors Without Borders|Medecins Sans Frontieres,Médecins Sans Frontières,MSF",
	"Interpol|",
	"Europol|",
	"Scotland Yard|Metropolitan Police,Met Police",
	"Goldman Sachs|",
	"JPMorgan Chase|JPMorgan,JP Morgan",
	"Morgan Stanley|",
	"Google|",
	"Alphabet|",
	"Microsoft|",
	"Nvidia|",
	"OpenAI|",
	"Samsung|Samsung Electronics",
	"Huawei|",
	"Boeing|",
	"Airbus|",
	"US Central Command|U.S. Central Command,CENTCOM,Central Command",
	"United Nations High Commissioner for Refugees|UNHCR,UN High Commissioner for Refugees,U.N. High Commissioner for Refugees,UN refugee agency,U.N. refugee agency",
	"Office of the United Nations High Commissioner for Human Rights|OHCHR,UN Human Rights Office,U.N. Human Rights Office",
	"UN Human Rights Council|U.N. Human Rights Council,United Nations Human Rights Council,Human Rights Council",
	"World Food Programme|WFP,World Food Program,UN World Food Programme",
	"International Organization for Migration|IOM",
	"UNRWA|United Nations Relief and Works Agency",
	"United Nations Development Programme|UNDP",
	"Mozilla|Mozilla Foundation",
	"Adobe|Adobe Inc.",
	"Apple|Apple Inc.",
	"Sony|",
	"Nintendo|",
	"Intel|",
	"IBM|",
	"Netflix|",
	"Tesla|",
	"Toyota|",
	"Nokia|",
	"Siemens|",
	"Spotify|",
	"Volkswagen|VW",
	"Meta Platforms|Meta",
	"Walt Disney Company|Disney",
	"SpaceX|",
	"ByteDance|",
	"Alibaba|Alibaba Group",
	"Tencent|",
	"TSMC|Taiwan Semiconductor Manufacturing Company",
	"Uber|",
	"Epic Games|",
	"Pfizer|",
	"Moderna|",
	"AstraZeneca|",
	"Rosneft|",
	"Lukoil|",
	"ExxonMobil|Exxon Mobil,Exxon",
	"Chevron|",
	"Saudi Aramco|Aramco",
}

// mediaData are news organisations and agencies: they are actors when
// they report or are told something ("told Reuters", "Xinhua reported").
var mediaData = []string{
	"BBC|British Broadcasting Corporation,BBC News",
	"CNN|",
	"Reuters|",
	"Associated Press|AP",
	"Agence France-Presse|AFP",
	"Xinhua|Xinhua News Agency",
	"TASS|Tass",
	"RIA Novosti|RIA",
	"Interfax|",
	"Al Jazeera|",
	"Al Arabiya|",
	"Bloomberg|Bloomberg News",
	"Yonhap|Yonhap News Agency",
	"Kyodo|Kyodo News",
	"NHK|",
	"Korean Central News Agency|KCNA",
	"Sky News|",
	"Sky Sports|",
	"Fox News|",
	"NBC News|NBC",
	"CBS News|CBS",
	"ABC News|",
	"MSNBC|",
	"NPR|",
	"Politico|",
	"Axios|",
	"The New York Times|New York Times",
	"The Washington Post|Washington Post",
	"The Wall Street Journal|Wall Street Journal,WSJ",
	"Financial Times|FT",
	"The Guardian|Guardian",
	"The Times|",
	"The Economist|Economist",
	"Der Spiegel|Spiegel",
	"Le Monde|",
	"Deutsche Welle|DW",
	"France 24|",
	"Euronews|",
	"Anadolu Agency|Anadolu",
	"Ukrinform|",
	"Kyiv Independent|The Kyiv Independent",
	"Global Times|",
	"People's Daily|",
	"CCTV|China Central Television",
	"Daily Nation|",
	"Times of India|",
	"South China Morning Post|SCMP",
	"Nikkei|Nikkei Asia",
	"Haaretz|",
	"Times of Israel|",
	"Le Figaro|",
	"El Pais|El País",
	"Corriere della Sera|",
	"La Repubblica|",
	"Asahi Shimbun|Asahi",
	"Yomiuri Shimbun|Yomiuri",
	"Dagens Nyheter|",
	"Aftonbladet|",
	"Bild|",
	"The Globe and Mail|Globe and Mail",
	"Toronto Star|",
	"CBC|CBC News,Canadian Broadcasting Corporation",
	"USA Today|",
	"Los Angeles Times|LA Times",
	"Chicago Tribune|",
	"The Daily Telegraph|Daily Telegraph",
	"Sydney Morning Herald|",
	"The Straits Times|Straits Times",
	"Hindustan Times|",
	"Mainichi Shimbun|Mainichi",
	"Japan Times|The Japan Times",
	"Korea Herald|The Korea Herald",
	"TechCrunch|",
	"Ars Technica|",
	"CNET|",
	"ZDNet|",
	"The New Yorker|New Yorker",
	"Newsweek|",
	"PC World|PCWorld",
	"The Verge|",
	"Engadget|",
	"Gizmodo|",
	"Mashable|",
}

// armedGroupData are named armed groups (type group); several are
// written with a lower-case particle ("al-Shabaab").
var armedGroupData = []string{
	"Hamas|",
	"Taliban|",
	"Hezbollah|Hizbollah,Hizballah",
	"Houthis|Houthi,Houthi rebels,Houthi movement,Ansar Allah",
	"Islamic State|ISIS,ISIL,Daesh",
	"al-Shabaab|al-Shabab,Al-Shabaab,Al-Shabab,al Shabaab,Shabaab",
	"al-Qaeda|al Qaeda,Al-Qaeda,Al Qaeda,al-Qaida,Al-Qaida",
	"Boko Haram|",
	"Hayat Tahrir al-Sham|HTS",
	"Islamic Jihad|Palestinian Islamic Jihad",
	"M23|M23 rebels",
	"Wagner Group|Wagner",
	"Kataib Hezbollah|",
	"Lord's Resistance Army|LRA",
	"Tehrik-i-Taliban Pakistan|TTP,Pakistani Taliban",
	"Baloch Liberation Army|BLA",
	"PKK|Kurdistan Workers' Party",
	"Janjaweed|",
	"ELN|National Liberation Army",
}

// leaderData lists a few widely known office holders whose surname alone
// ("Putin", "Macron") is unambiguous in the news, so that it names the
// same actor across articles. "Name|Key" gives the key for names written
// surname first ("Xi Jinping|Xi"). Common surnames (Lee, Kim, Wang,
// Costa, Harris) are left out: single names resolve within the article
// against the persons it names in full, which does not need this list.
var leaderData = []string{
	"Donald Trump", "Joe Biden", "Vladimir Putin", "Volodymyr Zelensky", "Xi Jinping|Xi",
	"Emmanuel Macron", "Olaf Scholz", "Friedrich Merz", "Keir Starmer", "Rishi Sunak",
	"Giorgia Meloni", "Donald Tusk", "Viktor Orban", "Recep Tayyip Erdogan",
	"Benjamin Netanyahu", "Narendra Modi", "Shigeru Ishiba", "Fumio Kishida", "Sanae Takaichi",
	"Justin Trudeau", "Anthony Albanese", "Javier Milei", "Claudia Sheinbaum", "Cyril Ramaphosa",
	"Ursula von der Leyen", "Antonio Guterres", "Mark Rutte", "Jens Stoltenberg",
	"Alexander Lukashenko", "Masoud Pezeshkian", "Ali Khamenei", "Abdel Fattah el-Sisi",
	"Sergei Lavrov", "Marco Rubio", "Nicolas Maduro", "Mette Frederiksen",
}

// gazetteer is the lookup table from lower-case token sequences to forms.
type gazetteer struct {
	forms  map[string][]gform
	maxLen int
	// first holds the first token of every form, for a quick reject.
	first map[string]bool
	// extraFirst holds the words of first that start no form of the
	// built-in gazetteer, only the extra actors': first[w] is
	// gazFirstClass's bit or extraFirst[w] (startsForm).
	extraFirst map[string]bool
	// prefixes holds the first words of every form of several words,
	// one word and more short of the whole form ("united", "united
	// arab" for "united arab emirates"): reading a form stops at words
	// that start none.
	prefixes map[string]bool
	// leaders maps a folded surname to the canonical full name.
	leaders map[string]string
	// demonymOf maps a canonical country to its first demonym.
	demonymOf map[string]string
	// unionOf maps a region to the organisation whose offices its
	// demonym names before a title ("European Commissioner").
	unionOf map[string]string
}

func (g *gazetteer) add(form string, f gform) {
	form = strings.TrimSpace(form)
	if form == "" {
		return
	}
	f.text = form
	key := formKey(form)
	for i, x := range g.forms[key] {
		if x.canon == f.canon && x.kind == f.kind {
			if x.exact && !f.exact && form != strings.ToUpper(form) {
				// "UNICEF" and then "Unicef": the name is written both ways.
				g.forms[key][i].exact = false
			}
			return
		}
	}
	if f.exact || form == strings.ToUpper(form) {
		f.exact = true
	}
	g.forms[key] = append(g.forms[key], f)
	g.first[strings.SplitN(key, " ", 2)[0]] = true
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			g.prefixes[key[:i]] = true
		}
	}
	if n := len(strings.Fields(key)); n > g.maxLen {
		g.maxLen = n
	}
}

// formKey is how a surface form is keyed: its tokens' lower-case forms
// joined by spaces. Most forms asked about are plain words (asciiWords),
// whose key is the form in lower case: no tokens are made for them.
func formKey(s string) string {
	if asciiWords(s) {
		return lower(s)
	}
	return scannedFormKey(s)
}

// scannedFormKey is formKey read token by token, for any form.
func scannedFormKey(s string) string {
	toks := scanTokens(s, 0, len(s), nil)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.low)
	}
	return strings.Join(parts, " ")
}

// asciiWords reports whether s is ASCII letters in words set apart by
// single spaces ("Home Office"): scanTokens reads each such word as one
// token whose lower-case form is the word's in lower case (no digit,
// dot, apostrophe or hyphen to read otherwise), so formKey(s) is
// lower(s).
func asciiWords(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case asciiLetter(c):
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

func newGazetteer(extra []KnownActor) *gazetteer {
	g := &gazetteer{forms: map[string][]gform{}, leaders: map[string]string{}, demonymOf: map[string]string{}, first: map[string]bool{}, prefixes: map[string]bool{},
		unionOf: map[string]string{"Europe": "European Union", "Africa": "African Union"}}
	for _, row := range countryData {
		typ := graph.Country
		if strings.HasPrefix(row, "group:") {
			typ = graph.Group
			row = row[len("group:"):]
		}
		f := strings.Split(row, "|")
		canon := f[0]
		g.add(canon, gform{canon: canon, typ: typ, kind: gName})
		for i, d := range split(f[1]) {
			if i == 0 {
				g.demonymOf[canon] = d
			}
			g.add(d, gform{canon: canon, typ: typ, kind: gDemonym, exact: d == "US"})
		}
		for _, a := range split(f[2]) {
			g.add(a, gform{canon: canon, typ: typ, kind: gName, exact: a == "US"})
		}
		for _, p := range split(f[3]) {
			g.add(p, gform{canon: canon, typ: typ, kind: gPlural})
		}
	}
	for _, row := range orgData {
		f := strings.Split(row, "|")
		g.add(f[0], gform{canon: f[0], typ: graph.Organization, kind: gName})
		for _, a := range split(f[1]) {
			g.add(a, gform{canon: f[0], typ: graph.Organization, kind: gName, exact: a == "WHO" || a == "AU" || a == "Fed"})
		}
	}
	for _, mt := range metonyms {
		g.add(mt.form, gform{canon: mt.canon, typ: mt.typ, kind: gCapital})
	}
	// Party adjectives before titles: "Labour MP X", "Republican
	// Senator Y" hold a role in the party.
	for adj, party := range map[string]string{"Labour": "Labour Party", "Republican": "Republican Party",
		"Democratic": "Democratic Party", "Conservative": "Conservative Party",
		"Democrat": "Democratic Party", "New Democrat": "New Democratic Party"} {
		g.add(adj, gform{canon: party, typ: graph.Organization, kind: gDemonym, exact: adj == "Democrat"})
	}
	for _, row := range mediaData {
		f := strings.Split(row, "|")
		g.add(f[0], gform{canon: f[0], typ: graph.Organization, kind: gName, media: true})
		for _, a := range split(f[1]) {
			g.add(a, gform{canon: f[0], typ: graph.Organization, kind: gName, exact: a == "AP" || a == "FT" || a == "RIA" || a == "DW", media: true})
		}
	}
	for _, row := range armedGroupData {
		f := strings.Split(row, "|")
		g.add(f[0], gform{canon: f[0], typ: graph.Group, kind: gName})
		for _, a := range split(f[1]) {
			g.add(a, gform{canon: f[0], typ: graph.Group, kind: gName})
		}
	}
	for _, row := range leaderData {
		name, key, ok := strings.Cut(row, "|")
		if !ok {
			w := strings.Fields(name)
			key = w[len(w)-1]
		}
		g.leaders[graph.Fold(key)] = name
	}
	g.addKnownActors(knownActorRows)
	for _, k := range extra {
		typ := k.Type
		if typ == "" {
			typ = graph.Organization
		}
		if typ == graph.Person {
			w := strings.Fields(k.Name)
			g.leaders[graph.Fold(w[len(w)-1])] = k.Name
			continue
		}
		g.add(k.Name, gform{canon: k.Name, typ: typ, kind: gName})
		for _, a := range k.Aliases {
			g.add(a, gform{canon: k.Name, typ: typ, kind: gName})
		}
	}
	if len(extra) > 0 {
		builtIn := builtInFirst()
		for w := range g.first {
			if !builtIn[w] {
				if g.extraFirst == nil {
					g.extraFirst = map[string]bool{}
				}
				g.extraFirst[w] = true
			}
		}
	}
	return g
}

// startsForm reports whether t's lower-case form is the first word of a
// form of g: g.first[t.low], read from t's word class.
func (g *gazetteer) startsForm(t *token) bool {
	return t.is(gazFirstClass) || g.extraFirst[t.low]
}

var (
	builtInFirstOnce  sync.Once
	builtInFirstWords map[string]bool
)

// builtInFirst returns the first words of the built-in gazetteer's forms
// (newGazetteer(nil).first), built on first use.
func builtInFirst() map[string]bool {
	builtInFirstOnce.Do(func() { builtInFirstWords = newGazetteer(nil).first })
	return builtInFirstWords
}

// gazFirstClass is the word class of builtInFirst: the words that start
// a form of every gazetteer.
var gazFirstClass = register(classSet{
	words: func(add func(string)) {
		for w := range builtInFirst() {
			add(w)
		}
	},
	member: func(w string) bool { return builtInFirst()[w] },
})

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// lowerOK are gazetteer forms that also count when written in lower case
// ("moscow signaled", "russian territory"): proper names that are not
// English words.
func lowerOK(f gform, key string) bool {
	if f.exact || f.typ != graph.Country {
		return false
	}
	switch key {
	case "china", "turkey", "chad", "jordan", "georgia", "guinea", "japan", "niger", "mali",
		"china's", "polish", "french", "swiss", "dutch", "german", "greek", "thai", "lao",
		"chile", "cuba", "peru", "oman", "sofia", "lima", "santiago", "washington", "rome",
		"paris", "bern", "riga", "american", "europe", "european", "british", "irish":
		return false
	}
	return true
}

// Title words: a person's office. Multi-word titles are matched first.
var titleWords = set("president", "vice-president", "president-elect", "premier", "chancellor",
	"minister", "secretary", "secretary-general", "undersecretary", "under-secretary", "spokesman", "spokeswoman", "spokesperson",
	"envoy", "ambassador", "aide", "adviser", "advisor", "negotiator", "representative",
	"senator", "congressman", "congresswoman", "governor", "mayor", "general", "commander",
	"chief", "head", "director", "chairman", "chairwoman", "chairperson", "chair", "ceo", "president-elect", "director-general", "leader", "lawmaker",
	"judge", "justice", "critic", "prosecutor", "lawyer", "attorney", "deputy", "speaker", "king", "queen",
	"prince", "princess", "pope", "emir", "sheikh", "sultan", "diplomat", "official", "officer",
	"founder", "co-founder", "cofounder", "co-chair", "co-chairman", "co-leader", "cfo", "cto", "coo",
	"executive", "chief executive", "lieutenant", "colonel", "admiral", "marshal",
	"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen", "sen.", "sens", "sens.", "rep", "rep.", "reps", "reps.", "gen", "gen.",
	"gov", "gov.", "lt", "col", "prof", "prof.", "professor", "economist", "analyst",
	"correspondent", "editor", "candidate", "activist", "coach", "captain", "manager",
	"counsel", "commissioner", "inspector", "superintendent", "sergeant", "major", "rabbi",
	"cardinal", "archbishop", "bishop", "imam", "patriarch", "councillor", "councilor",
	"legislator", "mp", "mep", "delegate", "monarch", "ruler", "strongman", "hostage", "counterpart",
	"commodore", "brigadier", "corporal", "lieutenant-general", "major-general", "rear",
	"vice-admiral", "field", "gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "adm.", "administrator", "sheriff",
	"d'affaires", "attaché", "attache", "consul", "consul-general",
	// Offices of state and public finance that head no organisation
	// named after them ("Treasurer X", "Comptroller X"); not "dean" or
	// "provost", which are names as often.
	"treasurer", "comptroller", "ombudsman", "ombudswoman", "auditor-general", "attorney-general",
	"solicitor-general", "vice-chancellor", "magistrate", "coroner", "registrar")
var titleWordsClass = classOf(titleWords)

// titleMods can precede a title word ("special envoy", "foreign minister").
var titleMods = set("charge", "chargé", "special", "senior", "top", "former", "deputy", "acting", "then", "interim",
	"foreign", "defense", "defence", "interior", "finance", "economy", "economic", "trade",
	"energy", "justice", "health", "prime", "vice", "chief", "lead", "main", "presidential",
	"national", "security", "general", "executive", "state", "assistant", "associate",
	"principal", "first", "second", "new", "incoming", "outgoing", "longtime", "veteran",
	"military", "armed", "forces", "press", "kremlin", "white", "house", "government", "party",
	"opposition", "ruling", "federal", "regional", "district", "supreme", "high", "u.n.",
	"un", "eu", "nato", "climate", "agriculture", "education", "labour", "labor", "transport",
	"culture", "environment", "digital", "development", "treasury", "commerce", "homeland",
	"intelligence", "counterintelligence", "spy", "navy", "army", "air", "force", "staff",
	"of", "the", "for", "and", "affairs", "director", "negotiating", "rights", "human", "policy",
	"ministry", "party", "opposition", "union", "bank", "central", "committee", "council",
	"police", "fire", "communications", "campaign", "housing", "immigration", "home", "cabinet",
	"majority", "minority", "whip", "ranking", "top", "competition", "antitrust", "industry",
	"fisheries", "tourism", "sport", "sports", "science", "technology", "infrastructure",
	"veterans", "women", "youth", "social", "welfare", "pensions", "budget", "tax", "customs",
	"migration", "asylum", "enlargement", "cohesion", "humanitarian", "maritime", "water",
	"equality", "planning", "local", "consumer", "markets", "regional", "legal", "public",
	"shadow", "emeritus",
	// Portfolios of two words ("External Affairs Minister", "Natural
	// Resources Minister") and more of one ("Petroleum Minister").
	"external", "natural", "resources", "mines", "petroleum", "information", "railways",
	"aviation", "forestry", "investment", "heritage", "parliamentary", "employment", "disaster",
	"lands", "mining")

// titleModsClass also holds every portfolio of a ministry
// (lexicon/ministry_portfolios.txt): a minister's title is written with
// the portfolio of the ministry ("Iraqi Oil Minister X", "Emergency
// Situations Minister Y").
var titleModsClass = classOf(union(titleMods, ministryPortfolios))

// familyWords name family ties ("Trump's son-in-law Jared Kushner").
var familyWords = set("son", "daughter", "wife", "husband", "son-in-law", "daughter-in-law",
	"father-in-law", "mother-in-law", "brother", "sister", "father", "mother", "nephew", "niece",
	"cousin", "widow", "widower", "grandson", "granddaughter", "brother-in-law", "sister-in-law",
	"stepson", "stepdaughter", "uncle", "aunt", "fiancee", "fiance")
var familyWordsClass = classOf(familyWords)

// orgHeads end the names of organisations ("Liberal Democratic Party").
var orgHeads = set("college", "chiefs", "cartel", "ministry", "embassy", "consulate", "council", "party", "fund", "bank", "agency", "corporation",
	"company", "commission", "committee", "department", "office", "organization",
	"organisation", "union", "court", "parliament", "assembly", "congress", "senate",
	"administration", "authority", "service", "services", "institute", "university",
	"association", "federation", "confederation", "group", "bureau", "forces", "army", "navy", "guard",
	"police", "front", "movement", "league", "board", "reserve", "network", "times", "post",
	"news", "press", "journal", "inc", "inc.", "corp", "corp.", "ltd", "llc", "airlines",
	"alliance", "coalition", "forum", "cabinet", "government", "directorate", "command", "secretariat",
	"foundation", "bloc", "brigade", "battalion", "regiment", "militia", "tribunal",
	"chamber", "diet", "duma", "rada", "presidium", "politburo", "centre", "center",
	"industries", "holdings", "motors", "motor", "systems", "technologies", "group", "club",
	"team", "caucus", "faction", "church", "academy", "school", "hospital", "exchange",
	"ministries", "executive", "mission", "guards", "corps", "unit", "division", "pharma",
	"pharmaceuticals", "labs", "laboratories", "therapeutics", "biotech", "electronics",
	"software", "telecom", "communications", "airways", "logistics", "shipping", "energy",
	"petroleum", "mining", "chemicals", "foods", "steel", "capital", "partners", "media",
	"solutions", "insurance", "bancorp", "trust", "ventures", "entertainment", "studios",
	"broadcasting", "railways", "railway", "transit", "commissioner", "tribune", "herald",
	"gazette", "telegraph", "observer", "monitor", "watch", "international", "institution",
	"dynamics", "enterprises", "minerals", "metals", "instruments", "automotive",
	"collective", "consortium", "syndicate", "cooperative", "co-operative", "federal",
	"society", "societies", "community", "platforms", "robotics", "aerospace", "semiconductor",
	"semiconductors", "pharmaceutical", "brands", "zeitung", "shimbun", "nyheter", "chronicle", "courier",
	"magazine", "weekly", "quarterly", "radio", "television", "municipality", "museum", "gallery",
	"networks", "telecoms", "jury", "registry", "inspectorate", "observatory", "gendarmerie",
	"legislature", "shipbuilding", "shipyard", "shipyards", "engineering", "aeronautics",
	"aeronautique", "aeronautica", "resources", "gold", "lifecare", "healthcare",
	"biologics", "biologicals", "biosciences", "bioscience", "biopharma", "vaccines", "diagnostics", "genomics",
	"biomedical", "biomedicals", "medtech", "microelectronics", "microsystems", "photonics", "optoelectronics", "medical",
	"research",
	// fishing companies ("Zhoushan Haixin Ocean Fishery"); "Ministry of
	// Fisheries" keeps its own head.
	"fishery", "fisheries", "seafood")
var orgHeadsClass = classOf(orgHeads)

// companyHeads end company names; the first word alone also names the
// company ("Meridian Pharma" → "Meridian").
var companyHeads = set("pharma", "pharmaceuticals", "labs", "laboratories", "therapeutics",
	"biotech", "electronics", "software", "telecom", "airways", "airlines", "logistics",
	"shipping", "energy", "petroleum", "mining", "chemicals", "foods", "steel", "capital",
	"partners", "media", "solutions", "insurance", "holdings", "motors", "motor", "systems",
	"technologies", "industries", "group", "inc", "inc.", "corp", "corp.", "ltd", "llc",
	"bank", "ventures", "entertainment", "studios", "company", "corporation", "platforms",
	"robotics", "aerospace", "semiconductor", "semiconductors", "pharmaceutical", "brands",
	"networks", "telecoms", "dynamics", "enterprises", "minerals", "metals", "instruments",
	"automotive", "shipbuilding", "shipyard", "shipyards", "engineering",
	"air", "aviation", "aeronautics", "aeronautique", "aeronautica", "resources", "gold",
	"lifecare", "healthcare", "biologics", "biologicals", "biosciences", "bioscience", "biopharma",
	"vaccines", "diagnostics", "genomics", "biomedical", "biomedicals", "medtech", "microelectronics", "microsystems", "photonics", "optoelectronics",
	"maritime", "research", "fishery", "fisheries", "seafood")
var companyHeadsClass = classOf(companyHeads)

// thingHeads end names of things that are not actors: documents,
// facilities, events, places.
var thingHeads = set("plan", "plant", "treaty", "statement", "initiative", "proclamation",
	"principles", "partnership", "dialogue", "agreement", "accord", "act", "law", "bill",
	"deal", "program", "programme", "summit", "conference", "building", "station",
	"airport", "region", "oblast", "province", "street", "square", "bridge", "highway",
	"road", "river", "sea", "ocean", "island", "islands", "mountains", "valley", "strait",
	"canal", "port", "base", "palace", "tower", "hall", "stadium", "festival", "games",
	"cup", "award", "prize", "day", "week", "year", "war", "crisis", "declaration",
	"convention", "charter", "resolution", "report", "index", "strategy", "doctrine",
	"framework", "roadmap", "package", "fire", "takeaways", "implications", "elements",
	"challenges", "benefits", "reference", "questions", "example", "timeline", "strategies",
	"district", "county", "city", "state", "peninsula", "coast", "border", "line", "zone",
	"corridor", "pipeline", "reactor", "field", "mine", "prison", "camp", "hotel", "center",
	"memorandum", "communique", "constitution", "budget", "tariffs", "sanctions", "system",
	"systems", "project", "protocol", "guidelines", "talks", "process", "format", "model",
	"era", "policy", "policies", "movement", "revolution", "olympics", "championship", "shoal",
	"reef", "atoll", "bay", "gulf", "lake", "mount", "mountain", "cape", "desert", "plateau",
	"basin", "delta", "archipelago", "channel", "hill", "hills", "heights", "forest", "park",
	"crossing", "checkpoint", "airfield", "refinery", "terminal", "harbour", "harbor", "waters",
	"arena", "mosque", "cathedral", "memorial", "monument", "towers", "mall", "pavilion",
	"avenue", "boulevard", "prospekt", "plaza", "embankment", "esplanade", "promenade")
var thingHeadsClass = classOf(thingHeads)

// stopCaps are capitalised words that never start or make up a name.
var stopCaps = set("the", "a", "an", "in", "on", "at", "to", "for", "of", "and", "or", "but",
	"by", "with", "from", "as", "if", "so", "yet", "nor", "this", "that", "these", "those",
	"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my",
	"your", "meanwhile", "however", "also", "after", "before", "despite", "while", "when",
	"where", "what", "who", "why", "how", "which", "since", "earlier", "later", "both",
	"some", "many", "most", "more", "much", "all", "any", "each", "every", "no", "not",
	"there", "here", "then", "now", "today", "yesterday", "tomorrow", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november",
	"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "christmas", "easter", "ramadan", "summary", "context", "update",
	"breaking", "analysis", "opinion", "editorial", "exclusive", "live", "video", "photos",
	"watch", "read", "share", "comment", "comments", "home", "news", "world", "politics",
	"business", "sports", "sport", "tech", "science", "health", "culture", "travel",
	"conflict", "war", "peace", "talks", "according", "under", "over", "into", "about",
	"against", "between", "during", "without", "within", "among", "amid", "across",
	"through", "toward", "towards", "upon", "via", "per", "than", "because", "although",
	"though", "unless", "until", "whether", "even", "just", "only", "still", "already",
	"again", "once", "ever", "never", "always", "often", "another", "other", "such",
	"several", "few", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "first", "second", "third", "last", "next", "new", "old", "national",
	"international", "global", "western", "eastern", "northern", "southern", "central",
	"united", "joint", "federal", "royal", "supreme", "general", "state", "public",
	"key", "core", "real", "quick", "potential", "practical", "positive", "concrete",
	"domestic", "stay", "support", "advocate", "coordination", "accelerated", "improved",
	"economic", "stabilized", "strengthened", "lessons", "step", "phase", "risk",
	"mitigation", "deployment", "creation", "expansion", "gradual", "initiation",
	"formalized", "security", "sanctions", "political", "future", "recent", "main",
	"participants", "aspect", "details", "plan", "status", "stance", "next", "violence",
	"reporting", "note", "refining", "ongoing", "good", "long", "very", "yes", "well",
	"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "madam", "dear", "please", "thank",
	"thanks", "hello", "ok", "okay", "oh", "wow", "god", "internet", "online", "ai",
	"north", "south", "east", "west", "left", "right", "up", "down", "out", "off",
	"let", "let's", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has",
	"have", "had", "will", "would", "can", "could", "should", "might", "must", "shall",
	"speaking", "asked", "said", "says", "added", "told", "noted", "like", "unlike",
	"instead", "besides", "otherwise", "therefore", "thus", "hence", "indeed", "perhaps",
	"maybe", "certainly", "clearly", "finally", "meanwhile", "recently", "currently",
	"overall", "together", "elsewhere", "nearby", "inside", "outside", "behind", "beyond",
	"above", "below", "near", "around", "along", "following", "including", "excluding",
	"regarding", "concerning", "considering", "given", "whereas", "whilst", "wherever",
	"whoever", "whatever", "whichever", "everyone", "everything", "everybody", "someone",
	"something", "somebody", "anyone", "anything", "nobody", "nothing", "none", "neither",
	"either", "ukrainian", "russian", "head", "minister", "president", "secretary",
	"officials", "critics", "experts", "analysts", "sources", "observers", "residents",
	"protesters", "demonstrators", "lawmakers", "leaders", "citizens", "people",
	"voters", "workers", "students", "soldiers", "troops", "forces", "police",
	"prime", "foreign", "defense", "defence", "interior", "finance", "chief", "special",
	"senior", "deputy", "former", "acting", "spokesman", "spokeswoman", "spokesperson",
	"envoy", "ambassador", "aide", "adviser", "advisor", "negotiator", "associated",
	"republican", "democrat", "democratic", "conservative",
	"labour", "liberal", "liberals", "communist", "socialist",
	"patriot", "nasams", "himars", "abrams", "leopard", "starlink", "telegram",
	"facebook", "twitter", "instagram", "youtube", "tiktok", "whatsapp", "x", "truth",
	"social", "iphone", "android",
	"covid", "covid-19", "coronavirus", "islam", "muslim", "muslims", "christian",
	"christians", "jewish", "jews", "catholic", "orthodox", "sunni", "shia", "arab",
	"arabs", "kurdish", "kurds", "latin", "asian", "african", "table", "figure",
	"chapter", "section", "part", "item", "note", "notes", "source", "sources",
	"image", "images", "feature", "photo", "caption", "credit", "top", "bottom")
var stopCapsClass = classOf(stopCaps)

// firstNames are common given names, a hint that a capitalised pair is a
// person: those of nlp/data/given_names.txt, and here the words that
// open a name in the news but are common words or family names too
// (the parser's name rule leaves them out).
var firstNames = withGivenNames(set("lee", "park", "min", "jae", "yang", "wu", "sun", "ma", "lin", "hu", "he", "ole", "christian", "rand", "hegseth"))

// speechVerbs report speech: their subject is a speaker and what follows
// is a statement.
var speechVerbs = set("said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes",
	"stated", "states", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
	"noted", "notes", "announced", "announces", "confirmed", "confirms", "signaled",
	"signalled", "signals", "explained", "explains", "insisted", "insists", "argued",
	"argues", "claimed", "claims", "acknowledged", "acknowledges", "declared", "declares",
	"asserted", "replied", "remarked", "commented", "posted", "tweeted", "warned",
	"warns", "admitted", "admits", "conceded", "recalled", "suggested", "suggests",
	"predicted", "estimated", "reiterated", "reiterates", "underlined", "underscored",
	"highlighted", "highlights", "pointed", "maintained", "maintains", "contended",
	"observed", "indicated", "indicates", "revealed", "disclosed", "reported", "reports",
	"believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt",
	"expects", "expected", "vowed", "vows", "pledged", "pledges", "promised", "promises",
	"assured", "assures", "denied", "denies", "alleged", "alleges",
	"cautioned", "complained", "lamented", "answered", "responded", "continued",
	"concluded", "affirmed", "reaffirmed", "mentioned",
	// cues the tagger often reads as nouns ("X worries that …", "X
	// fears that …") or that are rarer in news ("X joked that, …").
	"worries", "fears", "feared", "joked", "jokes", "quipped",
	"boasted", "boasts", "bragged", "countered", "counters", "testified", "contends",
	"cautions", "laments", "reasoned",
	"saying", "adding", "noting", "stressing", "emphasizing", "emphasising", "warning",
	"arguing", "insisting", "explaining", "telling", "writing", "claiming", "declaring",
	"stating", "acknowledging", "confirming", "announcing", "suggesting", "asserting",
	"reiterating", "recalling", "predicting", "hoping", "vowing", "pledging", "promising",
	"denying", "admitting", "conceding", "cautioning", "underlining")
var speechVerbsClass = classOf(speechVerbs)

// participles that start a statement clause after a comma.
var speechParticiples = set("saying", "adding", "noting", "stressing", "emphasizing",
	"emphasising", "warning", "arguing", "insisting", "explaining", "claiming", "declaring",
	"stating", "acknowledging", "confirming", "announcing", "suggesting", "asserting",
	"reiterating", "recalling", "predicting", "vowing", "pledging", "promising",
	"denying", "admitting", "conceding", "cautioning", "underlining")

// withGivenNames adds the given names of nlp/data/given_names.txt (the
// list the parser's name rule reads too) to set.
func withGivenNames(set map[string]bool) map[string]bool {
	for _, w := range nlp.GivenNames() {
		set[w] = true
	}
	return set
}

//go:embed lexicon/agency_fields.txt
var agencyFieldsTxt string

// agencyFields are the fields of public agencies named "<Field>
// <Country>" ("Environment Canada"; lexicon/agency_fields.txt).
var agencyFields = wordList(agencyFieldsTxt)

// wordList reads a list of lower-case words, several a line, with "#"
// comment lines.
func wordList(src string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out[w] = true
		}
	}
	return out
}
