#!/bin/sh
# What a visitor meets on the default landscape screen (1920x1080), as a
# person: the real kiosk in Xvfb, real clicks, wheel turns and key presses
# (xdotool), each step read back from the screen (tesseract) and from the
# kiosk's own button dump (--debug-hits). Every failed step counts.
#   - the Rights list scrolls to its last guide, which opens;
#   - a tap on the idle countdown keeps the same page and presses nothing;
#   - the language menu opens from the strip and Cancel leaves it;
#   - a new text size mid-page keeps the same block in view;
#   - --windowed=WxH opens a window of that size.
. tests/e2e/lib.sh
trap stop_all EXIT
E2E_SIZE=1920x1080
E2E_DIR="$BUILD/e2e-visitor"
rm -rf "$E2E_DIR"
mkdir -p "$E2E_DIR"

# bottom NAME: the lower edge of button NAME in the newest dump.
bottom() {
	awk -v name="$1" '/^screen / { delete b } $1 == "hit" && $2 == name { b[name] = $4 + $6 }
		END { if (name in b) print b[name] }' "$E2E_DIR/hits"
}

# last_guide: the last guide button of the newest screen.
last_guide() {
	awk '/^screen / { g = "" } $1 == "hit" && $2 ~ /^guide:/ { g = substr($2, 7) } END { print g }' \
		"$E2E_DIR/hits"
}

# title_word ID: the longest word of a guide's English title.
title_word() {
	sed -n 's/^title: //p' "assets/guides/$1.txt" | tr -cs 'A-Za-z' '\n' |
		awk 'length($0) > length(w) { w = $0 } END { print w }'
}

# top_item: the item at the top of the view in the newest dump.
top_item() {
	awk '$1 == "view" { t = $8 } END { print t }' "$E2E_DIR/hits"
}

scroll_of() {
	awk '$1 == "view" { s = $6 } END { print s }' "$E2E_DIR/hits"
}

printf '2468\n' | "$BUILD/mira-kiosk" --hash-pin >"$E2E_DIR/kiosk.conf"
start_xvfb "$E2E_SIZE" || exit 1
"$BUILD/mira-kiosk" --config "$E2E_DIR/kiosk.conf" --idle-timeout 30 --debug-hits \
	--locale-dir "$BUILD/locale" >"$E2E_DIR/hits" 2>"$E2E_DIR/kiosk.log" &
KIOSK_PID=$!
wait_for_picker

# 1. The Rights list: its last guide is below the screen's edge, the wheel
# brings it up, a tap opens it.
tap lang:en
tap topic:rights
last=$(last_guide)
word=$(title_word "$last")
b=$(bottom "guide:$last")
if [ -n "$b" ] && [ "$b" -gt 1080 ]; then check "last guide starts below the edge" ok; else
	check "last guide starts below the edge" "lower edge '$b'"; fi
xdotool mousemove 960 700
for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do xdotool click 5; sleep 0.05; done
sleep 0.5
b=$(bottom "guide:$last")
if [ -n "$b" ] && [ "$b" -le 1080 ]; then check "the wheel brings it into view" ok; else
	check "the wheel brings it into view" "lower edge '$b'"; fi
tap "guide:$last"
if [ -n "$last" ] && [ "$(current_screen)" = "$last" ] &&
	screen_text eng "$E2E_DIR/last-guide" | grep -qi "$word"; then
	check "the last Rights guide opens" ok
else
	check "the last Rights guide opens" "on $(current_screen), '$word' not read: $(tr '\n' ' ' <"$E2E_DIR/last-guide.txt" | cut -c1-200)"
fi

# 2. The language menu: opens from the strip, keeps the strip, Cancel leaves
# it in the same language on the same page.
tap language
if [ "$(current_screen)" = language ] &&
	screen_text eng "$E2E_DIR/language-menu" | grep -q "Choose your language" &&
	[ -n "$(hit quick-exit)" ]; then
	check "language menu with the strip" ok
else
	check "language menu with the strip" "on $(current_screen): $(tr '\n' ' ' <"$E2E_DIR/language-menu.txt" | cut -c1-200)"
fi
tap menu:cancel
if [ "$(current_screen)" = "$last" ] &&
	screen_text eng "$E2E_DIR/cancelled" | grep -qi "$word"; then
	check "cancel returns to the guide" ok
else
	check "cancel returns to the guide" "on $(current_screen)"
fi

# 3. Text size mid-page: the block at the top of the view stays there.
xdotool key Next
sleep 0.3
xdotool key Next
sleep 0.5
before_item=$(top_item)
before_scroll=$(scroll_of)
screen_text eng "$E2E_DIR/size-before" >/dev/null
# Distinctive words from the first lines below the strip.
words=$(tr -cs 'A-Za-z' '\n' <"$E2E_DIR/size-before.txt" | awk 'length($0) >= 6' |
	grep -v -e Language -e Contrast -e Quick -e English | head -8)
tap text-size
after_item=$(top_item)
after_scroll=$(scroll_of)
screen_text eng "$E2E_DIR/size-after" >/dev/null
found=0
for w in $words; do grep -q "$w" "$E2E_DIR/size-after.txt" && found=$((found + 1)); done
# The same block at the top, further down a now longer page, and the same
# words read on the screen.
if [ -n "$before_item" ] && [ "$before_item" = "$after_item" ] &&
	[ "$after_scroll" -gt "$before_scroll" ] && [ "$found" -ge 3 ]; then
	check "text size keeps the block in view" ok
else
	check "text size keeps the block in view" "item $before_item -> $after_item, scroll $before_scroll -> $after_scroll, $found of the words: $(echo "$words" | tr '\n' ' ')"
fi

# 4. The idle countdown: a tap on it, even over a button, keeps the page.
tap home
tap topic:mental-health
page=$(current_screen)
xy=$(hit guide:reactions)
sleep 16 # 30 s idle: the countdown shows from 15 s left
if screen_text eng "$E2E_DIR/countdown" | tr '\n' ' ' | grep -q "goes back to the start"; then
	check "countdown says what will happen" ok
else
	check "countdown says what will happen" "$(tr '\n' ' ' <"$E2E_DIR/countdown.txt" | cut -c1-200)"
fi
# shellcheck disable=SC2086
xdotool mousemove $xy click 1
sleep 0.6
if [ "$(current_screen)" = "$page" ] && ! screen_text eng "$E2E_DIR/after-countdown" |
	tr '\n' ' ' | grep -q "goes back to the start"; then
	check "a tap on the countdown keeps the page" ok
else
	check "a tap on the countdown keeps the page" "on $(current_screen), expected $page"
fi
process_gone "$KIOSK_PID" && check alive "the kiosk died: $(tail -3 "$E2E_DIR/kiosk.log")"
stop_all

# 5. --windowed=WxH: a window of that size.
start_xvfb "$E2E_SIZE" || exit 1
start_kiosk --windowed=1600x900 --locale-dir "$BUILD/locale"
geometry=$(xwininfo -root -tree | awk '/"MiRA"/ { split($0, p, ")  "); split(p[2], g, "+"); print g[1]; exit }')
if [ "$geometry" = 1600x900 ]; then check "--windowed=1600x900" ok; else
	check "--windowed=1600x900" "window is '$geometry'"; fi
stop_all

finish
