#!/bin/sh
# new-catalog.sh LANG: creates po/LANG.po from po/mira.pot with the header
# the kiosk needs: the language, its Plural-Forms from the languages
# registry (msginit writes none for ar, fa, ur, ckb, so, ti) and
# X-Review-Status: draft. The language must be in src/content/language.c.
set -eu
lang=$1
BUILD=${BUILD:-build}
po="po/$lang.po"
[ -e "$po" ] && { echo "$po exists already; use make po-update" >&2; exit 1; }
row=$("$BUILD/mira-kiosk" --list-languages | awk -F '\t' -v l="$lang" '$1 == l')
[ -n "$row" ] || { echo "'$lang' is not in the languages registry (src/content/language.c)" >&2; exit 1; }
name=$(printf '%s' "$row" | cut -f3)
plural=$(printf '%s' "$row" | cut -f4)
msginit --no-translator --no-wrap --locale="$lang" --input=po/mira.pot --output-file="$po" 2>/dev/null
# Header: the draft notice for people, and the fields for the kiosk.
tmp="$po.tmp"
{
	echo "# $name translation of the MiRA kiosk."
	echo "# DRAFT: written without a native speaker. It must be reviewed by a native"
	echo "# speaker before it is relied on; then set X-Review-Status: reviewed."
	sed -e '1,/^msgid ""/{/^#/d}' "$po"
} >"$tmp"
mv "$tmp" "$po"
# Plural-Forms holds & and |, so awk, not sed, writes it.
awk -v plural="$plural" -v date="$(date -u '+%Y-%m-%d %H:%M+0000')" '
	/^"(Plural-Forms|X-Review-Status|Content-Type|PO-Revision-Date):/ { next }
	/^"Content-Transfer-Encoding:/ {
		print "\"Content-Type: text/plain; charset=UTF-8\\n\""
		print
		print "\"Plural-Forms: " plural "\\n\""
		print "\"X-Review-Status: draft\\n\""
		print "\"PO-Revision-Date: " date "\\n\""
		next
	}
	{ print }' "$po" >"$tmp" && mv "$tmp" "$po"
echo "Created $po ($name, draft)"
