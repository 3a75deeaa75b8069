#!/bin/sh
# make bench: the kiosk measured beside the peers a centre or a developer
# would pick instead, on this machine, in this run. Prints one table and
# writes it to BENCHMARKS.md with the date, the machine and the commands.
# Medians of repeated runs; ratios against the peer measured in the same run.
# Never a test: nothing here passes or fails except the instruction-count
# check, which flags a rise of more than 5% over the committed figure.
set -u
BUILD=${BUILD:-build}
RUNS=${RUNS:-15}
PEER_RUNS=${PEER_RUNS:-7}
root=$(pwd)
out="$BUILD/bench"
mkdir -p "$out"
table="$out/table.md"
: >"$table"

ms_now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
row() { printf '| %s | %s | %s | %s | %s |\n' "$@" >>"$table"; }

# time_runs N CMD...: the median wall time in ms of N runs of CMD.
time_runs() {
	n=$1
	shift
	i=0
	while [ $i -lt "$n" ]; do
		t0=$(ms_now)
		"$@" >/dev/null 2>&1
		t1=$(ms_now)
		echo $(((t1 - t0) / 1000))
		i=$((i + 1))
	done | median | awk '{ printf "%.1f", $1 / 1000 }'
}

# The longest guide is the one every measurement uses.
guide=$("$BUILD/bench/mira-bench" switch 1280x800 1 | awk '$1 == "guide" { print $2 }')
echo "Longest guide: $guide"

# --- Cold start --------------------------------------------------------
n=90
while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
# A window the size of the screen. Fullscreen proper is measured too: under
# Xvfb there is no window manager, and SDL's X11 backend waits for one to
# answer the fullscreen request (in the waiting room, cage answers at once).
first=$(DISPLAY=":$n" time_runs "$RUNS" "$BUILD/mira-kiosk" --windowed=1920x1080 \
	--exit-after-first-frame)
first_sw=$(DISPLAY=":$n" SDL_RENDER_DRIVER=software time_runs "$RUNS" "$BUILD/mira-kiosk" \
	--windowed=1920x1080 --exit-after-first-frame)
first_fs=$(DISPLAY=":$n" time_runs "$RUNS" "$BUILD/mira-kiosk" --exit-after-first-frame)
kill $xvfb
shot=$(time_runs "$RUNS" "$BUILD/mira-kiosk" --screenshot "$out/kiosk.png" --lang ar \
	--page "$guide" --size 1920x1080)

# --- Browser peer: the same guide as a static page in headless Chromium --
"$BUILD/bench/mira-html" "$guide" ar "$root/fonts" >"$out/$guide-ar.html"
chromium=$(command -v chromium || true)
if [ -n "$chromium" ]; then
	# Flags for an offline machine (no background networking, no first-run
	# work, no GPU) as Chromium's headless documentation gives them.
	set -- "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$out/chromium-profile" --window-size=1920,1080 \
		--screenshot="$out/chromium.png" "file://$root/$out/$guide-ar.html"
	"$@" >/dev/null 2>&1 # warm the profile, as a kiosk would have it
	chrome_ms=$(time_runs "$PEER_RUNS" "$@")
	chrome_mem=$(python3 tests/bench/peakmem.py "$@")
else
	chrome_ms="-"
	chrome_mem="rss_kb 0 pss_kb 0"
fi
kiosk_mem=$(python3 tests/bench/peakmem.py "$BUILD/mira-kiosk" --screenshot "$out/kiosk.png" \
	--lang ar --page "$guide" --size 1920x1080)
kv() { echo "$1" | awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }'; }

# --- Memory, language switching, scrolling (the kiosk's own code) ------
"$BUILD/bench/mira-bench" tour 1920x1080 >"$out/tour.txt"
"$BUILD/bench/mira-bench" switch 1920x1080 220 >"$out/switch.txt"
"$BUILD/bench/mira-bench" scroll 1920x1080 600 >"$out/scroll.txt"
get() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }

