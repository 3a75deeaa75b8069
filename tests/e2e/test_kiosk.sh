#!/bin/sh
# The kiosk as a person uses it: the real program in a real X server (Xvfb),
# real clicks and key presses (xdotool), at two screen sizes. Each step is
# checked on the screen itself: the screenshot must equal what the kiosk
# renders headless for the expected page (png_compare), or tesseract must
# read the expected words from it.
. tests/e2e/lib.sh
E2E_DATA=$(pwd)
export SDL_RENDER_DRIVER=software # the same pixels as the headless renderer
trap stop_all EXIT
status=0

check() { # NAME CONDITION-TEXT: report a step
	if [ "$2" = ok ]; then echo "ok   $E2E_SIZE $1"; else
		echo "FAIL $E2E_SIZE $1: $2"
		status=1
	fi
}

matches() { # STEP ARGS...: the screen equals the headless render of ARGS
	if screen_matches "$@"; then check "$1" ok; else check "$1" "$(cat "$E2E_DIR/$1.compare" 2>/dev/null)"; fi
}

# The picker's "Touch your language" line cycles through the languages, so
# the picker is recognised by what does not move: the centre's name and the
# language names read back from the screen, and no strip.
at_picker() { # STEP
	if screen_text eng "$E2E_DIR/$1" | grep -q "MiRA-Senteret" &&
		grep -q "English" "$E2E_DIR/$1.txt" && grep -q "Polski" "$E2E_DIR/$1.txt" &&
		! grep -qi "exit" "$E2E_DIR/$1.txt"; then
		check "$1" ok
	else
		check "$1" "not the picker: $(tr '\n' ' ' <"$E2E_DIR/$1.txt")"
	fi
}

reads() { # STEP LANG WORD: tesseract reads WORD on the screen
	if screen_text "$2" "$E2E_DIR/$1" | grep -q "$3"; then check "$1" ok; else
		check "$1" "'$3' not read on screen: $(tr '\n' ' ' <"$E2E_DIR/$1.txt")"
	fi
}

run_at() { # WxH
	E2E_SIZE=$1
	E2E_DIR="$BUILD/e2e-kiosk/$1"
	rm -rf "$E2E_DIR"
	mkdir -p "$E2E_DIR"
	printf '2468\n' | "$BUILD/mira-kiosk" --hash-pin >"$E2E_DIR/kiosk.conf"
	E2E_CONFIG="$E2E_DIR/kiosk.conf"
	start_xvfb "$1" || return 1
	"$BUILD/mira-kiosk" --config "$E2E_DIR/kiosk.conf" --idle-timeout 30 --debug-hits \
		--locale-dir "$BUILD/locale" \
		>"$E2E_DIR/hits" 2>"$E2E_DIR/kiosk.log" &
	KIOSK_PID=$!
	wait_for_picker
	at_picker start

	# Lockdown: the keys that close other programs do nothing here.
	xdotool key alt+F4 ctrl+q ctrl+w
	sleep 0.5
	if kill -0 "$KIOSK_PID" 2>/dev/null; then check lockdown ok; else check lockdown "the kiosk closed"; fi

	tap lang:ar && matches arabic-topics --lang ar --page topics
	tap topic:rights && matches rights-list --lang ar --page topic/rights
	# Legal help is low in the list: the End key brings it up first.
	xdotool key End
	sleep 0.4
	tap guide:legal-help && matches guide --lang ar --page legal-help
	xdotool key Next
	sleep 0.5
	if screen_matches scrolled --lang ar --page legal-help; then check scroll "the page did not move"; else check scroll ok; fi
	xdotool key Home
	sleep 0.4
	tap text-size && matches bigger-text --lang ar --page legal-help --text-scale 1.3
	tap language && reads picker-again eng "English"
	tap lang:nb && matches norwegian --lang nb --page legal-help --text-scale 1.3
	tap quick-exit && at_picker quick-exit
	if grep -qi "JURK\|Jussbuss" "$E2E_DIR/quick-exit.txt" 2>/dev/null; then check quick-exit-forgot "guide text still on screen"; fi

	tap lang:en && tap topic:about && xdotool key Escape Escape Escape
	sleep 0.5
	at_picker escape-x3

	# Idle: a 30 s timeout shows the countdown for its last 15 s, then
	# forgets. (Shorter would show the countdown while a step is read back,
	# and a touch on the countdown only keeps the visit.)
	tap lang:en && tap topic:help-now
	sleep 17
	reads countdown eng "goes back"
	sleep 14
	at_picker idle-reset

	# Staff: five taps in the bottom-left corner, a wrong and a right PIN.
	h=${1#*x}
	for _ in 1 2 3 4 5; do xdotool mousemove 8 $((h - 8)) click 1; sleep 0.15; done
	sleep 0.4
	reads pin-pad eng "enter the PIN"
	for d in 1 1 1 1; do tap "pin:$d"; done
	tap pin:ok
	reads wrong-pin eng "Wrong PIN"
	for d in 2 4 6 8; do tap "pin:$d"; done
	tap pin:ok
	reads staff-menu eng "Staff menu"
	tap staff:close && at_picker staff-closed
	kill -0 "$KIOSK_PID" 2>/dev/null || check alive "the kiosk died: $(tail -3 "$E2E_DIR/kiosk.log")"
	stop_all
}

run_at 1280x800
run_at 1080x1920
exit $status
