#!/bin/sh
# Removes what install.sh placed (same PREFIX). Workspace files and settings stay:
# they are the user's, wherever they were saved (settings: ~/.config/Leitplanken).
set -eu
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
[ -n "${PREFIX:-}" ] && data=$prefix/share
app=$prefix/lib/leitplanken

rm -rf "$app"
[ -L "$prefix/bin/leitplanken" ] && rm -f "$prefix/bin/leitplanken"
rm -f "$data/applications/leitplanken.desktop" "$data/mime/packages/leitplanken.xml"
for icon in "$data"/icons/hicolor/*/apps/leitplanken.* "$data"/icons/hicolor/*/mimetypes/application-x-leitplanken.*; do
    [ -e "$icon" ] && rm -f "$icon"
done

command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
echo "Leitplanken is removed. Your workspace files and settings are kept."
