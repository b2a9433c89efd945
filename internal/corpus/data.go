package corpus

// Word lists the population and the articles are drawn from.

// countryRows are "name|demonym|capital|another city".
var countryRows = []string{
	"United States|American|Washington|New York",
	"Russia|Russian|Moscow|St. Petersburg",
	"Ukraine|Ukrainian|Kyiv|Odesa",
	"China|Chinese|Beijing|Shanghai",
	"Japan|Japanese|Tokyo|Osaka",
	"India|Indian|New Delhi|Mumbai",
	"Germany|German|Berlin|Munich",
	"France|French|Paris|Marseille",
	"United Kingdom|British|London|Manchester",
	"Italy|Italian|Rome|Milan",
	"Spain|Spanish|Madrid|Barcelona",
	"Poland|Polish|Warsaw|Krakow",
	"Turkey|Turkish|Ankara|Istanbul",
	"Iran|Iranian|Tehran|Isfahan",
	"Israel|Israeli|Jerusalem|Tel Aviv",
	"Egypt|Egyptian|Cairo|Alexandria",
	"Saudi Arabia|Saudi|Riyadh|Jeddah",
	"Qatar|Qatari|Doha|Lusail",
	"Brazil|Brazilian|Brasilia|Sao Paulo",
	"Mexico|Mexican|Mexico City|Monterrey",
	"Canada|Canadian|Ottawa|Toronto",
	"Australia|Australian|Canberra|Sydney",
	"South Africa|South African|Pretoria|Johannesburg",
	"Nigeria|Nigerian|Abuja|Lagos",
	"Kenya|Kenyan|Nairobi|Mombasa",
	"Ethiopia|Ethiopian|Addis Ababa|Gondar",
	"Indonesia|Indonesian|Jakarta|Surabaya",
	"Vietnam|Vietnamese|Hanoi|Da Nang",
	"Philippines|Philippine|Manila|Cebu",
	"South Korea|South Korean|Seoul|Busan",
	"Pakistan|Pakistani|Islamabad|Karachi",
	"Argentina|Argentine|Buenos Aires|Cordoba",
	"Chile|Chilean|Santiago|Valparaiso",
	"Colombia|Colombian|Bogota|Medellin",
	"Sweden|Swedish|Stockholm|Gothenburg",
	"Norway|Norwegian|Oslo|Bergen",
	"Finland|Finnish|Helsinki|Tampere",
	"Denmark|Danish|Copenhagen|Aarhus",
	"Netherlands|Dutch|Amsterdam|Rotterdam",
	"Belgium|Belgian|Brussels|Antwerp",
	"Austria|Austrian|Vienna|Graz",
	"Hungary|Hungarian|Budapest|Debrecen",
	"Romania|Romanian|Bucharest|Cluj",
	"Greece|Greek|Athens|Thessaloniki",
	"Serbia|Serbian|Belgrade|Novi Sad",
	"Georgia|Georgian|Tbilisi|Batumi",
	"Armenia|Armenian|Yerevan|Gyumri",
	"Azerbaijan|Azerbaijani|Baku|Ganja",
	"Kazakhstan|Kazakh|Astana|Almaty",
	"Morocco|Moroccan|Rabat|Casablanca",
	"Algeria|Algerian|Algiers|Oran",
	"Sudan|Sudanese|Khartoum|Port Sudan",
	"Ghana|Ghanaian|Accra|Kumasi",
	"Malaysia|Malaysian|Kuala Lumpur|Penang",
	"Thailand|Thai|Bangkok|Chiang Mai",
	"Bangladesh|Bangladeshi|Dhaka|Chittagong",
	"Peru|Peruvian|Lima|Cusco",
	"Venezuela|Venezuelan|Caracas|Maracaibo",
	"Lithuania|Lithuanian|Vilnius|Kaunas",
	"Moldova|Moldovan|Chisinau|Balti",
}

