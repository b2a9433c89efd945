#!/bin/sh
# build-assets.sh installs the third-party JavaScript of newsgraph's web
# pages (the GraphiQL playground and the network viewer) from the npm
# registry, at the versions pinned in package.json and package-lock.json,
# and copies the files the pages load, unchanged, into vendor/ (run by
# `go generate ./web`; needs npm and node). It writes
# vendor/manifest.json, which records for each file its package, version,
# licence and subresource-integrity hash (the Go tables read it, tests
# check the files against it), and vendor/NOTICE. To change a version,
# edit package.json, run `npm install --package-lock-only --ignore-scripts`
# here, then this script.
#
# newsgraph's own scripts and styles are in assets/, written by hand: no
# bundler is needed, as each package ships a build that sets a global
# when loaded with a plain script tag.
set -eu

cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund --silent

# file-name-in-vendor  package  path-in-package
files='
graphiql.min.js             graphiql                   graphiql.min.js
graphiql.min.css            graphiql                   graphiql.min.css
graphiql.LICENSE            graphiql                   LICENSE
react.production.min.js     react                      umd/react.production.min.js
react.LICENSE               react                      LICENSE
react-dom.production.min.js react-dom                  umd/react-dom.production.min.js
react-dom.LICENSE           react-dom                  LICENSE
plugin-explorer.umd.js      @graphiql/plugin-explorer  dist/index.umd.js
plugin-explorer.css         @graphiql/plugin-explorer  dist/style.css
cytoscape.min.js            cytoscape                  dist/cytoscape.min.js
cytoscape.LICENSE           cytoscape                  LICENSE
layout-base.js              layout-base                layout-base.js
layout-base.LICENSE         layout-base                LICENSE
cose-base.js                cose-base                  cose-base.js
cose-base.LICENSE           cose-base                  LICENSE
cytoscape-fcose.js          cytoscape-fcose            cytoscape-fcose.js
cytoscape-fcose.LICENSE     cytoscape-fcose            LICENSE
'

rm -rf vendor
mkdir vendor
echo "$files" | while read -r name pkg path; do
	[ -n "$name" ] || continue
	cp "node_modules/$pkg/$path" "vendor/$name"
done

# The manifest and the NOTICE, from the files copied and the packages'
# own package.json.
FILES="$files" node - <<'JS'
const fs = require('fs'), crypto = require('crypto');
const rows = process.env.FILES.trim().split('\n').map((l) => l.trim().split(/\s+/));
const files = rows.map(([name, pkg, path]) => {
  const meta = JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8'));
  const body = fs.readFileSync(`vendor/${name}`);
  return {
    name, package: pkg, version: meta.version, path, license: meta.license,
    integrity: 'sha256-' + crypto.createHash('sha256').update(body).digest('base64'),
  };
});
fs.writeFileSync('vendor/manifest.json', JSON.stringify({
  comment: 'Written by ../build-assets.sh from the packages pinned in ../package-lock.json; do not edit.',
  files,
}, null, 2) + '\n');
const pkgs = new Map();
for (const f of files) {
  const k = `${f.package} ${f.version}`;
  if (!pkgs.has(k)) pkgs.set(k, { ...f, names: [] });
  pkgs.get(k).names.push(f.name);
}
let notice = 'Third-party files in this directory, copied unchanged from the npm packages\n' +
  'pinned in ../package-lock.json by ../build-assets.sh, and served by the\n' +
  'playground and the network viewer. Each package\'s licence text is in the\n' +
  'file named PACKAGE.LICENSE where the package ships one.\n\n';
for (const p of pkgs.values()) {
  notice += `${p.package} ${p.version} (${p.license}): ${p.names.join(', ')}\n`;
}
fs.writeFileSync('vendor/NOTICE', notice);
for (const f of files) console.log(`${f.name.padEnd(28)} ${f.package}@${f.version} ${f.integrity}`);
JS
