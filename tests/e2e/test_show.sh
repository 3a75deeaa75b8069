#!/bin/sh
# Take it with you, show it to staff, as a visitor does it: the real kiosk
# in Xvfb at 1920x1080, real clicks (xdotool), the screen read back.
#   - Arabic: Help now, Show to staff, "Please speak slowly": tesseract reads it
#     in Norwegian on the screen; Back returns to the phrases; quick exit;
#   - English: Help now, the police card's Take with you: zbarimg reads the
#     vCard from the screen itself; Back; quick exit.
. tests/e2e/lib.sh
trap stop_all EXIT
E2E_DIR="$BUILD/e2e-show"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"

start_xvfb 1920x1080 || exit 1
"$BUILD/mira-kiosk" --debug-hits --locale-dir "$BUILD/locale" >"$E2E_DIR/hits" \
	2>"$E2E_DIR/kiosk.log" &
KIOSK_PID=$!
wait_for_picker

tap lang:ar
tap help-now
tap phrases
if on_screen phrases; then check "Arabic: Show to staff opens the phrase cards" ok; else
	check "Arabic: Show to staff opens the phrase cards" "on $(current_screen)"; fi
tap phrase:3
text=$(screen_text nor "$E2E_DIR/phrase")
if on_screen phrase/3 && echo "$text" | grep -q "snakke litt saktere"; then
	check "the phrase shows in Norwegian ('$(echo "$text" | grep saktere | head -1)')" ok
else
	check "the phrase shows in Norwegian" "on $(current_screen), read: $(echo "$text" | head -3)"
fi
tap back
if on_screen phrases; then check "Back returns to the phrases" ok; else
	check "Back returns to the phrases" "on $(current_screen)"; fi
tap quick-exit
if on_screen picker; then check "quick exit from the phrases" ok; else
	check "quick exit from the phrases" "on $(current_screen)"; fi

tap lang:en
tap help-now
tap qr:police
import -window root "$E2E_DIR/qr.png" 2>/dev/null
zbarimg -q --raw -Sdisable -Sqrcode.enable "$E2E_DIR/qr.png" 2>/dev/null | head -c -1 >"$E2E_DIR/qr.got"
python3 tests/show/expected_vcard.py "$BUILD/locale" en police >"$E2E_DIR/qr.want"
if on_screen qr/police && cmp -s "$E2E_DIR/qr.got" "$E2E_DIR/qr.want"; then
	check "Take with you: the police card's code, read from the screen, is its vCard" ok
else
	check "Take with you: the police card's code is its vCard" \
		"on $(current_screen); read: $(head -c 200 "$E2E_DIR/qr.got")"
fi
tap back
if on_screen help-now; then check "Back returns to the guide" ok; else
	check "Back returns to the guide" "on $(current_screen)"; fi
tap qr:police
tap quick-exit
if on_screen picker; then check "quick exit from the QR card" ok; else
	check "quick exit from the QR card" "on $(current_screen)"; fi
finish