// International organisations everyone reports on: "name|short form".
var intlOrgRows = []string{
	"United Nations|UN",
	"European Union|EU",
	"NATO|",
	"African Union|",
	"World Bank|",
	"International Monetary Fund|IMF",
	"World Health Organization|",
	"International Atomic Energy Agency|IAEA",
	"Red Cross|",
	"Human Rights Watch|",
	"Amnesty International|",
	"World Trade Organization|WTO",
	"OPEC|",
	"ASEAN|",
	"Arab League|",
	"International Criminal Court|ICC",
}

// Parts of generated organisation names.
var companyStems = []string{
	"Meridian", "Atlas", "Nordwind", "Helios", "Vantage", "Orion", "Crescent", "Solano",
	"Borealis", "Kestrel", "Tidewater", "Ironbridge", "Silverline", "Redstone", "Bluepeak",
	"Greenfield", "Northgate", "Eastwind", "Harbor", "Sterling", "Cobalt", "Granite",
	"Horizon", "Pinnacle", "Quantum", "Radiant", "Sapphire", "Titanium", "Unity", "Vertex",
	"Westbrook", "Zenith", "Aurora", "Beacon", "Cascade", "Delta", "Everest", "Falcon",
	"Galaxy", "Highland", "Juniper", "Keystone", "Lakeshore", "Magnolia", "Neptune",
	"Oakridge", "Polaris", "Riverside", "Summit", "Trident", "Valiant", "Windmere",
	"Yellowstone", "Amberley", "Brightwater", "Coralline", "Driftwood", "Emberton",
}

var companyHeads = []string{
	"Pharma", "Energy", "Logistics", "Holdings", "Motors", "Steel", "Airlines", "Telecom",
	"Capital", "Mining", "Shipping", "Petroleum", "Technologies", "Industries", "Foods",
}

var partyAdj = []string{"People's", "National", "Progressive", "United", "Green", "Social", "Popular", "Civic", "Patriotic", "Reform"}

var partyNoun = []string{"Renewal", "Unity", "Freedom", "Future", "Alliance", "Labour", "Justice", "Dignity"}

var bodyRows = []string{
	"Refugee Support Network", "Coastal Fisheries Union", "Global Water Alliance",
	"Independent Electoral Commission", "National Energy Agency", "Anti-Corruption Bureau",
	"Press Freedom Foundation", "Farmers' Federation", "Teachers' Union", "Dockworkers' Union",
	"Transparency Institute", "Medical Relief Corps", "Mine Workers' Federation",
	"Civil Liberties Association", "Maritime Safety Authority", "Food Security Council",
	"Nuclear Regulatory Authority", "Competition Commission", "Financial Crimes Unit",
	"Border Guard Service", "Digital Rights Foundation", "Housing Rights Movement",
}

