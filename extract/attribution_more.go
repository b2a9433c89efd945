package extract

import "github.com/newsgraph/newsgraph/graph"

// Attribution rules of session 21 (issue 12, PolNeAR's in-ontology
// misses): who the source of "according to <organisation> <title>
// <name>" is, a place set off by commas between a reporting verb and
// its "that", a quotation set off by dashes right after a name, a
// reporting participle in an aside, a partly quoted clause between a subject
// and its verb, and a reported clause that runs into another speaker's
// report after "and".

// titledPersonAfter returns the person named right after title words
// that follow token k ("Ohio AFL-CIO President Dana Wirth", "Acme
// Chief Executive Lena Holm"), within tokens [k, end), or nil. The name
// before the title is whose office it is, even when it was taken for a
// person: the source is the office holder.
func (d *doc) titledPersonAfter(r *reader, si, k, end int) *mention {
	j := k
	for j < end && d.toks[j].kind == tWord && (d.toks[j].is(titleWordsClass) || d.toks[j].is(titleModsClass)) {
		j++
	}
	if j == k || j >= end {
		return nil
	}
	for _, m := range d.heads(r, si, false) {
		if m.a > j || m.b <= j || m.b > end || m.kind == sPron || m.kind == sDesc {
			continue
		}
		if as := d.refs(r, m); len(as) == 1 && as[0].typ == graph.Person {
			return m
		}
	}
	return nil
}

