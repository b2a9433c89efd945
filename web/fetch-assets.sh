#!/bin/sh
# fetch-assets.sh re-fetches the playground's third-party assets from the
# npm registry into assets/ (run by `go generate ./web`). It needs npm and
# tar. After a change of version, update the table in assets.go with the
# integrity hashes this script prints, and the versions in NOTICE.
set -eu

cd "$(dirname "$0")"
dest=$(pwd)/assets
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# package@version  path-in-tarball  file-name-in-assets
fetch() {
	spec=$1 src=$2 name=$3
	dir=$tmp/$(echo "$spec" | tr '@/' '__')
	mkdir -p "$dir"
	if [ ! -f "$dir/.done" ]; then
		(cd "$dir" && npm pack --silent "$spec" >/dev/null && tar xzf ./*.tgz && touch .done)
	fi
	cp "$dir/package/$src" "$dest/$name"
	printf '%-32s sha256-%s\n' "$name" "$(openssl dgst -sha256 -binary "$dest/$name" | base64)"
}

fetch graphiql@4.1.2 graphiql.min.js graphiql.min.js
fetch graphiql@4.1.2 graphiql.min.css graphiql.min.css
fetch graphiql@4.1.2 LICENSE graphiql.LICENSE
fetch react@18.2.0 umd/react.production.min.js react.production.min.js
fetch react@18.2.0 LICENSE react.LICENSE
fetch react-dom@18.2.0 umd/react-dom.production.min.js react-dom.production.min.js
fetch react-dom@18.2.0 LICENSE react-dom.LICENSE
fetch @graphiql/plugin-explorer@4.0.6 dist/index.umd.js plugin-explorer.umd.js
fetch @graphiql/plugin-explorer@4.0.6 dist/style.css plugin-explorer.css