// firstNames by region, so that names look like they belong to their
// country; the region of a country is picked by index.
var firstNamesBy = [][]string{
	{"John", "Michael", "David", "Sarah", "Emily", "James", "Robert", "Laura", "Daniel", "Karen", "Thomas", "Rachel", "Kevin", "Megan", "Brian", "Jessica", "Mark", "Linda", "Paul", "Susan", "Peter", "Helen", "Andrew", "Claire"},
	{"Dmitry", "Sergei", "Andrii", "Yuri", "Olena", "Oleksandr", "Maria", "Irina", "Mykola", "Natalia", "Pavel", "Tatiana", "Igor", "Svetlana", "Oleg", "Yulia", "Viktor", "Anna", "Denys", "Iryna", "Vadym", "Kirill", "Galina", "Taras"},
	{"Wei", "Li", "Hiroshi", "Yuki", "Min", "Jae", "Takeshi", "Mei", "Chen", "Haruto", "Sakura", "Ji-woo", "Rahul", "Priya", "Arjun", "Ananya", "Budi", "Siti", "Nguyen", "Ramon", "Maria", "Joko", "Dewi", "Anil"},
	{"Ahmed", "Mohammed", "Fatima", "Omar", "Layla", "Hassan", "Yusuf", "Amina", "Khalid", "Nour", "Ibrahim", "Samira", "Tariq", "Leila", "Karim", "Rania", "Ali", "Zainab", "Mahmoud", "Hana", "Reza", "Maryam", "Yair", "Tamar"},
	{"Amina", "Kwame", "Chinedu", "Wanjiru", "Thabo", "Ngozi", "Abebe", "Fatou", "Kofi", "Zanele", "Emeka", "Akinyi", "Tendai", "Yaw", "Nomvula", "Musa", "Adaeze", "Kipchoge", "Sipho", "Abena", "Tewodros", "Halima", "Jabari", "Ama"},
	{"Carlos", "Lucia", "Jose", "Ana", "Miguel", "Sofia", "Javier", "Camila", "Luis", "Valentina", "Diego", "Isabela", "Pedro", "Gabriela", "Rafael", "Mariana", "Fernando", "Paula", "Andres", "Carmen", "Ricardo", "Elena", "Mateo", "Julia"},
	{"Klaus", "Ingrid", "Lars", "Sofie", "Jan", "Eva", "Pierre", "Marie", "Giovanni", "Giulia", "Henrik", "Astrid", "Matteo", "Chiara", "Erik", "Anja", "Stefan", "Katarzyna", "Tomasz", "Agnieszka", "Nikos", "Eleni", "Istvan", "Zsofia"},
}

// lastNamesBy are surnames by the same regions. Slavic surnames ending
// in -sky and -yev have transliteration variants (see variants).
var lastNamesBy = [][]string{
	{"Smith", "Johnson", "Walker", "Harris", "Bennett", "Carter", "Mitchell", "Foster", "Reed", "Hughes", "Coleman", "Porter", "Hayes", "Sullivan", "Brooks", "Griffin", "Russell", "Fisher", "Warren", "Ellison", "Thornton", "Whitaker", "Holloway", "Prescott", "Langley", "Caldwell", "Donovan", "Fairbanks", "Gallagher", "Harrington"},
	{"Kovalsky", "Zelinsky", "Petrovsky", "Dmitriev", "Sokolov", "Shevchenko", "Melnyk", "Bondarenko", "Kuznetsov", "Grigoriev", "Tkachenko", "Volkov", "Lysenko", "Moroz", "Savchenko", "Orlovsky", "Sergeyev", "Kravchuk", "Pavlenko", "Antonov", "Vasilyev", "Rudenko", "Yakovlev", "Zhuravsky", "Marchenko", "Lebedev", "Polishchuk", "Klymenko", "Novitsky", "Fedorov"},
	{"Wang", "Zhang", "Tanaka", "Suzuki", "Kim", "Park", "Sato", "Nakamura", "Choi", "Sharma", "Patel", "Gupta", "Singh", "Santoso", "Wijaya", "Tran", "Pham", "Reyes", "Cruz", "Mendoza", "Watanabe", "Yamamoto", "Kang", "Yoon", "Iyer", "Rao", "Hartono", "Nguyen", "Bautista", "Kobayashi"},
	{"Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Farouk", "Aziz", "Hamdan", "Rahimi", "Tehrani", "Karimi", "Levi", "Cohen", "Mizrahi", "Barakat", "Qasim", "Jaber", "Sabbagh", "Othman", "Darwish", "Najjar", "Shapiro", "Hosseini", "Abadi", "Tamimi", "Zaidi", "Sharif", "Bishara", "Kanaan", "Mahdavi"},
	{"Odhiambo", "Mensah", "Okafor", "Kamau", "Nkosi", "Adeyemi", "Tesfaye", "Diallo", "Boateng", "Dlamini", "Okonkwo", "Wanjala", "Moyo", "Asante", "Ndlovu", "Bello", "Otieno", "Mbeki", "Chukwu", "Owusu", "Girma", "Traore", "Mutua", "Oduya", "Banda", "Kariuki", "Achebe", "Sithole", "Abiodun", "Keita"},
	{"Garcia", "Rodriguez", "Martinez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Ortiz", "Castillo", "Vargas", "Romero", "Herrera", "Medina", "Aguilar", "Navarro", "Silva", "Rocha", "Almeida", "Cardoso", "Fuentes", "Salazar", "Paredes", "Quiroga"},
	{"Muller", "Schneider", "Hansen", "Larsen", "Dubois", "Lefebvre", "Rossi", "Bianchi", "Johansson", "Lindqvist", "Novak", "Kowalczyk", "Nowakowski", "Papadopoulos", "Nagy", "Horvath", "Jensen", "Virtanen", "Korhonen", "De Vries", "Janssens", "Weber", "Fischer", "Moreau", "Conti", "Ricci", "Nilsson", "Berg", "Popescu", "Ionescu"},
}

