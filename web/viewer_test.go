package web_test

import (
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/web"
)

func TestViewerAssetsMatchTheirPackages(t *testing.T) {
	for _, a := range web.ViewerAssets {
		b, err := web.ReadAsset(a.Name)
		if err != nil {
			t.Errorf("viewer asset %s is not embedded: %v", a.Name, err)
			continue
		}
		if a.Integrity != "" && web.Integrity(b) != a.Integrity {
			t.Errorf("viewer asset %s (%s) has integrity %s, want %s as copied from the package; run go generate ./web",
				a.Name, a.Package, web.Integrity(b), a.Integrity)
		}
	}
}

// TestVendoredFilesAreThoseOfTheLockfile checks vendor/ against the
// manifest build-assets.sh wrote and the manifest against
// package-lock.json: every file listed and no other, each with the hash
// recorded when it was copied, each from a package at the version the
// lockfile pins, and the pages' third-party files all vendored.
func TestVendoredFilesAreThoseOfTheLockfile(t *testing.T) {
	var lock struct {
		Packages map[string]struct{ Version string } `json:"packages"`
	}
	b, err := os.ReadFile("package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &lock); err != nil {
		t.Fatalf("package-lock.json: %v", err)
	}
	listed := map[string]bool{"manifest.json": true, "NOTICE": true}
	for _, f := range web.Vendored {
		listed[f.Name] = true
		body, err := os.ReadFile(filepath.Join("vendor", f.Name))
		if err != nil {
			t.Errorf("vendor/manifest.json lists %s: %v", f.Name, err)
			continue
		}
		if got := web.Integrity(body); got != f.Integrity {
			t.Errorf("vendor/%s has integrity %s; the manifest records %s as copied from %s@%s; run go generate ./web", f.Name, got, f.Integrity, f.Package, f.Version)
		}
		if pinned := lock.Packages["node_modules/"+f.Package].Version; pinned != f.Version {
			t.Errorf("vendor/%s comes from %s@%s; package-lock.json pins %q", f.Name, f.Package, f.Version, pinned)
		}
	}
	entries, err := os.ReadDir("vendor")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !listed[e.Name()] {
			t.Errorf("vendor/%s is not in vendor/manifest.json", e.Name())
		}
	}
	for _, a := range append(slices.Clone(web.Assets), web.ViewerAssets...) {
		if a.Package == "" {
			if _, err := os.Stat(filepath.Join("assets", a.Name)); err != nil {
				t.Errorf("newsgraph's own asset %s is not in assets/: %v", a.Name, err)
			}
		} else if a.Integrity == "" || !strings.Contains(a.Package, "@") {
			t.Errorf("third-party asset %+v lacks its package version or hash", a)
		}
	}
}

var viewerConfRE = regexp.MustCompile(`(?s)<script id="newsgraph-config" type="application/json">(.*?)</script>`)

func TestViewerPageLoadsOnlyEmbeddedAssets(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/viewer/", http.StripPrefix("/viewer", web.Viewer("/graphql", "http://127.0.0.1:9/export")))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, body := get(t, srv.URL+"/viewer")
	if resp.StatusCode != http.StatusOK || resp.Request.URL.Path != "/viewer/" {
		t.Fatalf("GET /viewer: status %d at %s, want 200 at /viewer/", resp.StatusCode, resp.Request.URL.Path)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type %q, want text/html", ct)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self' http://127.0.0.1:9"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	page := string(body)
	loaded := map[string]bool{}
	for _, m := range srcRE.FindAllStringSubmatch(page, -1) {
		ref, integrity := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		if strings.HasPrefix(ref, "data:") {
			continue
		}
		if !strings.HasPrefix(ref, "assets/") || integrity == "" {
			t.Errorf("page loads %q (integrity %q), which is not an embedded asset with its hash", ref, integrity)
			continue
		}
		resp, b := get(t, srv.URL+"/viewer/"+ref)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET /viewer/%s: status %d", ref, resp.StatusCode)
			continue
		}
		if got := web.Integrity(b); got != integrity {
			t.Errorf("GET /viewer/%s: body has integrity %s, page says %s", ref, got, integrity)
		}
		loaded[strings.TrimPrefix(ref, "assets/")] = true
	}
	for _, a := range web.ViewerAssets {
		if !loaded[a.Name] {
			t.Errorf("page does not load asset %s", a.Name)
		}
	}
	for _, name := range []string{"NOTICE", "cytoscape.LICENSE"} {
		if resp, _ := get(t, srv.URL+"/viewer/assets/"+name); resp.StatusCode != http.StatusOK {
			t.Errorf("GET /viewer/assets/%s: status %d", name, resp.StatusCode)
		}
	}
	if resp, _ := get(t, srv.URL+"/viewer/assets/../viewer.go"); resp.StatusCode == http.StatusOK {
		t.Errorf("a path out of the assets is served")
	}

	m := viewerConfRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("page has no newsgraph-config script")
	}
	var conf struct {
		GraphQL, Export string
		MaxRoots        int
		Formats         []struct{ Name, Extension string }
		Classes         []struct {
			Name, Group string
			Symmetric   bool
		}
		Kinds []string
	}
	if err := json.Unmarshal([]byte(m[1]), &conf); err != nil {
		t.Fatalf("newsgraph-config is not JSON: %v\n%s", err, m[1])
	}
	if conf.GraphQL != "/graphql" || conf.Export != "http://127.0.0.1:9/export" || conf.MaxRoots != web.MaxExportRoots {
		t.Errorf("config endpoints %q and %q, maxRoots %d", conf.GraphQL, conf.Export, conf.MaxRoots)
	}
	if len(conf.Formats) != len(export.Formats()) || len(conf.Classes) != len(graph.EdgeClasses) || len(conf.Kinds) != len(graph.NodeKinds) {
		t.Errorf("config lists %d formats, %d classes and %d kinds; want %d, %d and %d",
			len(conf.Formats), len(conf.Classes), len(conf.Kinds), len(export.Formats()), len(graph.EdgeClasses), len(graph.NodeKinds))
	}
	for _, c := range conf.Classes {
		if c.Symmetric != graph.EdgeClass(c.Name).Symmetric() || c.Group == "" {
			t.Errorf("config class %+v", c)
		}
	}
}
