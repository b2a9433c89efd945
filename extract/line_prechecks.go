package extract

import "strings"

// Cheap tests that rule out most lines before a pattern runs:
// each is true of every line its pattern matches, so the pattern alone
// decides as before.

// mayBeByline: reByline starts "By ", "BY " or "by " (no (?i)).
func mayBeByline(t string) bool {
	return len(t) > 3 && t[2] == ' ' && (t[:2] == "By" || t[:2] == "BY" || t[:2] == "by")
}

// mayBeTOCItem: reTOCItem (`^[-*•]?\s*\d+\.\s*`) has, after at most one
// "-", "*" or "•" and ASCII white space (RE2's \s), an ASCII digit.
func mayBeTOCItem(t string) bool {
	if t != "" && (t[0] == '-' || t[0] == '*') {
		t = t[1:]
	} else {
		t = strings.TrimPrefix(t, "•")
	}
	t = strings.TrimLeft(t, " \t\n\f\r")
	return t != "" && '0' <= t[0] && t[0] <= '9'
}