// regionOf gives each country (by name) its naming region; countries not
// listed use region 6 (European) or by position.
var regionOf = map[string]int{
	"United States": 0, "United Kingdom": 0, "Canada": 0, "Australia": 0,
	"Russia": 1, "Ukraine": 1, "Georgia": 1, "Armenia": 1, "Azerbaijan": 1, "Kazakhstan": 1, "Moldova": 1, "Lithuania": 1, "Serbia": 1,
	"China": 2, "Japan": 2, "India": 2, "Indonesia": 2, "Vietnam": 2, "Philippines": 2, "South Korea": 2, "Pakistan": 2, "Malaysia": 2, "Thailand": 2, "Bangladesh": 2,
	"Turkey": 3, "Iran": 3, "Israel": 3, "Egypt": 3, "Saudi Arabia": 3, "Qatar": 3, "Morocco": 3, "Algeria": 3, "Sudan": 3,
	"South Africa": 4, "Nigeria": 4, "Kenya": 4, "Ethiopia": 4, "Ghana": 4,
	"Brazil": 5, "Mexico": 5, "Argentina": 5, "Chile": 5, "Colombia": 5, "Spain": 5, "Peru": 5, "Venezuela": 5,
}

// Government titles, from the most senior; a country has one holder of
// each of the first few and many of the rest.
var govTitles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister",
	"Trade Minister", "Energy Minister", "Interior Minister", "Health Minister",
	"Justice Minister", "central bank governor", "national security adviser",
	"chief negotiator", "special envoy", "government spokesman", "opposition leader",
	"army chief", "ambassador", "deputy foreign minister", "senator", "lawmaker",
}

// Titles of people who work for an organisation.
var orgTitles = []string{
	"chief executive", "chairman", "spokeswoman", "spokesman", "director", "head",
	"general counsel", "senior adviser", "deputy director", "board member",
}

// Days and months.
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Topics: what talks, deals and disputes are about.
var topics = []string{
	"energy supplies", "the ceasefire", "grain exports", "border security", "trade tariffs",
	"the nuclear programme", "refugee flows", "debt relief", "the water treaty",
	"fishing rights", "the pipeline project", "arms sales", "climate finance",
	"the prisoner exchange", "port access", "vaccine production", "rare earth exports",
	"the election timetable", "visa rules", "the peace process", "cyber security",
	"the fuel subsidy", "the mining licence", "airspace violations", "the railway link",
	"the fertiliser shortage", "the drought response", "customs duties", "the power grid",
	"the dam project", "the gas price cap", "the troop withdrawal", "the aid corridor",
}

// Accusations: "accused X of ...".
var accusations = []string{
	"violating the ceasefire", "blocking aid deliveries", "rigging the vote",
	"spreading disinformation", "stalling the talks", "hoarding fuel",
	"smuggling weapons across the border", "breaking the trade agreement",
	"jailing journalists", "diverting public funds", "provoking the crisis",
	"ignoring court rulings", "shelling civilian areas", "dumping cheap steel",
	"undermining the negotiations", "hiding the true cost of the project",
	"intimidating opposition candidates", "polluting the river",
}

