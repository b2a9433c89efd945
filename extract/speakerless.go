package extract

// noSpeakerPossible tells whether the parse's reader of statements
// (depReport) can find no speaker in sentence si, whatever the parse
// says, so that the sentence need not be parsed for statements.
//
// Every speaker depReport takes is the answer of refs, or the actor of
// a mention with the same span (sameSpanActors), or a shared surname's
// bearer (surnameSpeaker), for a mention of sentence si that is neither
// a modifier inside another mention nor inside quotation marks: its
// paths (wordActors, groupSpeakers, documentOwners and the functions
// under them) reach the mentions through mentionAtTok and
// sameSpanActors only. Such a mention can give an actor only when it
// names one (act, group), is a pronoun or a description (the rules of
// resolveRules), or is a single name surnameSpeaker gives a bearer.
// For every other mention refs finds nothing and changes nothing (no
// rule of resolveRules applies to it), so not asking leaves the
// reading as it was: skipping the parse is exact. Pronouns and
// descriptions are not tried: resolving them keeps what it finds
// (resolve stores m.ref) and may resolve other mentions on the way.
//
// On generated news a quarter of the sentences the statements' reader
// parses give it nothing, and about half of those are such sentences
// ("Aid groups have warned that …", "Turnout … was lower than
// expected, election monitors said": an unresolved name and no actor).
//
// The skip is taken only when maySkipParse allows it.
func (d *doc) noSpeakerPossible(r *reader, si int) bool {
	for _, m := range r.mentsBy[si] {
		if m.mod || m.quote {
			continue // mentionAtTok and sameSpanActors pass it by
		}
		if m.act != nil || m.group != nil || m.kind == sPron || m.kind == sDesc {
			return false
		}
		if d.surnameSpeaker(r, m) != nil {
			return false
		}
	}
	return true
}

// maySkipParse tells whether a reader may leave unparsed a sentence it
// provably reads nothing from (noSpeakerPossible). Not when tracing:
// explain shows the candidates a parse's reader turns down ("speaker
// not an actor"), so it reads them; nor when a test asks for every
// parse (readEveryParse).
func (d *doc) maySkipParse() bool { return d.tr == nil && !d.readEveryParse }
