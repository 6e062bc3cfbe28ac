#!/usr/bin/env bash
# Generates a new partnership-type module from plugins/wops-type-template.
#   plugins/new-type.sh <type-id> <ClassName> [target-folder]
# e.g. plugins/new-type.sh climate-resilience ClimateResilienceType
# The module is written to plugins/wops-type-<type-id> (or target-folder); see docs/PLUGINS.md for what comes next.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <type-id> <ClassName> [target-folder]" >&2
  exit 2
fi
id=$1
class=$2
here=$(cd "$(dirname "$0")" && pwd)
target=${3:-$here/wops-type-$id}

if ! [[ $id =~ ^[a-z][a-z0-9-]{1,39}$ ]] || [[ $id == wop* ]]; then
  echo "The type id must match [a-z][a-z0-9-]{1,39} and must not start with 'wop' (reserved for built-in types)." >&2
  exit 2
fi
if ! [[ $class =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "The class name must be a Java class name, e.g. ClimateResilienceType." >&2
  exit 2
fi
if [ -e "$target" ]; then
  echo "$target exists already." >&2
  exit 2
fi

package=$(echo "$id" | tr -d '-')
mkdir -p "$target"
(cd "$here/wops-type-template" && tar --exclude=./target -cf - .) | (cd "$target" && tar -xf -)

mv "$target/src/main/java/org/wops/plugins/template" "$target/src/main/java/org/wops/plugins/$package"
mv "$target/src/test/java/org/wops/plugins/template" "$target/src/test/java/org/wops/plugins/$package"
mv "$target/src/main/java/org/wops/plugins/$package/TemplateTwinningType.java" \
  "$target/src/main/java/org/wops/plugins/$package/$class.java"
mv "$target/src/test/java/org/wops/plugins/$package/TemplateTwinningTypeTest.java" \
  "$target/src/test/java/org/wops/plugins/$package/${class}Test.java"

find "$target" -type f \( -name '*.java' -o -name 'pom.xml' -o -name 'org.wops.domain.type.PartnershipType' \) -print0 |
  xargs -0 sed -i \
    -e "s/org\.wops\.plugins\.template/org.wops.plugins.$package/g" \
    -e "s/TemplateTwinningType/$class/g" \
    -e "s/example-twinning/$id/g" \
    -e "s/wops-type-template/wops-type-$id/g" \
    -e "s/WOPs type: template (copy me with new-type.sh)/WOPs type: $id/g"

echo "Created $target (type id '$id', class org.wops.plugins.$package.$class)."
echo "Next: add <module>wops-type-$id</module> to plugins/pom.xml, then either add the module as a dependency of"
echo "wops-web/pom.xml (a built-in type) or copy its jar into the folder named by WOPS_PLUGINS_DIR (a drop-in)."
