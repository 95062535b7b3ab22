#!/bin/sh
# Fetches every file that src/main/resources/dossier/assets/vendor.json lists from its npm package
# again (npm pack of the pinned version), and checks it against the hash recorded there and against
# the file in assets/. Run it after changing a version in vendor.json, with --update to copy the
# fetched files into assets/ (then write the new hashes into vendor.json: the script prints them).
# Needs node and npm; reaches only the npm registry.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
assets="$here/../resources/dossier/assets"
update=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
node -e '
  const v = require(process.argv[1]);
  for (const f of v.files) console.log([f.file, f.package, f.version, f.path, f.sha256].join(" "));
' "$assets/vendor.json" > "$work/list"
while read -r file package version path sha; do
  dir="$work/$package-$version"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$package@$version" > /dev/null && tar xzf ./*.tgz)
  fi
  fetched=$(sha256sum "$dir/$path" | cut -d' ' -f1)
  if [ "$update" = "--update" ]; then
    cp "$dir/$path" "$assets/$file"
    echo "$file $fetched (copied from $package@$version $path)"
    continue
  fi
  present=$(sha256sum "$assets/$file" | cut -d' ' -f1)
  if [ "$fetched" = "$sha" ] && [ "$present" = "$sha" ]; then
    echo "ok $file = $package@$version $path ($sha)"
  else
    echo "MISMATCH $file: recorded $sha, npm $fetched, assets/ $present" >&2
    status=1
  fi
done < "$work/list"
exit $status
