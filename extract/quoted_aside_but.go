package extract

// quotedAsideBut (rule stmt.quoted-aside-but) carries a partly quoted
// clause past its attribution when a "but" clause with a subject of its
// own follows it: in "Oslo would not allow "a free-for-all", she said,
// but it was open to talks" both halves are her words, as in the
// unquoted "A, she said, but B" (stmt.aside-but). The attribution sits
// in tokens [as, ae); st is what clauseBeforeQuote made. Anything else
// ("…", she said, but gave no date; "…", she said, and …) keeps st.
func (d *doc) quotedAsideBut(st stmt, si int, s sentence, as, ae int) stmt {
	if st.rule != "stmt.partly-quoted" {
		return st
	}
	wide, ok := d.midClauseAside(si, s, as, ae)
	if !ok || wide.rule != "stmt.aside-but" || wide.s != st.s {
		return st
	}
	wide.speakers, wide.verb, wide.quote = st.speakers, st.verb, st.quote
	wide.rule = "stmt.quoted-aside-but"
	return wide
}
