#!/bin/sh
# Take it with you: every contact's QR card, rendered headless as a visitor
# sees it (--screenshot --page qr/ID), read back by zbarimg (zbar-tools),
# must hold exactly the vCard made independently from the registry and the
# compiled catalogs (tests/show/expected_vcard.py): in Arabic at 1920x1080,
# 1080x1920 and 1280x800, and in high contrast; a Somali and a Norwegian
# card too; the help-now numbers alone as tel: codes. The code is drawn
# crisp: its modules are whole pixels (zbar reads it at every size), and it
# is at least 35 mm wide by the kiosk's 96 pixels for 9 mm rule.
. tests/e2e/lib.sh
DIR="$BUILD/test-qr"
rm -rf "$DIR"
mkdir -p "$DIR"
LOCALE="$BUILD/locale"

# decodes PNG EXPECTED: zbarimg reads exactly the expected text.
decodes() {
	zbarimg -q --raw -Sdisable -Sqrcode.enable "$1" 2>/dev/null | head -c -1 >"$1.got"
	cmp -s "$1.got" "$2"
}

# qr_width PNG GEOMETRY: the width of the code itself (quiet zone not
# counted): the bounding box of its pure black pixels (no theme colour is
# pure black in the normal theme) inside GEOMETRY (below the strip).
qr_width() {
	convert "$1" -crop "$2" +repage -fill white +opaque black -trim -format '%w' info: 2>/dev/null
}

bad=""
count=0
for id in $(python3 tests/show/expected_vcard.py --ids); do
	for size in 1920x1080 1080x1920 1280x800; do
		png="$DIR/$id-$size.png"
		"$BUILD/mira-kiosk" --screenshot "$png" --lang ar --page "qr/$id" --size "$size" \
			2>>"$DIR/kiosk.log"
		python3 tests/show/expected_vcard.py "$LOCALE" ar "$id" >"$png.want"
		count=$((count + 1))
		decodes "$png" "$png.want" || bad="$bad $id@$size"
	done
done
if [ -z "$bad" ]; then check "every contact's QR card decodes to its vCard in Arabic at three sizes ($count cards)" ok
else check "every contact's QR card decodes to its vCard" "not exact:$bad (see $DIR/*.got)"; fi

bad=""
for id in $(python3 tests/show/expected_vcard.py --ids); do
	png="$DIR/$id-hc.png"
	"$BUILD/mira-kiosk" --screenshot "$png" --lang ar --page "qr/$id" --size 1280x800 \
		--high-contrast 2>>"$DIR/kiosk.log"
	python3 tests/show/expected_vcard.py "$LOCALE" ar "$id" >"$png.want"
	decodes "$png" "$png.want" || bad="$bad $id"
done
if [ -z "$bad" ]; then check "in high contrast too (black on white)" ok
else check "in high contrast too" "not exact:$bad"; fi

for lang in so nb ti; do
	png="$DIR/legevakt-$lang.png"
	"$BUILD/mira-kiosk" --screenshot "$png" --lang $lang --page qr/legevakt --size 1080x1920
	python3 tests/show/expected_vcard.py "$LOCALE" $lang legevakt >"$png.want"
	if decodes "$png" "$png.want"; then check "$lang: the legevakt card decodes to its vCard" ok
	else check "$lang: the legevakt card decodes to its vCard" "got: $(head -c 300 "$png.got")"; fi
done

bad=""
for id in police ambulance fire legevakt vo-linjen alarmtelefonen; do
	png="$DIR/tel-$id.png"
	"$BUILD/mira-kiosk" --screenshot "$png" --lang fa --page "tel/$id" --size 1280x800
	python3 tests/show/expected_vcard.py "$LOCALE" fa "$id" --tel >"$png.want"
	decodes "$png" "$png.want" || bad="$bad $id($(cat "$png.got"))"
done
if [ -z "$bad" ]; then check "the help-now numbers alone: tel: codes" ok
else check "the help-now numbers alone: tel: codes" "not exact:$bad"; fi

# Size: at least 35 mm (96 px a 9 mm on a 1080 px short side).
for size in 1920x1080 1080x1920 1280x800; do
	w=${size%x*}
	h=${size#*x}
	short=$((w < h ? w : h))
	min=$((35 * short * 96 / 9 / 1080))
	got=$(qr_width "$DIR/legevakt-$size.png" "${w}x$((h - 240))+0+240")
	if [ -n "$got" ] && [ "$got" -ge "$min" ]; then
		check "$size: the code is $got px wide, at least 35 mm ($min px)" ok
	else
		check "$size: the code is at least 35 mm wide" "$got px, want $min"
	fi
done
finish
