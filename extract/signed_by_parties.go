package extract

import "github.com/newsgraph/newsgraph/graph"

// agreementNouns are the documents two parties sign with each other.
var agreementNouns = set("agreement", "deal", "accord", "treaty", "pact", "protocol", "memorandum",
	"contract", "ceasefire", "truce", "compact", "convention", "settlement")

// signedByParties (rule rel.signed-by-parties): "the 2024 agreement,
// signed by the union and the airline", "The accord was signed by Kenya
// and Uganda in March": an agreement noun (agreementNouns) within six
// words before the participle "signed" and two or more actors
// coordinated after its "by" give AGREE between each pair of them. A
// letter or a petition "signed by A and B" is no agreement between its
// signers, and one signer alone gives none.
func (d *doc) signedByParties(r *reader, si int, s sentence) {
	for i := s.a + 1; i+3 < s.b; i++ {
		if d.toks[i].low != "signed" || d.inQuote[i] || d.toks[i+1].low != "by" || !d.agreementNounBefore(i, s) {
			continue
		}
		var parties []*actor
		j := i + 2
		for j < s.b {
			if d.toks[j].low == "the" && j+1 < s.b {
				j++ // "signed by the union and the airline"
			}
			var at *mention
			for _, m := range r.mentsBy[si] {
				if (m.a == j || m.a == j-1 && d.toks[j-1].low == "the") && !m.quote && !m.mod && !m.poss {
					at = m
					break
				}
			}
			if at == nil {
				break
			}
			as := d.refs(r, at)
			if len(as) != 1 {
				break
			}
			parties = append(parties, as[0])
			j = at.b
			if j+1 < s.b && d.toks[j].text == "," && d.toks[j+1].low != "and" {
				j++
				continue
			}
			if j < s.b && d.toks[j].text == "," {
				j++
			}
			if j < s.b && d.toks[j].low == "and" {
				j++
				continue
			}
			break
		}
		if len(parties) < 2 {
			continue
		}
		md := d.modalAt(si, i, false)
		md.rule = "rel.signed-by-parties"
		for x := 0; x < len(parties); x++ {
			for y := x + 1; y < len(parties); y++ {
				if parties[x] != parties[y] {
					d.rels = append(d.rels, rel{src: parties[x], dst: parties[y], class: graph.Agree, sent: si, verb: d.span(i, i+2), modal: md})
				}
			}
		}
	}
}

// agreementNounBefore reports whether an agreement noun stands within
// six tokens before token i of sentence s.
func (d *doc) agreementNounBefore(i int, s sentence) bool {
	for k := i - 1; k >= s.a && k >= i-6; k-- {
		if agreementNouns[d.toks[k].low] {
			return true
		}
	}
	return false
}
