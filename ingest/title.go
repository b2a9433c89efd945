package ingest

import (
	"strings"
	"unicode/utf8"
)

// MaxAutoTitle is the longest title, in characters, that TitleFromText
// takes from an article's first line.
const MaxAutoTitle = 120

// TitleFromText is the title of an article that came without one and in
// which the extractor found no headline: its first non-blank line, cut
// to MaxAutoTitle characters with an ellipsis. The pipeline sets it after
// extraction, never before: a title equal to the first line would make
// the extractor take that line for the headline and read nothing from it.
func TitleFromText(text string) string {
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > MaxAutoTitle {
			line = string([]rune(line)[:MaxAutoTitle-1]) + "…"
		}
		return line
	}
	return ""
}
