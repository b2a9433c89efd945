package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

func TestPipelineRefusesOverlongArticles(t *testing.T) {
	short := "Zelensky spoke with Macron on Thursday about the peace plan."
	long := strings.Repeat("Peskov said Russia was studying the plan. ", 2+ingest.DefaultMaxArticleBytes/40)
	arts := []graph.Article{
		{Origin: "first", Text: short},
		{Origin: "huge", Text: long},
		{Origin: "last", Text: short + " Umerov agreed."},
	}
	t.Run("default limit", func(t *testing.T) {
		db := openDB(t)
		rep, err := newPipeline(db, 2).IngestArticles(context.Background(), arts, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(statuses(rep), ", "); got != "first ok, huge failed, last ok" {
			t.Fatalf("statuses %q, want the huge article alone failed", got)
		}
		err = rep.Results[1].Err
		if graph.KindOf(err) != graph.LimitExceeded || !strings.Contains(err.Error(), "huge: article text too large (") ||
			!strings.Contains(err.Error(), "the limit is 1048576)") {
			t.Errorf("error %v, want a LimitExceeded error naming huge and the limit", err)
		}
		if n := countArticles(t, db); n != 2 {
			t.Errorf("%d articles stored, want 2", n)
		}
	})
	t.Run("option", func(t *testing.T) {
		p := newPipeline(openDB(t), 1)
		p.Options.MaxArticleBytes = len(short)
		if _, err := p.IngestArticle(context.Background(), arts[0]); err != nil {
			t.Errorf("an article of exactly the limit: %v", err)
		}
		_, err := p.IngestArticle(context.Background(), arts[2])
		if graph.KindOf(err) != graph.LimitExceeded || !strings.Contains(err.Error(), "last: article text too large") {
			t.Errorf("an article one word over the limit: %v", err)
		}
	})
}
