package web_test

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

func TestExportRootsByName(t *testing.T) {
	f := newFixture(t)
	srv := exportServer(t, f.db)
	_, byID := get(t, srv.URL+"/export?format=json&depth=1&root="+string(f.zelensky))
	for _, name := range []string{"Zelensky", "zelenskyy", "Volodymyr Zelensky"} {
		resp, byName := get(t, srv.URL+"/export?format=json&depth=1&root="+url.QueryEscape(name))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("root=%s: status %d: %s", name, resp.StatusCode, byName)
		}
		if !bytes.Equal(byName, byID) {
			t.Errorf("root=%s exports another graph than root=%s", name, f.zelensky)
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, string(f.zelensky)) {
			t.Errorf("root=%s: Content-Disposition %q, want the resolved ID in the file name", name, cd)
		}
	}
	// A name and the ID of the same actor count once.
	resp, both := get(t, srv.URL+"/export?format=json&root=Zelensky&root="+string(f.zelensky))
	if resp.StatusCode != http.StatusOK || !bytes.Equal(both, byID) {
		t.Errorf("root=Zelensky&root=%s: status %d, same graph %v", f.zelensky, resp.StatusCode, bytes.Equal(both, byID))
	}
	resp, body := get(t, srv.URL+"/export?format=json&root=Nobody+Atall")
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), `parameter root: no actor named "Nobody Atall"`) {
		t.Errorf("unknown name: status %d, %q; want 400 naming it", resp.StatusCode, body)
	}
}

func TestExportRefusesANameSeveralActorsShare(t *testing.T) {
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	const text = `John Smith met Anna Smith in Geneva.`
	a := graphtest.NewBuilder(t, "Two Smiths", "2025-12-01", text)
	john := a.Actor("John Smith", graph.Person, "Smith")
	anna := a.Actor("Anna Smith", graph.Person, "Smith")
	a.Edge(john, graph.Consult, anna, text, "met")
	if _, err := db.Ingest(context.Background(), a.B); err != nil {
		t.Fatal(err)
	}
	if ids, _ := db.Lookup(context.Background(), "Smith"); len(ids) != 2 {
		t.Fatalf("Lookup(Smith) = %v; the test needs both Smiths", ids)
	}
	srv := exportServer(t, db)
	resp, body := get(t, srv.URL+"/export?format=json&root=Smith")
	msg := string(body)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg, `parameter root: "Smith" names 2 actors`) ||
		!strings.Contains(msg, string(john)+" (John Smith)") || !strings.Contains(msg, string(anna)+" (Anna Smith)") {
		t.Errorf("ambiguous name: status %d, %q; want 400 listing both Smiths with their IDs", resp.StatusCode, msg)
	}
	resp, _ = get(t, srv.URL+"/export?format=json&root=John+Smith")
	if resp.StatusCode != http.StatusOK {
		t.Errorf("root=John Smith: status %d, want 200", resp.StatusCode)
	}
}

func TestExportNQuadsBaseParameter(t *testing.T) {
	f := newFixture(t)
	srv := exportServer(t, f.db)
	resp, body := get(t, srv.URL+"/export?format=nquads&root=Peskov&base="+url.QueryEscape("https://newsgraph.example/id/"))
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(body, []byte("<https://newsgraph.example/id/")) {
		t.Errorf("status %d, %.100q; want IRIs under the base", resp.StatusCode, body)
	}
	resp, body = get(t, srv.URL+"/export?format=nquads&base=nope")
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), `parameter base: base "nope" is not an absolute IRI`) {
		t.Errorf("bad base: status %d, %q", resp.StatusCode, body)
	}
}
