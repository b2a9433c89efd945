package extract

import "strings"

// contrastReportMax bounds the words between ", while" and the verb of
// speech of the second report: a speaker named with its owner and seat
// ("while Russia's embassy in Belgrade said") runs longer than the six
// words reportFollows looks at.
const contrastReportMax = 12

// contrastReportFollows reports whether the comma at token k opens a
// second report set against the first with "while" or "whereas", whose
// subject has a verb of speech of its own ("X said A, while Germany's
// embassy in Oslo said B"): the first statement ends at the comma and
// the second is its own speaker's. "said prices rose, while wages fell"
// goes on reporting (no verb of speech), as does a "while" clause with
// a comma, quotation or participle before any such verb.
func (d *doc) contrastReportFollows(k, ce int) bool {
	toks := d.toks
	if d.toks[k].text != "," || k+2 >= ce {
		return false
	}
	if w := toks[k+1].low; w != "while" && w != "whereas" {
		return false
	}
	for j := k + 2; j < ce && j <= k+1+contrastReportMax; j++ {
		t := toks[j]
		if d.inQuote[j] || t.kind != tWord && t.kind != tPoss {
			return false
		}
		if t.is(speechVerbsClass) && !strings.HasSuffix(t.low, "ing") {
			return j > k+2 // a subject first
		}
	}
	return false
}
