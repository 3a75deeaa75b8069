#!/bin/sh
# A changed .po reaches a running kiosk within 2 seconds, without restart:
# the real kiosk in Xvfb shows a Norwegian title; staff change the catalog
# and publish; 2 seconds later the screen itself (read by tesseract) shows
# the new title.
. tests/e2e/lib.sh
E2E_DIR="$BUILD/e2e-reload"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR/data/po"
data=$(cd "$E2E_DIR/data" && pwd)
ln -s "$(pwd)/fonts" "$data/fonts"
cp -r assets "$data/assets"
trap stop_all EXIT

write_po() { # TITLE
	cat >"$data/po/nb.po" <<PO
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"X-Review-Status: reviewed\n"

msgctxt "guide/legevakt/title"
msgid "Legevakt: the emergency doctor in Oslo"
msgstr "$1"
PO
	sh src/tools/publish-catalogs.sh "$data/po" "$data/locale" >/dev/null
}

write_po "Legevakt VERSJON ALFA"
start_xvfb 1280x800 || exit 1
start_kiosk --windowed=1280x800 --data-dir "$data" --locale-dir "$data/locale" --lang nb \
	--page legevakt || { echo "FAIL: the kiosk did not start"; cat "$E2E_DIR/kiosk.log"; exit 1; }
before=$(screen_text nor "$E2E_DIR/before")
echo "$before" | grep -q "ALFA" || { echo "FAIL: first title not on screen: $before"; exit 1; }

write_po "Legevakt VERSJON OMEGA"
sleep 2
after=$(screen_text nor "$E2E_DIR/after")
echo "$after" | grep -q "OMEGA" || { echo "FAIL: new title not on screen after 2 s: $after"; exit 1; }
echo "$after" | grep -q "ALFA" && { echo "FAIL: old title still on screen"; exit 1; }
kill -0 "$KIOSK_PID" || { echo "FAIL: the kiosk died"; exit 1; }
echo "ok: the running kiosk showed the new title within 2 seconds"
