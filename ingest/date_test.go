package ingest_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-12-26", "2025-12-26"},
		{"2025-12-26T04:52:00Z", "2025-12-26"},
		{"2025-12-26T23:30:00-05:00", "2025-12-26"},
		{"2025-12-26 04:52 Last Updated At:05:17", "2025-12-26"},
		{"2025/1/5", "2025-01-05"},
		{"20251226", "2025-12-26"},
		{"20251226T045200Z", "2025-12-26"},
		{"Fri, 26 Dec 2025 04:52:00 GMT", "2025-12-26"},
		{"Friday, 26 December 2025", "2025-12-26"},
		{"Thursday, December 25th, 2025", "2025-12-25"},
		{"December 25, 2025", "2025-12-25"},
		{"Dec. 25, 2025 4:05 p.m. ET", "2025-12-25"},
		{"25 Dec 2025", "2025-12-25"},
		{"26-Dec-2025", "2025-12-26"},
		{"Sept 3 2025", "2025-09-03"},
		{"1st March 2024", "2024-03-01"},
		{"12/26/2025", "2025-12-26"},
		{"26/12/2025", "2025-12-26"},
		{"03/04/2025", "2025-03-04"}, // slashes: month first
		{"03.04.2025", "2025-04-03"}, // dots: day first
		{"26.12.2025", "2025-12-26"},
		{"  2024-02-29  ", "2024-02-29"},
	}
	for _, tt := range tests {
		got, ok := ingest.ParseDate(tt.in)
		if !ok || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "someday", "3 hours ago", "2025-02-30", "2023-02-29", "2025-13-01", "December 2025", "32 Dec 2025", "Monday"} {
		if got, ok := ingest.ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %q, want no date", bad, got)
		}
	}
}
