#!/bin/sh
# Removes what install.sh placed (same PREFIX), and the folders and generated caches that are
# left empty or only describe it. Workspace files and settings stay: they are the user's,
# wherever they were saved (settings: ~/.config/Leitplanken).
set -eu
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
[ -n "${PREFIX:-}" ] && data=$prefix/share
app=$prefix/lib/leitplanken
hicolor=$data/icons/hicolor

# Removes each folder that is empty (deepest first as listed); others stay as they are.
prune() {
    for folder in "$@"; do
        [ -d "$folder" ] && rmdir "$folder" 2>/dev/null || true
    done
}

rm -rf "$app"
[ -L "$prefix/bin/leitplanken" ] && rm -f "$prefix/bin/leitplanken"
rm -f "$data/applications/leitplanken.desktop" "$data/mime/packages/leitplanken.xml"
for icon in "$hicolor"/*/apps/leitplanken.* "$hicolor"/*/mimetypes/application-x-leitplanken.*; do
    [ -e "$icon" ] && rm -f "$icon"
done

# The user's MIME database is generated from mime/packages alone: with no package left in
# it, every file there described only Leitplanken.
if [ -d "$data/mime/packages" ] && [ -z "$(ls -A "$data/mime/packages")" ]; then
    rm -rf "$data/mime"
elif command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
    update-mime-database "$data/mime" || true
fi
if [ -d "$data/applications" ]; then
    if ls "$data/applications"/*.desktop >/dev/null 2>&1; then
        command -v update-desktop-database >/dev/null 2>&1 && \
            update-desktop-database -q "$data/applications" || true
    else
        rm -f "$data/applications/mimeinfo.cache"  # it listed only our entry
    fi
fi
# The default install.sh set with xdg-mime (only that line; other defaults stay).
mimeapps=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list
if [ -f "$mimeapps" ] && grep -q '^application/x-leitplanken=leitplanken\.desktop;*$' "$mimeapps"; then
    grep -v '^application/x-leitplanken=leitplanken\.desktop;*$' "$mimeapps" > "$mimeapps.new" || true
    mv "$mimeapps.new" "$mimeapps"
fi

# Icon folders: the size folders install.sh filled, then the theme cache if nothing else is left.
for size in "$hicolor"/*/; do
    prune "${size}apps" "${size}mimetypes" "${size%/}"
done
if [ -d "$hicolor" ] && [ -z "$(find "$hicolor" -type f ! -name icon-theme.cache)" ]; then
    rm -f "$hicolor/icon-theme.cache"
elif command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$hicolor" 2>/dev/null || true
fi
prune "$hicolor" "$data/icons" "$data/applications" "$data" "$prefix/lib" "$prefix/bin"
echo "Leitplanken is removed. Your workspace files and settings are kept."
