// Package web serves newsgraph's browser front-ends and file exports over
// HTTP, all from the binary, so that they work offline and behind
// firewalls:
//
//   - Playground, a GraphiQL page whose scripts and styles (GraphiQL
//     4.1.2, React 18.2.0 and the GraphiQL explorer plugin 4.0.6) are
//     embedded, where gqlgen's stock playground loads them from a CDN and
//     hangs;
//   - Viewer, a network viewer built on Cytoscape.js with the fcose
//     layout: search every kind of node by any spelling (hits ranked
//     and grouped by kind); draw actors and their interactions with
//     what they said, did and were mentioned in folded into counts, a
//     hub's strongest neighbours with "n more" and labels kept apart;
//     find and draw the shortest paths between two actors with each
//     relation's direction; read a node's evidence on a timeline with a
//     period brush; filter by node kind, relation class and period;
//     read the evidence of what is selected; export the view as PNG or
//     in any export format; share the view by its URL;
//   - ExportHandler, GET /export, which streams the whole graph or a
//     neighbourhood in any format of package graph/export as a download.
//
// The pages talk to the GraphQL API (package resolvers) and to
// ExportHandler only over HTTP, so this package needs nothing but
// packages graph and graph/export.
//
// All third-party JavaScript comes from the npm registry through one
// package.json and its package-lock.json; `go generate ./web` runs
// build-assets.sh, which installs the pinned versions (npm ci) and copies
// the files the pages load, unchanged, into vendor/ (marked
// linguist-vendored in .gitattributes), writing vendor/manifest.json with
// each file's package, version, licence and integrity hash, and
// vendor/NOTICE. The tables Assets and ViewerAssets take the hashes from
// the manifest; tests check the embedded files against it and the
// manifest against the lockfile, and the pages' script and link tags
// carry the hashes as integrity attributes. newsgraph's own scripts and
// styles (assets/playground.js, viewer.js, viewer.css) are written by
// hand: the pages need no bundler.
//
// Each page sends a Content-Security-Policy that lets it load nothing but
// its own origin (and the endpoints' origins, when those are others).
package web
