#!/bin/sh
# Installs Leitplanken for the current user (no root needed): the program into
# ~/.local/lib/leitplanken, a command in ~/.local/bin, the menu entry, the .leitplanken
# file type with its icon, and the app icon in every usual size. Run it from the unpacked
# tarball: ./install.sh   (PREFIX=/some/where ./install.sh installs there instead)
set -eu
case "${1:-}" in
    -h|--help)
        cat <<'HELP'
Usage: ./install.sh     installs Leitplanken for you alone (no root needed):
  ~/.local/lib/leitplanken   the program       ~/.local/bin/leitplanken   the command
  ~/.local/share/...         menu entry, .leitplanken file type, icons
PREFIX=/some/where ./install.sh installs under that folder instead. The menu entry and the
file type then lie in /some/where/share, which the desktop reads only if that folder is on
XDG_DATA_DIRS; the default ~/.local/share always is. ./uninstall.sh (same PREFIX) removes it.
HELP
        exit 0 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
[ -n "${PREFIX:-}" ] && data=$prefix/share
app=$prefix/lib/leitplanken

if [ ! -x "$here/leitplanken/leitplanken" ]; then
    echo "install.sh: run it from the unpacked Leitplanken folder (leitplanken/ is missing)" >&2
    exit 1
fi

# The program: a fresh copy, so nothing of an older version stays behind.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$app.new"
cp -R "$here/leitplanken" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/leitplanken" "$prefix/bin/leitplanken"

# Menu entry: the command by its full path, so it starts even if ~/.local/bin is not on PATH.
mkdir -p "$data/applications"
# The path goes into sed's replacement: its own special characters (& | \) are escaped.
app_sed=$(printf '%s' "$app" | sed 's/[&|\\]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$app_sed/leitplanken\" %f|" -e "s|^TryExec=.*|TryExec=$app_sed/leitplanken|" \
    "$here/share/applications/leitplanken.desktop" > "$data/applications/leitplanken.desktop"

# The file type and the icons (apps/leitplanken, mimetypes/application-x-leitplanken).
mkdir -p "$data/mime/packages" "$data/icons"
cp "$here/share/mime/packages/leitplanken.xml" "$data/mime/packages/leitplanken.xml"
cp -R "$here/share/icons/hicolor" "$data/icons/"

# Tell the desktop; each tool is optional (a minimal system may lack it, the files still count).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
command -v xdg-mime >/dev/null 2>&1 && \
    xdg-mime default leitplanken.desktop application/x-leitplanken 2>/dev/null || true

echo "Leitplanken is installed in $app."
echo "Start it from the applications menu, by double-clicking a .leitplanken file, or with: $prefix/bin/leitplanken"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "($prefix/bin is not on your PATH: the full path above always works.)" ;; esac
