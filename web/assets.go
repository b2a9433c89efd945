package web

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
)

//go:embed assets
var assetFS embed.FS

// Asset is one file the playground page loads.
type Asset struct {
	// Name is the file's name under assets/ and under the page's
	// assets/ URL path.
	Name string
	// Package is the npm package and version the file comes from, or ""
	// for newsgraph's own files.
	Package string
	// Integrity is the file's subresource-integrity hash as published
	// (the same hash a CDN copy of the file has), or "" for newsgraph's
	// own files, whose hash is computed.
	Integrity string
}

// Assets lists the files the page loads, in the order it loads them.
var Assets = []Asset{
	{"react.production.min.js", "react@18.2.0", "sha256-S0lp+k7zWUMk2ixteM6HZvu8L9Eh//OVrt+ZfbCpmgY="},
	{"react-dom.production.min.js", "react-dom@18.2.0", "sha256-IXWO0ITNDjfnNXIu5POVfqlgYoop36bDzhodR6LW5Pc="},
	{"graphiql.min.css", "graphiql@4.1.2", "sha256-MEh+B2NdMSpj9kexQNN3QKc8UzMrCXW/Sx/phcpuyIU="},
	{"plugin-explorer.css", "@graphiql/plugin-explorer@4.0.6", "sha256-aJCaSuI7+t/EWRrLTis8jU9EFTua5/o7fnwxnroxDvE="},
	{"graphiql.min.js", "graphiql@4.1.2", "sha256-hnImuor1znlJkD/FOTL3jayfS/xsyNoP04abi8bFJWs="},
	{"plugin-explorer.umd.js", "@graphiql/plugin-explorer@4.0.6", "sha256-UM8sWOS0Xa9yLY85q6Clh0pF4qpxX+TOcJ41flECqBs="},
	{"playground.js", "", ""},
}

// Integrity computes the subresource-integrity hash ("sha256-…") of b.
func Integrity(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// ReadAsset returns the embedded bytes of the named asset.
func ReadAsset(name string) ([]byte, error) {
	return assetFS.ReadFile("assets/" + name)
}
