package extract

import (
	"strings"
)

// Speakers: rules for classes of statement misses (a description resolved to the wrong
// body, a description never read as a speaker).

// echoAnchor (rule speaker.echo-anchor, in resolveOrgNoun) reports
// whether description o, an echo of a name resolved to an organisation
// ("the canal authority" after "the Panama Canal Authority"), ends in
// noun: it refers to that organisation as plainly as its name, so a
// later "the authority" is the organisation it echoed, not another
// authority named between ("… reviewed by the Panama Maritime
// Authority … called on the canal authority to … . The authority
// said …").
func (d *doc) echoAnchor(r *reader, o *mention, noun string) bool {
	if o.kind != sDesc || o.desc == nil || !strings.HasPrefix(o.desc.class, "echo:") || lastWord(strings.TrimPrefix(o.desc.class, "echo:")) != noun {
		return false
	}
	if o.ref.rule == "" {
		d.resolve(r, o)
	}
	return o.ref.rule == "description:echo" && o.act != nil
}

// appositiveNounGoesOn (rule speaker.appositive-kind, in
// appositiveOrgNoun) reports whether the organisation noun at j of a
// description set off after a name goes on with words that qualify it
// ("the Rohingya Defence Council, an armed group active in the camps,
// …", "X, a rebel movement based in the north,", "X, a charity that
// runs …"): the name is still of that kind, so "the group" refers to it
// later. A preposition, a relative word, or an adjective or participle
// before a preposition may follow; a verb may not ("X, a group
// spokesman said").
func (d *doc) appositiveNounGoesOn(j int, s sentence) bool {
	if j+1 >= s.b {
		return false
	}
	n := d.toks[j+1]
	if n.kind != tWord || n.cap {
		return false
	}
	if n.low == "that" || n.low == "which" || n.low == "whose" || n.is(prepositionsClass) && n.low != "of" {
		return true
	}
	if j+2 >= s.b || !d.toks[j+2].is(prepositionsClass) || n.is(speechVerbsClass) || n.is(lexVerbWordsClass) && !strings.HasSuffix(n.low, "ed") {
		return false
	}
	return strings.HasSuffix(n.low, "ed") || strings.HasSuffix(n.low, "ive") || strings.HasSuffix(n.low, "ing") || strings.HasSuffix(n.low, "al")
}

// lowerCasePhrase (rule speaker.lower-case-phrase, in otherQuotes)
// reports whether quotation q opens with a lower-case word: a phrase
// someone used ("accused the agency of spending the money on "fuel
// deals for the connected"", "living in "appalling conditions""), not
// the title of a show or a book, which a preposition before a short
// quotation otherwise makes it (titleQuote: "in an interview on "Face
// the Nation"").
func (d *doc) lowerCasePhrase(q quoteSpan) bool {
	for k := q.open + 1; k < len(d.toks) && (q.close < 0 || k < q.close); k++ {
		if t := d.toks[k]; t.kind == tWord {
			return !t.cap && !t.upper && t.low == t.text
		}
	}
	return false
}

// accusationQuoteEnd (rule speaker.accusation-end, in otherQuotes)
// returns where the words of "accused X of "…"" end: at the closing
// quotation mark when the clause goes on after it with a phrase of its
// own, opened by a preposition, "to" or "instead", or set off by a
// comma ("accused Brazil of "warehousing" its citizens to attract
// foreign aid", "accused the government of "looking for a scapegoat"
// for years of neglect"): the statement is the accusation with its
// object and the quoted words (docs/ONTOLOGY.md), not the writer's
// words around them. A bare object ending the clause stays ("accused
// Western states of "torpedoing" the diplomatic progress"). ce is the
// clause's end token; the result is no later.
func (d *doc) accusationQuoteEnd(last quoteSpan, ce int) int {
	if last.close < 0 {
		return ce
	}
	for k := last.close + 1; k < ce; k++ {
		t := d.toks[k]
		if t.text == "," || t.low == "instead" || t.low == "to" || t.kind == tWord && t.is(prepositionsClass) {
			return last.close + 1
		}
	}
	return ce
}

// passiveAgentSpeaker (rule speaker.passive-agent, in otherQuotes)
// returns the speaker of a quoted phrase after a verb of describing or
// judging in the passive with its agent ("X was criticised by Lobo for
// "turning a crisis into a lawsuit"", "the plan was called "reckless"
// by the union"): the agent said the words, not the subject. Nil when
// the verb at vb has no form of "be" before it or no agent that
// resolves to actors.
func (d *doc) passiveAgentSpeaker(r *reader, si, vb int, q quoteSpan) []*actor {
	s := d.sents[si]
	j := vb - 1
	if j > s.a && (strings.HasSuffix(d.toks[j].low, "ly") || d.toks[j].low == "also") {
		j-- // "was sharply criticised by"
	}
	if j < s.a || !passiveBe[d.toks[j].low] {
		return nil
	}
	by := -1
	if vb+1 < s.b && d.toks[vb+1].low == "by" {
		by = vb + 1
	} else if q.close >= 0 && q.close+2 < s.b && d.toks[q.close+1].low == "by" {
		by = q.close + 1
	} else if q.close >= 0 && q.close+3 < s.b && d.toks[q.close+1].text == "," && d.toks[q.close+2].low == "by" {
		by = q.close + 2
	}
	if by < 0 {
		return nil
	}
	for _, m := range r.mentsBy[si] {
		if m.a == by+1 || m.a == by+2 && d.toks[by+1].low == "the" {
			if m.quote || m.poss {
				return nil
			}
			return d.groupSpeakers(r, []*mention{m})
		}
	}
	return nil
}

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = set("was", "were", "is", "are", "been", "being", "be")

// ruleByAgent names the statements passiveAgentSpeaker reads.
const ruleByAgent = "stmt.by-agent"

// subjectStatements returns the statements found in a sentence less
// those said by a passive verb's agent: the agent is no subject of the
// sentence, so the subject and the person in focus stay those of its
// verb ("Senator X … was criticised by Lobo for "…"": X is the one
// criticised, as rel.passive-by reads).
func subjectStatements(found []stmt) []stmt {
	for k, st := range found {
		if st.rule == ruleByAgent {
			out := append([]stmt{}, found[:k]...)
			for _, o := range found[k+1:] {
				if o.rule != ruleByAgent {
					out = append(out, o)
				}
			}
			return out
		}
	}
	return found
}

// coordinatedSpeaker (rule speaker.coordinated-speech, in statementsIn)
// returns, for a verb of speech after "and" or "but" with no subject of
// its own, the speakers of the clause the sentence reported before it
// ("Analysts at Nordhavn Bank said the deal made sense but warned that
// regulators could demand asset sales"): the same subject said both,
// though sentenceSubject could not name it. Nil when the sentence
// reported nothing before.
func coordinatedSpeaker(found []stmt) []*actor {
	for k := len(found) - 1; k >= 0; k-- {
		if st := found[k]; !st.quote && len(st.speakers) > 0 && st.rule != ruleByAgent {
			return st.speakers
		}
	}
	return nil
}
