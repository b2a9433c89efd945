package extract

import _ "embed"

//go:embed lexicon/party_member_words.txt
var partyMemberWordsTxt string

// partyMemberWords say which of a party's members are meant ("Senate
// Democrats"; lexicon/party_member_words.txt).
var partyMemberWords = wordList(partyMemberWordsTxt)

// namedPartyModifier (rule mention.organisation, namedPartyModifier)
// reports whether the capitalised word at token a, before a party word
// the gazetteer knows as a U.S. party's ("Democrats"), names a party of
// its own with it, as a creed does (creedParty): "the Neo Democrats",
// "of the Civic Democrats". The word follows a lower-case word, so that
// it is capitalised as a name, not as a sentence's or headline's first
// word; it is no word of partyMemberWords ("Senate Democrats", "House
// Republicans"), no title, function or organisation word, no name the
// gazetteer knows ("Texan Republicans") and no word the text writes
// after a preposition of place ("in Utah … Utah Democrats").
func (d *doc) namedPartyModifier(a int) bool {
	if a < 1 {
		return false
	}
	t, prev := d.toks[a], d.toks[a-1]
	if t.kind != tWord || !t.cap || t.upper || prev.kind != tWord || prev.cap {
		return false
	}
	if partyMemberWords[t.low] || t.is(titleWordsClass) || t.is(titleModsClass) || t.is(functionCapsClass) || t.is(stopCapsClass) || t.is(orgHeadsClass) {
		return false
	}
	if _, _, ok := d.gazAt(a, a+1); ok {
		return false
	}
	return !d.writtenAfter(a, a+1, func(p token) bool { return p.kind == tWord && !p.cap && placeArticles[p.low] && p.low != "of" })
}