// placeAppositionEnd returns the comma that closes a place's region set
// off by commas inside a prepositional phrase after a reporting verb
// ("said at a rally in Burnie, Tasmania, that …": the comma at k opens
// ", Tasmania,"), or -1. The words between are one to three capitalised
// words after a capitalised place, and a preposition opens the phrase
// between the verb's end v and k.
func (d *doc) placeAppositionEnd(v, k int) int {
	toks := d.toks
	if toks[k].text != "," || k-1 < v || !toks[k-1].cap || !d.prepositionIn(v, k-1) {
		return -1
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && toks[j].kind == tWord && toks[j].cap {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].text != "," {
		return -1
	}
	return j
}

// participleAsideEnd ends the clause of a reporting participle that
// stands in an aside between a subject and its verb ("Marlow, despite
// admitting that he had doubts, said the port needed money"): the
// clause stops at the comma before the verb, which is the sentence's
// own. cs and ce bound the clause read so far; i is the participle,
// after a preposition after a comma.
func (d *doc) participleAsideEnd(si, i, cs, ce int) int {
	s := d.sents[si]
	if i-2 <= s.a || d.toks[i-2].text != "," || !d.toks[i-1].is(prepositionsClass) {
		return ce
	}
	for k := cs + 1; k+1 < ce; k++ {
		if d.toks[k].text == "," && !d.inQuote[k] && (d.toks[k+1].is(speechVerbsClass) || d.verbAt(si, k+1)) {
			return k
		}
	}
	return ce
}

// otherReportAfterAnd reports whether "and" or "but" at token k, with
// no comma before it, opens a report of its own inside the reported
// clause [cs, ce) ("said A and the Greens accused him of B", "said A
// and Marlow insisted B"): the words before it hold a verb, so it joins
// clauses, not names ("said Marlow and Okafor warned that B" is one
// clause), and a verb of saying, accusing or blaming follows within six
// words (reportFollows), a verb in the parse and in lower case ("and
// partners in the United States" has none), after a subject of its
// own; not after "had", which goes on reporting ("said A and officials
// had warned B"), nor after a passive auxiliary ("said A and has been
// told to go").
func (d *doc) otherReportAfterAnd(cs, k, ce int) bool {
	if k == cs || d.toks[k-1].text == "," || !d.reportFollows(k, ce) {
		return false
	}
	si := d.sentOf(cs)
	subject := false
	for j := k + 1; j < ce && j <= k+6; j++ {
		t := d.toks[j]
		if t.low == "had" || t.is(passiveAuxClass) {
			return false // "and had warned", "and has been told": the same report, or no report
		}
		if t.is(speechVerbsClass) || t.is(accuseVerbClass) || t.is(blamingVerbsClass) {
			if t.cap || !d.verbAt(si, j) {
				return false // "and European partners in the United States": a name, no verb
			}
			break
		}
		if !t.is(auxiliariesClass) && !adverbs[t.low] {
			subject = true
		}
	}
	if !subject {
		return false // "and also warned": the speaker's own verb, trimClauseEnd's "and" rule
	}
	for j := cs; j < k; j++ {
		if !d.inQuote[j] && d.verbAt(si, j) {
			return true
		}
	}
	return false
}

// dashFramedQuotes (rule stmt.dash-framed-quote) credits a quotation
// set off by dashes right after a name to that actor: "a chorus of
// leaders has said so, including the former premier Lise Dufresne --
// "It is reckless …" -- and Mayor Ron Petts", "treated the remark as a
// compliment -- "That makes me prudent" --" is no one's (no name before
// the dash), nor one after a preposition ("supportive of Mr. Trump --
// "…" --"). A closing dash must follow the quotation, so that a dash
// before a quotation that ends the sentence is left to the other
// rules. It runs before them: the verb of the clause ("has said") is
// not this speaker's.
func (d *doc) dashFramedQuotes(r *reader, si int, s sentence) {
	for qi, q := range r.qs {
		if r.used[qi] || q.close < 0 || q.open-2 < s.a || q.open >= s.b || !isDash(d.toks[q.open-1]) {
			continue
		}
		if n := q.close + 1; n >= s.b || !isDash(d.toks[n]) {
			continue
		}
		for _, m := range d.heads(r, si, false) {
			if m.b != q.open-1 || m.kind == sPron || m.kind == sDesc {
				continue
			}
			if p := m.a - 1; p >= s.a && d.toks[p].is(prepositionsClass) && d.toks[p].low != "among" {
				break // "seemed supportive of Mr. Trump -- "…" --": not his words
			}
			sp := d.actorsOf(r, []*mention{m})
			if len(sp) != 1 {
				break
			}
			r.used[qi] = true
			d.stmts = append(d.stmts, d.quoteStmt(q, sp, "\u2014", "stmt.dash-framed-quote"))
			break
		}
	}
}

// clauseBeforeQuote (rule stmt.partly-quoted) widens a quotation that
// the attribution after it credits to the whole clause when the
// quotation only finishes it: "However sensible the aim, using a port
// levy "is the wrong instrument," said X" is X's reported clause from
// its first word. The quotation must open in lower case right after a
// word of the sentence (no comma, colon or dash: "Asked about it, "We
// will see," X said" stays the quotation), and the words before it hold
// no verb of speech and no other quotation.
func (d *doc) clauseBeforeQuote(st stmt, q quoteSpan, s sentence) stmt {
	start := d.skipDateline(s)
	if q.open-start < 2 || q.open >= s.b || q.open+1 >= len(d.toks) {
		return st
	}
	first, prev := d.toks[q.open+1], d.toks[q.open-1]
	if first.kind != tWord || first.cap || prev.kind != tWord {
		return st
	}
	for k := start; k < q.open; k++ {
		t := d.toks[k]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.text == ":" || t.kind == tWord && isReportForm(t.low) {
			return st
		}
	}
	st.s = d.toks[start].s
	st.rule = "stmt.partly-quoted"
	return st
}

// parenTagEnd returns the token after a short parenthesis opening at
// token a, before b ("(D-Ore.)", "(R-Ky.)", "(AfD)": a party tag after a
// name), or -1: names joined past it are coordinated as without it
// (coordGap: "Sens. Jill Merrow (D-Ore.), Sherwin Braun (D-Ohio) and
// Roberto Menendes (D-N.J.) all suggested …" has three speakers).
func (d *doc) parenTagEnd(a, b int) int {
	if a >= b || d.toks[a].text != "(" {
		return -1
	}
	for k := a + 1; k < b && k <= a+5; k++ {
		if d.toks[k].text == ")" {
			if k == a+1 {
				return -1
			}
			return k + 1
		}
		if d.toks[k].kind != tWord && d.toks[k].text != "-" && d.toks[k].text != "." {
			return -1
		}
	}
	return -1
}

// floatingQuantifiers stand between coordinated speakers and their verb
// ("X, Y and Z all suggested"): the speakers are before them. Not
// "both": "Mayor X and harbour master Y both said" is read by the
// parse, whose conjuncts reach past the title the surface group stops
// at.
var floatingQuantifiers = set("all")
