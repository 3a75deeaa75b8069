#!/bin/sh
# The waiting room's stack, as far as this machine allows: the kiosk as a
# Wayland client (SDL_VIDEODRIVER=wayland, no X display) of a real
# compositor, weston with its kiosk shell, nested in Xvfb (cage cannot
# render without a GPU here); real input through the compositor (xdotool
# clicks and wheel on weston's window, which weston hands to the kiosk).
#   - fullscreen: the picker fills weston's whole output (tesseract reads it
#     from the screen);
#   - tap a language, open the Rights list, scroll it with the wheel, open a
#     guide, quick exit back to the picker;
#   - idle reset: 16 s without a touch, the picker again;
#   - the watchdog: READY=1 and keep-alives from the kiosk while it runs
#     under the compositor (a stand-in notification socket).
# Skipped (exit 77, never a pass) only where weston cannot start.
. tests/e2e/lib.sh
. tests/deploy/weston.sh
E2E_DIR="$BUILD/e2e-wayland"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"
listener=
trap 'stop_all; stop_weston; [ -n "$listener" ] && kill $listener 2>/dev/null' EXIT
unset NOTIFY_SOCKET WATCHDOG_PID WATCHDOG_USEC

start_xvfb 1280x800 || exit 1
if ! start_weston x11-backend.so --shell=kiosk-shell.so --width=1280 --height=800; then
	echo "skipped: $WESTON_WHY"
	exit 77
fi
sock="$(pwd)/$E2E_DIR/notify.sock"
python3 tests/deploy/notify_listener.py "$sock" 120 >"$E2E_DIR/notify" &
listener=$!
for _ in $(seq 50); do
	[ -S "$sock" ] && break
	sleep 0.1
done
env -u DISPLAY SDL_VIDEODRIVER=wayland NOTIFY_SOCKET="$sock" WATCHDOG_USEC=2000000 \
	"$BUILD/mira-kiosk" --debug-hits --idle-timeout 16 --locale-dir "$BUILD/locale" \
	>"$E2E_DIR/hits" 2>"$E2E_DIR/kiosk.log" &
KIOSK_PID=$!
wait_until 20 on_screen picker
sleep 1

text=$(screen_text nor "$E2E_DIR/picker")
view=$(awk '$1 == "view" { v = $4 "x" $5 } END { print v }' "$E2E_DIR/hits")
if echo "$text" | grep -q "MiRA" && [ "$(awk '$1 == "view" { print $4; exit }' "$E2E_DIR/hits")" = 1280 ]; then
	check "a Wayland client of weston, fullscreen: the picker fills the output (view $view)" ok
else
	check "a Wayland client of weston, fullscreen" "view $view; read: $(echo "$text" | head -3)"
fi
tap lang:en
tap topic:rights
before=$(awk '$1 == "view" { s = $6 } END { print s }' "$E2E_DIR/hits")
_n=$(dumps)
xdotool mousemove 640 600 click 5 click 5 click 5
wait_until 5 dumped_since "$_n"
sleep 0.5
after=$(awk '$1 == "view" { s = $6 } END { print s }' "$E2E_DIR/hits")
if on_screen topic/rights && [ "${after:-0}" -gt "${before:-0}" ]; then
	check "the wheel through weston scrolls the Rights list ($before to $after)" ok
else
	check "the wheel through weston scrolls the Rights list" "$before to $after on $(current_screen)"
fi
xdotool mousemove 640 600 click 4 click 4 click 4 click 4 click 4
sleep 0.5
guide=$(awk '/^screen / { g = "" } $1 == "hit" && $2 ~ /^guide:/ && g == "" { g = $2 } END { print g }' "$E2E_DIR/hits")
tap "$guide"
if on_screen "${guide#guide:}"; then check "a tap through weston opens ${guide#guide:}" ok; else
	check "a tap through weston opens a guide" "on $(current_screen)"; fi
tap quick-exit
if on_screen picker; then check "quick exit under weston" ok; else
	check "quick exit under weston" "on $(current_screen)"; fi
tap lang:ar
if wait_until 25 on_screen picker; then check "idle reset under weston (16 s)" ok; else
	check "idle reset under weston" "on $(current_screen)"; fi

kill -TERM "$KIOSK_PID"
wait "$KIOSK_PID" 2>/dev/null
kill "$listener"
wait "$listener" 2>/dev/null
listener=
ready=$(grep -c ' READY=1 ' "$E2E_DIR/notify")
alive=$(grep -c ' WATCHDOG=1 ' "$E2E_DIR/notify")
if [ "$ready" -eq 1 ] && [ "$alive" -ge 10 ]; then
	check "the watchdog under weston: READY=1 and $alive keep-alives" ok
else
	check "the watchdog under weston" "READY=1 $ready times, $alive keep-alives"
fi
finish
