#!/bin/sh
# publish-catalogs.sh PO_DIR LOCALE_LINK
#
# Compiles every PO_DIR/<lang>.po with `msgfmt --check` into a NEW folder
# LOCALE_LINK-gens/<time>/<lang>/LC_MESSAGES/mira.mo, then points the
# symbolic link LOCALE_LINK at it in one atomic rename. A running kiosk
# notices the new link and rebinds; a loaded .mo is never overwritten (that
# would kill the kiosk with SIGBUS) and no half-written file is ever read.
#
# A catalog that fails the check is reported with file and line; its last
# good compiled copy is kept, so a typo never takes a language away.
set -u
po_dir=$1
link=$2
gens="$link-gens"
stamp=$(date +%Y%m%dT%H%M%S%N)
new="$gens/$stamp"
failed=0

mkdir -p "$new" || exit 1
for po in "$po_dir"/*.po; do
	[ -f "$po" ] || continue
	lang=$(basename "$po" .po)
	dir="$new/$lang/LC_MESSAGES"
	mkdir -p "$dir"
	if msgfmt --check -o "$dir/mira.mo" "$po" 2>"$new/$lang.errors"; then
		rm -f "$new/$lang.errors"
	else
		failed=$((failed + 1))
		echo "Catalog $po has errors and was not published:" >&2
		sed 's/^/    /' "$new/$lang.errors" >&2
		rm -f "$dir/mira.mo"
		if [ -f "$link/$lang/LC_MESSAGES/mira.mo" ]; then
			cp "$link/$lang/LC_MESSAGES/mira.mo" "$dir/mira.mo"
			echo "    The kiosk keeps showing the last good version of $lang." >&2
		else
			echo "    The kiosk shows $lang in English until this is fixed." >&2
		fi
	fi
done

# Atomic switch: a new link renamed over the old one.
ln -sfn "$(basename "$gens")/$stamp" "$link.new" && mv -T "$link.new" "$link" || exit 1

# Old generations: keep the newest three (a kiosk may still be reading the
# one before; removing a file it has mapped is safe, rewriting it is not).
ls -1d "$gens"/*/ 2>/dev/null | sort | head -n -3 | while read -r old; do rm -rf "$old"; done
echo "Published catalogs: $link -> $stamp ($failed with errors)"
exit 0
