#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Makes a series project of one module per volume from a folder of TEI volumes:
#   new-series.sh VOLUMES_DIR PROJECT_DIR [TITLE]
# Each VOLUMES_DIR/NAME.xml becomes the module NAME (its TEI in NAME/src/main/tei/), in the order of the
# names; the module site depends on every volume and assembles the series site.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 VOLUMES_DIR PROJECT_DIR [TITLE]" >&2; exit 2; }
volumes=$1 project=$2 title=${3:-The series}
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$volumes" ] || { echo "$volumes: no such folder" >&2; exit 2; }
[ ! -e "$project" ] || { echo "$project: exists; give a new folder" >&2; exit 2; }
shopt -s nullglob
files=("$volumes"/*.xml)
[ ${#files[@]} -gt 0 ] || { echo "$volumes: holds no TEI volume (NAME.xml)" >&2; exit 2; }

mkdir -p "$project"
cp -r "$here/.mvn" "$here/mvnw" "$here/mvnw.cmd" "$here/pom.xml" "$here/site" "$project/"
modules="" dependencies=""
for tei in "${files[@]}"; do
  name=$(basename "$tei" .xml)
  mkdir -p "$project/$name/src/main/tei"
  cp "$tei" "$project/$name/src/main/tei/"
  sed "s/@VOLUME@/$name/" "$here/volume-pom.xml" > "$project/$name/pom.xml"
  modules+="    <module>$name</module>\n"
  dependencies+="    <dependency>\n      <groupId>org.example.series</groupId>\n      <artifactId>$name</artifactId>\n      <version>1.0</version>\n    </dependency>\n"
done
sed -i "s#^    <module>site</module>#${modules}    <module>site</module>#" "$project/pom.xml"
sed -i "s#^  <dependencies>#  <dependencies>\n${dependencies%\\n}#" "$project/site/pom.xml"
sed -i "s#<series.title>.*</series.title>#<series.title>${title//&/\\&amp;}</series.title>#" "$project/pom.xml"
echo "made $project: $(cd "$project" && ls -d */ | tr -d / | tr '\n' ' ')"
