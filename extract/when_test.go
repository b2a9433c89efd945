package extract

import (
	"strings"
	"testing"
)

// words splits an invented sentence the way the tests need: on spaces,
// with a trailing comma or full stop as a word of its own.
func testWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if len(w) > 1 && (strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") && !strings.HasSuffix(w, ". ") && len(w) > 4) {
			out = append(out, w[:len(w)-1], w[len(w)-1:])
			continue
		}
		out = append(out, w)
	}
	return out
}

func TestActionDate(t *testing.T) {
	// 2026-11-29 is a Sunday.
	const sunday = "2026-11-29"
	for _, tc := range []struct {
		name      string
		sentence  string
		trigger   string // word the action is read from
		published string
		ahead     bool
		want      string
	}{
		{"past weekday is the last one before", "On Friday the mayor met the council", "met", sunday, false, "2026-11-27"},
		{"weekday of publication day is that day", "The mayor met the council on Sunday", "met", sunday, false, "2026-11-29"},
		{"planned weekday is the next one", "The mayor will meet the council on Tuesday", "meet", sunday, true, "2026-12-01"},
		{"last weekday excludes today", "The mayor met the council last Sunday", "met", sunday, false, "2026-11-22"},
		{"next weekday excludes today", "The mayor meets the council next Sunday", "meets", sunday, false, "2026-12-06"},
		{"yesterday", "The union yesterday rejected the offer", "rejected", sunday, false, "2026-11-28"},
		{"today", "The court rules today on the appeal", "rules", sunday, false, "2026-11-29"},
		{"tomorrow", "The envoys meet tomorrow in Oslo", "meet", sunday, true, "2026-11-30"},
		{"today's is no date", "In today's world leaders talk often", "talk", sunday, false, ""},
		{"last week within one month", "The ministers met last week", "met", sunday, false, "2026-11"},
		{"next week across two months is the year", "The ministers meet next week", "meet", sunday, true, "2026"},
		{"last month", "The firm sued the regulator last month", "sued", sunday, false, "2026-10"},
		{"this month", "The firm sued the regulator this month", "sued", sunday, false, "2026-11"},
		{"next month crosses the year", "Talks resume next month", "resume", "2026-12-14", true, "2027-01"},
		{"last year", "The two states signed a pact last year", "signed", sunday, false, "2025"},
		{"this August is the publication year's", "The leaders met at the summit this August", "met", sunday, false, "2026-08"},
		{"past month name is the most recent", "The leaders met in December", "met", sunday, false, "2025-12"},
		{"past month name of this year", "The leaders met in March", "met", sunday, false, "2026-03"},
		{"planned month name is the next", "The leaders will meet in March", "meet", sunday, true, "2027-03"},
		{"last March", "The leaders met last March", "met", "2026-03-10", false, "2025-03"},
		{"early May", "The leaders met in early May", "met", sunday, false, "2026-05"},
		{"month and day", "The leaders met on November 27", "met", sunday, false, "2026-11-27"},
		{"month and day after publication is last year's", "The leaders met on December 3", "met", sunday, false, "2025-12-03"},
		{"planned month and day before publication is next year's", "The leaders will meet on January 5", "meet", sunday, true, "2027-01-05"},
		{"day and month and year", "The leaders met on 27 November 2024", "met", sunday, false, "2024-11-27"},
		{"abbreviated month", "The leaders met on Nov. 27", "met", sunday, false, "2026-11-27"},
		{"ordinal day", "The leaders met on November 3rd", "met", sunday, false, "2026-11-03"},
		{"month day comma year", "The leaders met on March 4, 2025 in Rome", "met", sunday, false, "2025-03-04"},
		{"month and year", "The leaders met in March 2024", "met", sunday, false, "2024-03"},
		{"year", "The leaders met in 2023", "met", sunday, false, "2023"},
		{"early year", "The leaders met in early 2023", "met", sunday, false, "2023"},
		{"iso date", "The leaders met on 2026-11-02", "met", sunday, false, "2026-11-02"},
		{"nearest of two expressions", "On Monday the minister said the leaders met on Friday", "met", sunday, false, "2026-11-27"},
		{"explicit date needs no publication date", "The leaders met on 27 November 2024", "met", "", false, "2024-11-27"},
		{"weekday needs a publication date", "The leaders met on Friday", "met", "", false, ""},
		{"nonexistent date", "The leaders met on February 30", "met", sunday, false, ""},
		{"May the verb is no month", "Officials May meet the envoy", "meet", sunday, false, ""},
		{"a march is no month", "Thousands joined the March against the law", "joined", sunday, false, ""},
		{"Theresa May is no month", "Theresa May met the envoy", "met", sunday, false, ""},
		{"no time words", "The mayor met the council", "met", sunday, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := testWords(tc.sentence)
			at := -1
			for i, w := range ws {
				if w == tc.trigger {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("trigger %q not in %q", tc.trigger, ws)
			}
			if got := actionDate(ws, at, tc.published, tc.ahead); got != tc.want {
				t.Errorf("actionDate(%q, published %s, ahead %v) = %q, want %q", tc.sentence, tc.published, tc.ahead, got, tc.want)
			}
		})
	}
}

func TestActionDateLeavesOutOtherDates(t *testing.T) {
	const sunday = "2026-11-29"
	for _, tc := range []struct {
		name, sentence, trigger, want string
		ahead                         bool
	}{
		{"dateline", "OSLO , November 29 , 2026 ( Wire ) - The envoys met the mayor on Friday", "met", "2026-11-27", false},
		{"dateline alone", "OSLO , November 29 , 2026 ( Wire ) - The envoys met the mayor", "met", "", false},
		{"since is a bound", "The envoys have not met since July", "met", "", false},
		{"by is a deadline", "The firm must pay by March", "pay", "", false},
		{"said on", "The mayor said on Saturday the envoys met on Friday", "met", "2026-11-27", false},
		{"said only dates a past action", "The mayor said on Saturday the envoys met", "met", "2026-11-28", false},
		{"on day said", "The mayor on Saturday said the envoys met", "met", "2026-11-28", false},
		{"said dates no planned action", "The mayor said on Saturday the envoys will meet", "meet", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := strings.Fields(tc.sentence)
			at := -1
			for i, w := range ws {
				if w == tc.trigger {
					at = i
				}
			}
			if got := actionDate(ws, at, sunday, tc.ahead); got != tc.want {
				t.Errorf("actionDate(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}
