#!/bin/sh
# build.sh rebuilds the network viewer's third-party scripts in assets/
# from the npm packages pinned in package.json and package-lock.json (run
# by `go generate ./web`). It needs npm. The viewer's own files,
# viewer.js and viewer.css, are written by hand and left alone.
#
# No bundler is needed: each package ships a UMD build that, loaded with
# a plain script tag, sets a global (cytoscape, layoutBase, coseBase,
# cytoscapeFcose). After a change of version, update the table in
# ../viewer.go with the hashes this script prints, and NOTICE.
set -eu

cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund --silent

# path-in-node_modules  file-name-in-assets
copy() {
	cp "node_modules/$1" "assets/$2"
	printf '%-24s sha256-%s\n' "$2" "$(openssl dgst -sha256 -binary "assets/$2" | base64)"
}

copy cytoscape/dist/cytoscape.min.js cytoscape.min.js
copy cytoscape/LICENSE cytoscape.LICENSE
copy layout-base/layout-base.js layout-base.js
copy layout-base/LICENSE layout-base.LICENSE
copy cose-base/cose-base.js cose-base.js
copy cose-base/LICENSE cose-base.LICENSE
copy cytoscape-fcose/cytoscape-fcose.js cytoscape-fcose.js
copy cytoscape-fcose/LICENSE cytoscape-fcose.LICENSE
