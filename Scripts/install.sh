#!/usr/bin/env bash
# Installs `zhtext` and its dictionaries: PREFIX/bin/zhtext and PREFIX/share/zhtext/Dictionaries (where the binary
# looks for them, next to its own folder).
# Usage: Scripts/install.sh [PREFIX]                    (default /usr/local; builds with `swift build -c release`)
#        Scripts/install.sh --from-build DIR [PREFIX]   (installs what is already built in DIR, e.g. .build/release)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=""
if [ "${1:-}" = "--from-build" ]; then
    build=${2:?"--from-build needs a build folder"}
    shift 2
fi
prefix=${1:-/usr/local}
if [ -z "$build" ]; then
    swift build -c release --package-path "$root" --product zhtext
    build=$(swift build -c release --package-path "$root" --show-bin-path)
fi
resources="$build/ZhText_ZhTextData.resources"
if [ ! -x "$build/zhtext" ] || [ ! -f "$resources/encoding/frequent-han.txt" ]; then
    echo "install.sh: $build holds no zhtext binary with its ZhText_ZhTextData.resources" >&2
    exit 1
fi
mkdir -p "$prefix/bin" "$prefix/share/zhtext"
install -m 755 "$build/zhtext" "$prefix/bin/zhtext"
rm -rf "$prefix/share/zhtext/Dictionaries.new"
cp -R "$resources" "$prefix/share/zhtext/Dictionaries.new"
rm -rf "$prefix/share/zhtext/Dictionaries"
mv "$prefix/share/zhtext/Dictionaries.new" "$prefix/share/zhtext/Dictionaries"
cp "$root/LICENSE" "$root/NOTICE" "$prefix/share/zhtext/"
echo "installed $prefix/bin/zhtext (dictionaries in $prefix/share/zhtext/Dictionaries)"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "add $prefix/bin to PATH, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
