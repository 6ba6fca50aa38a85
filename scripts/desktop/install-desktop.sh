#!/bin/sh
# Puts Thư ký in this user's applications menu, started from the folder this script is in.
# Run it again after moving the folder; delete ~/.local/share/applications/thuky.desktop to
# take Thư ký out of the menu. Needs no administrator rights.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
case "$here" in
    *'|'* | *'"'* | *'`'* | *'$'* | *'\'*)
        echo "Không cài được: đường dẫn $here có ký tự đặc biệt; hãy chuyển thư mục sang chỗ khác." >&2
        exit 1 ;;
esac
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed "s|@DIR@|$here|g" "$here/thuky.desktop" > "$apps/thuky.desktop.tmp"
mv "$apps/thuky.desktop.tmp" "$apps/thuky.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$apps" || true
fi
echo "Đã thêm Thư ký vào menu ứng dụng: $apps/thuky.desktop"
