package resolvers_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

func TestIngestArticleWarnsWhenNothingIsExtracted(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline()})
	const q = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { duplicate nodesCreated warnings } }`
	german := strings.Repeat("Der ukrainische Präsident hat am Montag mit dem französischen Präsidenten über den Friedensplan gesprochen, "+
		"und die Gespräche sollen in der nächsten Woche in Genf fortgesetzt werden. ", 4)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"german", german, []string{"nothing extracted: the text is not in English, the only language the extractor reads"}},
		{"no sentences", "* * *", []string{"nothing extracted: no sentences in the text"}},
		{"one Chinese sentence", "习近平主席今天在北京会见了法国总统马克龙。", []string{"nothing extracted: the text is not in English, the only language the extractor reads"}},
		{"english", callText, []string{}},
		{"german again (duplicate)", german, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				IngestArticle struct {
					Duplicate    bool
					NodesCreated int
					Warnings     []string
				}
			}
			mustData(t, srv, q, map[string]any{"in": map[string]any{"text": tt.text}}, &got)
			if !slices.Equal(got.IngestArticle.Warnings, tt.want) {
				t.Errorf("warnings %q, want %q", got.IngestArticle.Warnings, tt.want)
			}
		})
	}
}
