package extract

import "unicode"

// mostlyOtherScript reports whether most letters of text belong to
// scripts other than Latin. Chinese, Japanese and Thai write no spaces
// between words, so the page cleaner takes each of their lines for a
// one-word line and drops it, and no sentence is left to judge by its
// words (looksEnglish): the letters themselves still tell that the text
// is not English rather than empty.
func mostlyOtherScript(text string) bool {
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	return other > latin
}

// otherScriptOnly reports whether the text left no sentence because it
// is written in other scripts than Latin (mostlyOtherScript): it is then
// not English rather than empty.
func (d *doc) otherScriptOnly() bool {
	return len(d.sents) == 0 && mostlyOtherScript(d.text)
}