# --- Text throughput against Pango -------------------------------------
FONTCONFIG_FILE=$root/tests/ocr/fonts.conf
XDG_CACHE_HOME=$root/$out/cache
export FONTCONFIG_FILE XDG_CACHE_HOME
text_rows=""
for lang in ar ur ti nb; do
	# The language's sample, 30 paragraphs: layout, not start-up, dominates.
	i=0
	: >"$out/text-$lang.txt"
	while [ $i -lt 30 ]; do
		cat "tests/data/samples/$lang.txt" >>"$out/text-$lang.txt"
		echo >>"$out/text-$lang.txt"
		i=$((i + 1))
	done
	case $lang in
	ar) font="Noto Naskh Arabic, Noto Sans" rtl=--rtl ;;
	ur) font="Noto Nastaliq Urdu, Noto Naskh Arabic, Noto Sans" rtl=--rtl ;;
	ti) font="Noto Sans Ethiopic, Noto Sans" rtl= ;;
	*) font="Noto Sans" rtl= ;;
	esac
	mt=$(time_runs "$RUNS" "$BUILD/mira-text" --lang "$lang" --width 900 --size 36 \
		--out "$out/text-$lang-mira.png" "$out/text-$lang.txt")
	# shellcheck disable=SC2086
	pv=$(time_runs "$RUNS" pango-view -q --dpi=72 --font="$font 36px" --width=900 --margin=16 \
		--wrap=word --language="$lang" --subpixel-positions --hint-metrics=off \
		--hinting=slight $rtl -o "$out/text-$lang-pango.png" "$out/text-$lang.txt")
	text_rows="$text_rows$lang $mt $pv
"
done

# --- Instruction counts (repeatable on a noisy machine) ----------------
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
	"$BUILD/bench/mira-bench" tour 1280x800 >/dev/null 2>"$out/callgrind.log"
instr=$(awk '/^summary:/ { print $2 }' "$out/callgrind.out")
before=$(git show HEAD:BENCHMARKS.md 2>/dev/null | awk '$1 == "instructions_tour" { print $2 }')
if [ -n "$before" ] && [ -n "$instr" ]; then
	change=$(awk -v a="$instr" -v b="$before" 'BEGIN { printf "%+.1f%%", (a - b) * 100 / b }')
	flag=$(awk -v a="$instr" -v b="$before" 'BEGIN { print (a > b * 1.05) ? "RISE OVER 5%" : "ok" }')
else
	change="(no committed figure yet)"
	flag="baseline"
fi

# --- The table ---------------------------------------------------------
row "measure" "mira kiosk" "peer" "ratio" "target"
row "---" "---" "---" "---" "---"
row "start to first frame, 1920x1080 window in Xvfb (median of $RUNS)" "$first ms (software renderer: $first_sw ms)" "-" "-" "≤ 150 ms"
row "same, fullscreen in Xvfb with no window manager (SDL waits for one)" "$first_fs ms" "-" "-" "-"
row "start to screenshot of '$guide' in Arabic, 1920x1080" "$shot ms" "Chromium $chrome_ms ms" "$(ratio "$chrome_ms" "$shot")x faster" "≥ 10x"
row "peak memory of that screenshot, process tree RSS" "$(($(kv "$kiosk_mem" rss_kb) / 1024)) MB" "Chromium $(($(kv "$chrome_mem" rss_kb) / 1024)) MB" "$(ratio "$(kv "$chrome_mem" rss_kb)" "$(kv "$kiosk_mem" rss_kb)")x less" "≥ 4x"
row "same, PSS (shared pages divided)" "$(($(kv "$kiosk_mem" pss_kb) / 1024)) MB" "Chromium $(($(kv "$chrome_mem" pss_kb) / 1024)) MB" "$(ratio "$(kv "$chrome_mem" pss_kb)" "$(kv "$kiosk_mem" pss_kb)")x less" "-"
row "peak RSS after every guide in every language ($(get "$out/tour.txt" tour_pages) pages)" "$(($(get "$out/tour.txt" peak_rss_kb) / 1024)) MB; atlas: $(get "$out/tour.txt" atlas_glyphs) glyphs in $(get "$out/tour.txt" atlas_pages) pages of 1024x1024" "-" "-" "≤ 60 MB"
row "language switch + re-layout + frame, longest guide, 220 switches" "median $(get "$out/switch.txt" switch_median_ms) ms, p99 $(get "$out/switch.txt" switch_p99_ms) ms" "-" "-" "p99 ≤ 16 ms"
row "scrolling frame, longest guide, 1920x1080, software renderer, 600 frames" "median $(get "$out/scroll.txt" scroll_frame_median_ms) ms, p99 $(get "$out/scroll.txt" scroll_frame_p99_ms) ms" "-" "-" "p99 ≤ 8 ms"
echo "$text_rows" | while read -r lang mt pv; do
	[ -n "$lang" ] || continue
	row "text: 30 paragraphs of $lang, 900 px, 36 px (mira-text vs pango-view)" "$mt ms" "Pango $pv ms" "$(ratio "$pv" "$mt")x" "≥ 1x"
