package export_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph/export"
)

// TestGolden compares every format's export of the fixture with
// testdata/fixture.<extension> (the csv format by its files, under
// testdata/csv/); go test -update rewrites them.
func TestGolden(t *testing.T) {
	g := newMemGraph(t, fixture(t)...)
	for _, f := range export.Formats() {
		if f.Name == "csv" || f.Name == "json" { // json: TestJSONContract
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			golden(t, "fixture."+f.Extension, export1(t, g, f.Name, export.Scope{}))
		})
	}
	t.Run("csv", func(t *testing.T) {
		dir := t.TempDir()
		if err := export.WriteCSVFiles(context.Background(), dir, g, export.Scope{}); err != nil {
			t.Fatal(err)
		}
		for _, name := range export.CSVFiles() {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("csv", name), b)
		}
	})
	t.Run("schema", func(t *testing.T) {
		for _, format := range []string{"nquads", "dgraph"} {
			s, err := export.Schema(format)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, format+".schema", []byte(s))
		}
	})
}
