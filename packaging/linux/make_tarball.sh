#!/bin/sh
# Packs the Linux bundle with its installer: dist/leitplanken-<version>-linux-<arch>.tar.gz
# Needs dist/leitplanken (make package) and build/icons (packaging/make_icons.py).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/desktop/leitplanken/__init__.py")
name=leitplanken-$version-linux-$(uname -m)
stage=$root/build/tarball/$name
[ -x "$root/dist/leitplanken/leitplanken" ] || { echo "make_tarball.sh: build dist/leitplanken first (make package)" >&2; exit 1; }
[ -d "$root/build/icons/hicolor" ] || { echo "make_tarball.sh: run packaging/make_icons.py build/icons first" >&2; exit 1; }

rm -rf "$stage"
mkdir -p "$stage/share/applications" "$stage/share/mime/packages" "$stage/share/icons"
cp -R "$root/dist/leitplanken" "$stage/leitplanken"
cp "$root/packaging/linux/install.sh" "$root/packaging/linux/uninstall.sh" "$stage/"
chmod 755 "$stage/install.sh" "$stage/uninstall.sh"
cp "$root/packaging/linux/leitplanken.desktop" "$stage/share/applications/"
cp "$root/packaging/linux/leitplanken-mime.xml" "$stage/share/mime/packages/leitplanken.xml"
cp -R "$root/build/icons/hicolor" "$stage/share/icons/"
tar -C "$root/build/tarball" -czf "$root/dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
