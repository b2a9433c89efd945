package main

import (
	"runtime/debug"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	tests := []struct {
		name    string
		release string
		bi      *debug.BuildInfo
		want    string
	}{
		{"no build information", "", nil, "newsgraph devel"},
		{"checkout with VCS stamps", "", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs", "git", "vcs.revision", "0123456789abcdef0123", "vcs.time", "2026-12-05T03:04:05Z", "vcs.modified", "true")},
			"newsgraph devel (commit 0123456789ab, 2026-12-05T03:04:05Z, modified, go1.26.0)"},
		{"clean checkout", "", &debug.BuildInfo{GoVersion: "go1.26.0",
			Settings: settings("vcs.revision", "abc", "vcs.modified", "false")},
			"newsgraph devel (commit abc, go1.26.0)"},
		{"go install module@version", "", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.4.0"}},
			"newsgraph v1.4.0 (go1.26.0)"},
		{"release set at link time", "v2.0.0", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.4.0"}},
			"newsgraph v2.0.0 (go1.26.0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildVersion(tt.release, tt.bi); got != tt.want {
				t.Errorf("buildVersion = %q, want %q", got, tt.want)
			}
		})
	}
}