// Requests: "urged X to ...".
var requests = []string{
	"release the detained journalists", "return to the negotiating table",
	"lift the export ban", "open the border crossing", "respect the ceasefire",
	"pay its arrears", "allow independent inspectors in", "cut interest rates",
	"hold early elections", "withdraw its troops", "reopen the port",
	"share the investigation's findings", "drop the charges", "restore power supplies",
	"increase its contribution", "reconsider the tariffs", "protect the wetlands",
}

// Praise: "praised X for ...".
var praises = []string{
	"the restraint shown", "the swift response to the floods", "the role played in the talks",
	"the reform package", "the support for the refugees", "the new investment",
	"the release of the prisoners", "the work on the vaccine", "the agreement on grain",
	"the efforts to calm the region", "the transparency of the audit",
}

// Objects of aid: "supplied X with ...".
var aidItems = []string{
	"air defence systems", "emergency food aid", "medical supplies", "fuel and generators",
	"armoured vehicles", "drinking water", "tents and blankets", "grain", "ambulances",
}

// Pieces of quotations.
var quoteOpeners = []string{
	"We will not accept any delay on %s", "Nobody benefits from a fight over %s",
	"Our position on %s has not changed", "We are ready to discuss %s",
	"There can be no compromise on %s", "The world is watching what happens to %s",
	"We expect real progress on %s", "History will judge how we handled %s",
	"We have made our concerns about %s clear", "This is a decisive moment for %s",
	"Our people deserve honesty about %s", "We will keep working on %s",
	"We are deeply concerned about %s", "It is time to move forward on %s",
	"We stand firmly behind %s", "No one should underestimate %s",
}

var quoteSubjects = []string{
	"the talks", "this agreement", "the ceasefire", "our partners", "the sanctions",
	"the border", "our economy", "the families affected", "the region", "the reforms",
	"the negotiations", "the people of this country", "the investigation", "the new plan",
}

var quoteTails = []string{
	"and we will say so openly", "whatever the pressure", "in the coming weeks",
	"and that will not change", "without further delay", "as long as it takes",
	"and we hope others will follow", "because the alternative is worse",
	"with all our partners", "and we owe it to the next generation", "",
}

// Reported speech clauses: "X said that <country> would ...".
var reportedClauses = []string{
	"would send a delegation to the next round of talks",
	"was prepared to extend the agreement by another year",
	"had no plans to change its position",
	"would review the proposal before the end of the month",
	"expected a decision within days",
	"had received assurances on the safety of its citizens",
	"would not be pressured into a deal",
	"was ready to host the next meeting",
	"had asked for an independent inquiry",
	"would double its spending on the programme",
	"remained open to dialogue",
	"had suspended the shipments pending an investigation",
}

// Background sentences that name no actor, for realistic length.
var fillers = []string{
	"The talks come after months of tension that have unsettled markets across the region.",
	"Analysts said the outcome would shape relations for years to come.",
	"Officials declined to give details of the closed-door session.",
	"The meeting lasted more than three hours, according to a person familiar with it.",
	"Prices of wheat and fuel have risen sharply since the start of the year.",
	"Thousands of people have been displaced by the fighting in recent weeks.",
	"The next round of negotiations is expected to take place later this month.",
	"Critics say the plan does little to address the underlying causes of the dispute.",
	"The agreement still needs to be approved by parliament.",
	"Talks on a broader settlement have stalled several times since last year.",
	"Turnout in the capital was lower than expected, election monitors said.",
	"The government has denied wrongdoing and promised a full investigation.",
	"Shares in the company fell by almost four percent after the announcement.",
	"Aid groups have warned that supplies could run out before the winter.",
	"Diplomats described the atmosphere as constructive but cautious.",
}
