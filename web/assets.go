package web

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io/fs"
)

//go:generate sh build-assets.sh

// assetFS holds newsgraph's own scripts and styles (assets/, written by
// hand) and the third-party files (vendor/, copied from npm packages by
// build-assets.sh with their manifest and NOTICE).
//
//go:embed assets vendor
var assetFS embed.FS

// Asset is one file a page loads.
type Asset struct {
	// Name is the file's name under assets/ or vendor/ and under the
	// page's assets/ URL path.
	Name string
	// Package is the npm package and version the file comes from, or ""
	// for newsgraph's own files.
	Package string
	// Integrity is the file's subresource-integrity hash as
	// build-assets.sh recorded it when it copied the file from its
	// package, or "" for newsgraph's own files, whose hash is computed.
	Integrity string
}

// VendoredFile is one entry of vendor/manifest.json, which
// build-assets.sh writes.
type VendoredFile struct {
	Name      string `json:"name"`
	Package   string `json:"package"`
	Version   string `json:"version"`
	Path      string `json:"path"`
	License   string `json:"license"`
	Integrity string `json:"integrity"`
}

// Vendored lists the third-party files of vendor/, as its manifest
// records them.
var Vendored = readManifest()

func readManifest() []VendoredFile {
	b, err := assetFS.ReadFile("vendor/manifest.json")
	if err != nil {
		panic("web: vendor/manifest.json is not embedded; run go generate ./web")
	}
	var m struct {
		Files []VendoredFile `json:"files"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		panic("web: vendor/manifest.json: " + err.Error())
	}
	return m.Files
}

// vendored is the Asset of a third-party file, with the package and
// hash its manifest records.
func vendored(name string) Asset {
	for _, f := range Vendored {
		if f.Name == name {
			return Asset{name, f.Package + "@" + f.Version, f.Integrity}
		}
	}
	panic(fmt.Sprintf("web: %s is not in vendor/manifest.json", name))
}

// Assets lists the files the playground loads, in the order it loads
// them.
var Assets = []Asset{
	vendored("react.production.min.js"),
	vendored("react-dom.production.min.js"),
	vendored("graphiql.min.css"),
	vendored("plugin-explorer.css"),
	vendored("graphiql.min.js"),
	vendored("plugin-explorer.umd.js"),
	{"playground.js", "", ""},
}

// ViewerAssets lists the files the network viewer loads, in the order
// it loads them.
var ViewerAssets = []Asset{
	{"viewer.css", "", ""},
	vendored("cytoscape.min.js"),
	vendored("layout-base.js"),
	vendored("cose-base.js"),
	vendored("cytoscape-fcose.js"),
	{"viewer.js", "", ""},
}

// Integrity computes the subresource-integrity hash ("sha256-…") of b.
func Integrity(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// ReadAsset returns the embedded bytes of the named asset, newsgraph's
// own or vendored.
func ReadAsset(name string) ([]byte, error) {
	if b, err := assetFS.ReadFile("assets/" + name); err == nil {
		return b, nil
	}
	b, err := assetFS.ReadFile("vendor/" + name)
	if err != nil {
		return nil, fmt.Errorf("web: no asset %s: %w", name, fs.ErrNotExist)
	}
	return b, nil
}
