#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Two machines of a fleet, one after the other, sharing a remote build cache:
#   fleet-demo.sh [VOLUMES_DIR] [WORK_DIR]
# VOLUMES_DIR (default: $TEI_EDITION_VOLUMES, else the test slices of the toolkit's repository) becomes a
# series project of one module per volume (new-series.sh), committed to a git repository in WORK_DIR
# (default: target/series-build). The first clone builds it cold with `./mvnw -T 2 package` and saves every
# module to the remote cache (a folder, file://WORK_DIR/remote-cache); a fresh clone, with an empty local
# cache as on another machine, builds it again and restores every module from the remote cache; a third,
# after one volume changed, publishes that volume alone. Prints the builds' times and checks that the
# second published nothing and made the same files, and that the third published one volume.
# Run from the toolkit's repository after `mvn package` (the plugin is installed from target/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
toolkit=$(cd "$here/../../../.." && pwd)
volumes=${1:-${TEI_EDITION_VOLUMES:-$toolkit/src/test/resources/corpus}}
work=${2:-$toolkit/target/series-build}
volumes=$(cd "$volumes" && pwd)
mkdir -p "$work" && work=$(cd "$work" && pwd)

plugin=$(ls "$toolkit"/target/tei-edition-maven-plugin-*.jar 2>/dev/null | grep -v -- '-cli\.jar$' | head -1 || true)
[ -n "$plugin" ] || { echo "no plugin jar in $toolkit/target: run mvn package first" >&2; exit 2; }
(cd "$toolkit" && mvn -B -q -o install:install-file -Dfile="$plugin" -DpomFile=pom.xml)

rm -rf "$work/origin" "$work"/machine-* "$work/remote-cache"
"$here/new-series.sh" "$volumes" "$work/origin" "Foreign Relations of the United States" >/dev/null
git -C "$work/origin" init -q && git -C "$work/origin" add -A
git -C "$work/origin" -c user.name=series -c user.email=series@example.org commit -q -m "the series"

# one machine of the fleet: a fresh clone, its own (empty) local cache, the shared remote cache
build() {
  local machine=$work/$1; shift
  git clone -q "$work/origin" "$machine"
  local start=$(date +%s.%N)
  (cd "$machine" && ./mvnw -B -T 2 package \
      -Dmaven.build.cache.location="$machine/.local-cache" \
      -Dmaven.build.cache.remote.url="file://$work/remote-cache" "$@") > "$machine/build.log" 2>&1 \
    || { tail -40 "$machine/build.log" >&2; exit 1; }
  awk -v name="$(basename "$machine")" -v start="$start" -v end="$(date +%s.%N)" 'BEGIN { printf "%s: %.1f s\n", name, end - start }'
}
build machine-1 -Dmaven.build.cache.remote.save.enabled=true
build machine-2

modules=$(ls -d "$work"/origin/*/src/main/tei | wc -l)
restored=$(grep -c 'Found cached build, restoring' "$work/machine-2/build.log" || true)
published=$(grep -c 'tei-edition: building .*\.pdf' "$work/machine-2/build.log" || true)
echo "machine-2 restored $restored modules of $((modules + 1)) (the volumes and the site) and published $published volumes"
for folder in "$work"/machine-1/*/target/edition "$work"/machine-1/site/target/series; do
  diff -r "$folder" "$work/machine-2/${folder#"$work"/machine-1/}" > /dev/null \
    || { echo "machine-2's ${folder#"$work"/machine-1/} differs from machine-1's" >&2; exit 1; }
done
echo "every publication and the series site are the same files on both machines"
[ "$restored" -eq $((modules + 1)) ] && [ "$published" -eq 0 ]

# a third machine after one volume changed: that volume and the site are built, the others restored
first=$(ls -d "$work"/origin/*/src/main/tei | head -1)
echo "<!-- corrected -->" >> "$(ls "$first"/*.xml)"
git -C "$work/origin" -c user.name=series -c user.email=series@example.org commit -q -am "a volume corrected"
build machine-3
restored=$(grep -c 'Found cached build, restoring' "$work/machine-3/build.log" || true)
published=$(grep -c 'tei-edition: building .*\.pdf' "$work/machine-3/build.log" || true)
echo "machine-3 restored $restored modules and published $published volume"
[ "$restored" -eq $((modules - 1)) ] && [ "$published" -eq 1 ]