done
row "instructions for the tour at 1280x800 (callgrind)" "$instr" "last committed $before" "$change" "rise ≤ 5% ($flag)"

cat "$table"
{
	echo "# Benchmarks"
	echo
	echo "Written by \`make bench\` on $(date -u '+%Y-%m-%d %H:%M UTC'); figures are from one run on"
	echo "one machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),"
	echo "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) of memory, Debian $(cat /etc/debian_version)."
	echo "Medians of $RUNS runs (the browser: $PEER_RUNS); ratios are against the peer in the same run."
	echo
	cat "$table"
	echo
	echo "How each figure is taken (tests/bench/run.sh):"
	echo
	echo "- start to first frame: \`mira-kiosk --windowed=1920x1080 --exit-after-first-frame\` in Xvfb, process start to exit right after the first SDL_RenderPresent (and fullscreen, where SDL's X11 backend waits for a window manager Xvfb does not have);"
	echo "- screenshots: \`mira-kiosk --screenshot … --lang ar --page $guide --size 1920x1080\` against \`chromium --headless --screenshot --window-size=1920,1080\` of the same guide exported by \`mira-html\` from the same catalogs and fonts (a warm profile, offline flags);"
	echo "- memory: tests/bench/peakmem.py samples the whole process tree every 5 ms;"
	echo "- tour, switch, scroll: \`$BUILD/bench/mira-bench\` (the kiosk's own code, headless, software renderer);"
	echo "- text: \`mira-text\` against \`pango-view\` with the same fonts (fontconfig sees only fonts/), size, width and hinting as the OCR test;"
	echo "- instructions: \`valgrind --tool=callgrind mira-bench tour 1280x800\`, compared with the last committed figure below."
	echo
	echo "What the profiles showed, and what was done (callgrind, strace):"
	echo
	echo "- A screenshot spent nine tenths of its instructions in SDL2_image's PNG encoder (best compression, adaptive filters). The kiosk and mira-text now write PNG with libpng at level 1 with no filter, straight from the ARGB surface: 156 ms to 50 ms for the Arabic screenshot, and mira-text went from 0.8-1.0x Pango's speed to more than 2x."
	echo "- With no GPU, SDL's OpenGL renderer ran on Mesa's llvmpipe, which spent most of the start compiling shaders with LLVM (even SDL's software renderer, through the accelerated window framebuffer). Without /dev/dri the kiosk now uses the software renderer drawing straight to the window: first frame 260-340 ms to about 70 ms."
	echo "- Fullscreen under Xvfb still waits for a window manager that is not there; in the waiting room cage answers at once. Not measured here: cage on real hardware."
	echo
	echo "Machine-readable, for the next run's comparison:"
	echo
	echo "    instructions_tour $instr"
} >BENCHMARKS.md
echo "Wrote BENCHMARKS.md"
[ "$flag" != "RISE OVER 5%" ]
