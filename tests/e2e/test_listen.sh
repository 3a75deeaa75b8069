#!/bin/sh
# Read aloud as a visitor meets it: the real kiosk in Xvfb, real clicks
# (xdotool), and SDL's disk audio driver writing what the loudspeaker would
# play (22050 Hz, mono, 16-bit) to a file, in real time.
#   - Arabic: the Listen button sits mirrored (right of Help now); the first
#     tap asks for headphones and is silent; the second one reads: sound;
#   - quick exit mid-sentence: silence within 100 ms of the tap;
#   - idle reset mid-sentence: silence within 100 ms of the reset;
#   - Somali (no voice, no recordings): no Listen button.
. tests/e2e/lib.sh
trap stop_all EXIT
E2E_DIR="$BUILD/e2e-listen"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"
AUDIO="$E2E_DIR/audio.raw"
RATE=22050

# voiced_after BYTES: the loudest sample written after byte BYTES.
voiced_after() {
	python3 -c "
import array, sys
a = array.array('h', open(sys.argv[1], 'rb').read()[int(sys.argv[2]) // 2 * 2:])
print(max((abs(x) for x in a), default=0))" "$AUDIO" "$1"
}

voiced_now() { # sound has been written
	[ -s "$AUDIO" ] && [ "$(voiced_after 0)" -gt 1000 ]
}

size_now() {
	wc -c <"$AUDIO"
}

# start ARGS: the kiosk with the disk audio driver and the hit dump.
start() {
	rm -f "$AUDIO"
	SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$AUDIO" "$BUILD/mira-kiosk" --debug-hits \
		--locale-dir "$BUILD/locale" "$@" >"$E2E_DIR/hits" 2>>"$E2E_DIR/kiosk.log" &
	KIOSK_PID=$!
	timeout 20 xdotool search --sync --onlyvisible --class '^mira-kiosk$' >/dev/null 2>&1
	sleep 0.5
}

# silent_within MS BYTES: nothing louder than a whisper more than MS after
# the moment the file held BYTES (1 s of file is written after it).
silent_within() {
	sleep 1
	from=$(($2 + $1 * RATE * 2 / 1000))
	loud=$(voiced_after "$from")
	[ "$loud" -lt 200 ] || { echo "loudest sample after $1 ms: $loud"; return 1; }
}

start_xvfb 1920x1080 || exit 1
has_listen() { [ -n "$(hit listen)" ]; }

start --lang ar --page legevakt
wait_until 10 on_screen legevakt
wait_until 10 has_listen # the voice starts after the first frame
listen_x=$(hit listen | cut -d' ' -f1)
help_x=$(hit help-now | cut -d' ' -f1)
if [ -n "$listen_x" ] && [ -n "$help_x" ] && [ "$listen_x" -gt "$help_x" ]; then
	check "Arabic: a Listen button, mirrored (right of Help now)" ok
else
	check "Arabic: a Listen button, mirrored" "listen at '$listen_x', help now at '$help_x'"
fi
tap listen
sleep 1
if [ -n "$(hit listen:prompt)" ] && ! voiced_now; then
	check "the first tap asks for headphones, silently" ok
else
	check "the first tap asks for headphones, silently" "prompt '$(hit listen:prompt)'"
fi
tap listen:prompt
if wait_until 5 voiced_now; then check "the second tap reads: sound is written" ok; else
	check "the second tap reads: sound is written" "silence"; fi
sleep 1
before=$(size_now)
tap quick-exit
if on_screen picker && r=$(silent_within 100 "$before"); then
	check "quick exit mid-sentence: silent within 100 ms" ok
else
	check "quick exit mid-sentence: silent within 100 ms" "${r:-not on the picker}"
fi

# No voice, no button.
tap lang:so
if [ -z "$(hit listen)" ] && [ -n "$(hit help-now)" ]; then
	check "Somali: no Listen button (no voice, no recordings)" ok
else
	check "Somali: no Listen button" "listen at '$(hit listen)'"
fi

# The idle reset, 20 s after the last touch (the countdown shows after 5),
# on an English topic list.
stop_all
start_xvfb 1920x1080 || exit 1
start --lang en --page topic/rights --idle-timeout 20
wait_until 10 on_screen topic/rights
wait_until 10 has_listen
tap listen
tap listen:prompt
if wait_until 5 voiced_now; then check "English topic list: sound" ok; else
	check "English topic list: sound" "silence"; fi
reset_size=
for _ in $(seq 600); do # up to 30 s
	if on_screen picker; then
		reset_size=$(size_now)
		break
	fi
	sleep 0.05
done
if [ -n "$reset_size" ] && r=$(silent_within 150 "$reset_size"); then
	check "idle reset mid-sentence: silent (within 100 ms, seen by polling every 50 ms)" ok
else
	check "idle reset mid-sentence: silent" "${r:-no reset seen}"
fi

finish
