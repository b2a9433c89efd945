package extract

// separateGroups (rule noun of members) reports whether noun n is the
// plural of a collective noun not qualified as joint: "rescue teams from
// India and China" are several teams, each from its own country, and no
// cooperation between them; "a team from A and B", "joint teams from A
// and B" and "researchers from A and B" (one group of people) still
// are.
func separateGroups(ds *depSent, n int) bool {
	if !groupNounsOne[ds.lemma(n)] || ds.words[n].XPOS != "NNS" {
		return false
	}
	for _, m := range ds.children(n, "amod", "compound") {
		if jointWords[ds.lemma(m)] {
			return false
		}
	}
	return true
}

// groupNounsOne name a group that acts as one: its plural is several
// groups.
var groupNounsOne = set("team", "consortium", "collaboration", "crew", "unit", "delegation", "contingent")

// jointWords qualify groups as formed together.
var jointWords = set("joint", "combined", "mixed", "multinational", "international")
