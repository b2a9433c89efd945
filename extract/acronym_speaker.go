package extract

// nameThroughParen (rule stmt.speech-verb, nameThroughParen) reports
// whether a name's mention runs through the closing parenthesis at token
// j, as an organisation's acronym written after its name does ("The
// Food Safety Agency (FSA) said …"): the speaker ends there, and the
// parenthesis is not skipped as a party tag after a name is ("Sen. X
// (R-S.C.) told").
func (d *doc) nameThroughParen(r *reader, si, j int) bool {
	return d.groupEndingAt(r, si, j+1) != nil
}
