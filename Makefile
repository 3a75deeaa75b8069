# MiRA kiosk. `make run` builds and starts the kiosk, `make check` runs every
# test; both install the Debian packages they need first.

BUILD ?= build
CC ?= cc
PREFIX ?= /usr/local
DATADIR ?= $(PREFIX)/share/mira-kiosk

# Debian packages: to build and run, and what only the tests need.
RUN_PKGS := gcc make pkg-config libsdl2-dev libsdl2-image-dev libharfbuzz-dev \
	libfreetype-dev libfribidi-dev libicu-dev libsodium-dev libsystemd-dev libpng-dev gettext \
	libespeak-ng-dev espeak-ng-data libvorbis-dev libqrencode-dev libwayland-dev
CHECK_PKGS := unicode-data libharfbuzz-bin pango1.0-tools fontconfig python3 \
	tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara tesseract-ocr-fas \
	tesseract-ocr-urd tesseract-ocr-tir tesseract-ocr-ukr tesseract-ocr-nor \
	tesseract-ocr-pol tesseract-ocr-tur xvfb x11-utils xdotool imagemagick strace \
	clang clang-format libclang-rt-14-dev systemd cage xkb-data x11-xkb-utils procps openbox wmctrl \
	espeak-ng pocketsphinx pocketsphinx-en-us zbar-tools weston

PKGS := sdl2 SDL2_image harfbuzz freetype2 fribidi icu-uc libsodium libsystemd libpng \
	espeak-ng vorbisfile libqrencode wayland-client
# pkg-config runs once, and only after `deps` has installed the packages.
PKG_CFLAGS = $(eval PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS)))$(PKG_CFLAGS)
PKG_LIBS = $(eval PKG_LIBS := $(shell pkg-config --libs $(PKGS)))$(PKG_LIBS)

WARN := -Wall -Wextra -Werror -Wstrict-prototypes -Wpointer-arith -Wundef
CFLAGS ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SAN) $(PKG_CFLAGS) \
	-DMIRA_DATA_DIR='"$(DATADIR)"' -MMD -MP
# espeak-ng must find the kiosk's create_audio_device_object (src/speech/espeak_audio.c).
ALL_LDFLAGS = $(SAN) $(LDFLAGS) $(PKG_LIBS) -lm \
	-Wl,--undefined=create_audio_device_object,--export-dynamic-symbol=create_audio_device_object

TEXT_SRC := $(wildcard src/text/*.c)
UTIL_SRC := $(wildcard src/util/*.c)
CONTENT_SRC := $(wildcard src/content/*.c)
SPEECH_SRC := $(wildcard src/speech/*.c)
UI_SRC := $(wildcard src/ui/*.c)
LIB_SRC := $(TEXT_SRC) $(UTIL_SRC) $(CONTENT_SRC) $(SPEECH_SRC) $(UI_SRC)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)

TEST_SRC := $(wildcard tests/unit/*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
SUPPORT_OBJ = $(patsubst %.c,$(BUILD)/obj/%.o,$(wildcard tests/support/*.c))
TOOL_SRC := $(wildcard tests/tools/*.c)
TEST_TOOLS := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/test-tools/%)

PROGRAMS := $(BUILD)/mira-text $(BUILD)/mira-kiosk $(BUILD)/mira-pot $(BUILD)/mira-po-check \
	$(BUILD)/mira-audit $(BUILD)/mira-audio
TOOLS_CATALOG := $(BUILD)/mira-pot $(BUILD)/mira-po-check

# Languages with a catalog; English is the source, in the guides themselves.
PO_LANGS := nb ar fa ur ckb so ti uk pl tr
PO_FILES := $(PO_LANGS:%=po/%.po)
UI_SOURCES = $(shell find src -name '*.c' | sort)

SYSTEMD_UNIT_DIR ?= /lib/systemd/system


.PHONY: audio-check audio-script
.PHONY: mutants install all deps deps-check run check check-asan golden clean format-check pot po-update po-check catalogs screenshots bench fuzz fuzz-build fuzz-link audit

all: deps $(PROGRAMS) $(BUILD)/locale

define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(RUN_PKGS))

deps-check: deps
	$(call install_missing,$(CHECK_PKGS))

$(BUILD)/obj/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libmira.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/mira-text: $(BUILD)/obj/src/tools/mira_text.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/mira-kiosk: $(BUILD)/obj/src/kiosk/main.o $(BUILD)/obj/src/kiosk/watchdog.o \
		$(BUILD)/obj/src/kiosk/seat.o $(BUILD)/obj/src/kiosk/shm_present.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

# The kiosk with test hooks (SIGUSR1 freezes the render loop, SIGUSR2 frees
# it) for tests/deploy/test_watchdog.sh; never installed: mira-kiosk has none.
$(BUILD)/obj/hooks/kiosk_main.o: src/kiosk/main.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DMIRA_TEST_HOOKS -c $< -o $@

$(BUILD)/tests/mira-kiosk-hooks: $(BUILD)/obj/hooks/kiosk_main.o \
		$(BUILD)/obj/src/kiosk/watchdog.o $(BUILD)/obj/src/kiosk/seat.o \
		$(BUILD)/obj/src/kiosk/shm_present.o $(BUILD)/libmira.a
	@mkdir -p $(dir $@)
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/mira-pot: $(BUILD)/obj/src/tools/mira_pot.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/mira-po-check: $(BUILD)/obj/src/tools/mira_po_check.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/mira-audit: $(BUILD)/obj/src/tools/mira_audit.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/mira-audio: $(BUILD)/obj/src/tools/mira_audio.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

# Catalogs: build/locale is a link to the newest compiled generation, so a
# running kiosk picks up new text without restart (see publish-catalogs.sh).
$(BUILD)/locale: $(wildcard po/*.po) | deps
	@mkdir -p $(BUILD)
	@sh src/tools/publish-catalogs.sh po $(BUILD)/locale

catalogs:
	@sh src/tools/publish-catalogs.sh po $(BUILD)/locale

# po/mira.pot from the guides, the contacts and the UI strings in the sources.
pot: $(BUILD)/mira-pot
	$(BUILD)/mira-pot assets/guides assets/contacts.txt $(BUILD)/content.pot
	xgettext --from-code=UTF-8 --language=C --keyword= --keyword=tr:1c,2 \
		--keyword=trn:1c,2,3 --keyword=catalog_get:1c,2 \
		--keyword=catalog_nget:1c,2,3 --keyword=CTX_MSG:1c,2 \
		--keyword=screens_text:2c,3 --add-comments=TRANSLATORS: --package-name=mira-kiosk \
		--sort-by-file -o $(BUILD)/ui.pot $(UI_SOURCES)
	msgcat --use-first --sort-by-file -o po/mira.pot $(BUILD)/content.pot $(BUILD)/ui.pot

# Merges the template into every catalog, keeping the old msgid of changed
# texts (--previous) so translators see what changed.
po-update: pot
	@for l in $(PO_LANGS); do \
	  printf '%s: ' po/$$l.po; \
	  msgmerge --previous --update --backup=none po/$$l.po po/mira.pot || exit 1; \
	done

# Also holds each catalog to its glossary (po/glossary/<lang>.txt) and lists
# every time of day written into the guides' text.
po-check: deps $(BUILD)/mira-po-check
	$(BUILD)/mira-po-check --po-dir po --fonts fonts --contacts assets/contacts.txt \
		--guides assets/guides

$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(SUPPORT_OBJ) $(BUILD)/libmira.a
	@mkdir -p $(dir $@)
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/test-tools/%: $(BUILD)/obj/tests/tools/%.o $(BUILD)/libmira.a
	@mkdir -p $(dir $@)
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

run: all
	$(BUILD)/mira-kiosk $(ARGS)

# Read aloud, for staff: what each language hears (recordings, the
# synthetic voice, silence) and every recording that will not play; and the
# blocks a volunteer still has to record in LANG.
audio-check: deps $(BUILD)/mira-audio $(BUILD)/locale
	BUILD=$(BUILD) $(BUILD)/mira-audio check $(if $(LANG_ONLY),--lang $(LANG_ONLY))

audio-script: deps $(BUILD)/mira-audio $(BUILD)/locale
	@test -n "$(LANG)" || { echo "usage: make audio-script LANG=so"; exit 2; }
	@BUILD=$(BUILD) $(BUILD)/mira-audio script $(LANG)

# Every screen, language, size, text size and contrast, laid out headless
# and checked as a visitor would see it (tests/audit/test_audit.sh in check).
audit: deps $(BUILD)/mira-audit $(BUILD)/locale
	BUILD=$(BUILD) $(BUILD)/mira-audit $(ARGS)

check: deps-check $(PROGRAMS) $(BUILD)/mira-audit $(BUILD)/locale $(TEST_BIN) $(TEST_TOOLS) \
		$(BUILD)/tests/mira-kiosk-hooks
	@BUILD=$(BUILD) sh tests/run.sh

# The same suite with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer; any report fails the run.
check-asan:
	$(MAKE) BUILD=build/asan CFLAGS="-O1 -g -fno-omit-frame-pointer" \
		SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" check

# Installs the program, its data (fonts, guides, contacts, icons), the
# compiled catalogs (published atomically: a running kiosk picks them up)
# and the systemd unit. make install PREFIX=/usr DESTDIR=/tmp/stage works too.
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)$(SYSTEMD_UNIT_DIR)
	install -m 755 $(BUILD)/mira-kiosk $(BUILD)/mira-text $(DESTDIR)$(PREFIX)/bin/
	install -d $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(DATADIR)/assets/guides \
		$(DESTDIR)$(DATADIR)/assets/icons $(DESTDIR)$(DATADIR)/assets/audio
	install -m 644 fonts/*.ttf fonts/LICENSE fonts/README.md $(DESTDIR)$(DATADIR)/fonts/
	install -m 644 assets/contacts.txt $(DESTDIR)$(DATADIR)/assets/
	install -m 644 assets/guides/*.txt $(DESTDIR)$(DATADIR)/assets/guides/
	install -m 644 assets/icons/*.svg $(DESTDIR)$(DATADIR)/assets/icons/
	install -m 644 assets/audio/norwegian-names.txt $(DESTDIR)$(DATADIR)/assets/audio/
	@# Staff recordings, one folder a language (none are in the project yet).
	@for d in assets/audio/*/; do [ -d "$$d" ] || continue; \
	  install -d "$(DESTDIR)$(DATADIR)/$$d" && install -m 644 "$$d"* "$(DESTDIR)$(DATADIR)/$$d"; done
	sh src/tools/publish-catalogs.sh po $(DESTDIR)$(DATADIR)/locale
	sed -e 's|@BINDIR@|$(PREFIX)/bin|' -e 's|@DATADIR@|$(DATADIR)|' \
		src/deploy/mira-kiosk.service >$(DESTDIR)$(SYSTEMD_UNIT_DIR)/mira-kiosk.service
	install -m 644 src/deploy/mira-kiosk-restart.service src/deploy/mira-kiosk-restart.timer \
		$(DESTDIR)$(SYSTEMD_UNIT_DIR)/

# Benchmarks (never tests): the peers and profilers they need install here,
# not for make check.
BENCH_PKGS := chromium valgrind xvfb cage matchbox-window-manager libpango1.0-dev fontconfig \
	python3 weston time
BENCH_BIN := $(BUILD)/bench/mira-bench $(BUILD)/bench/mira-html $(BUILD)/bench/mira-textbench

$(BUILD)/bench/mira-bench: $(BUILD)/obj/tests/bench/mira_bench.o $(SUPPORT_OBJ) $(BUILD)/libmira.a
	@mkdir -p $(dir $@)
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

$(BUILD)/bench/mira-html: $(BUILD)/obj/tests/bench/mira_html.o $(BUILD)/libmira.a
	@mkdir -p $(dir $@)
	$(CC) $^ -o $@ $(ALL_LDFLAGS)

# The text engine against Pango in one process (it links Pango and cairo).
$(BUILD)/obj/tests/bench/text_bench.o: ALL_CFLAGS += $(shell pkg-config --cflags pangocairo)

$(BUILD)/bench/mira-textbench: $(BUILD)/obj/tests/bench/text_bench.o $(BUILD)/libmira.a
	@mkdir -p $(dir $@)
	$(CC) $^ -o $@ $(ALL_LDFLAGS) $(shell pkg-config --libs pangocairo)

# The peers' packages first: mira-textbench needs Pango's headers to build.
bench: all
	$(call install_missing,$(BENCH_PKGS))
	@$(MAKE) -s BUILD=$(BUILD) $(BENCH_BIN)
	@BUILD=$(BUILD) sh tests/bench/run.sh

# Fuzzing with libFuzzer (clang), every parser and the text engine; a short
# run of each is part of make check (tests/fuzz/test_fuzz.sh).
FUZZ_BUILD := build/fuzz
FUZZ_SECONDS ?= 60
FUZZ_BIN = $(patsubst tests/fuzz/%.c,$(BUILD)/%,$(wildcard tests/fuzz/fuzz_*.c))

fuzz-build: deps
	@$(MAKE) -s BUILD=$(FUZZ_BUILD) CC=clang CFLAGS="-g -O1" \
		SAN="-fsanitize=fuzzer-no-link,address,undefined" fuzz-link

fuzz-link: $(FUZZ_BIN)

$(BUILD)/fuzz_%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(BUILD)/libmira.a
	$(CC) $^ -o $@ -fsanitize=fuzzer $(ALL_LDFLAGS)

fuzz: fuzz-build
	FUZZ_BUILD=$(FUZZ_BUILD) sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# The mutation list (README, Tests): each break must fail its test. Slow
# (each mutant is built in its own copy), so not part of make check.
mutants: deps-check
	python3 tests/mutation/mutants.py $(ARGS)

# Regenerates the golden images after a deliberate change of rendering.
golden: all $(TEST_TOOLS)
	BUILD=$(BUILD) sh tests/golden/regenerate.sh

# The README's pictures, rendered headless from the real program.
SHOTS := assets/screenshots
# As deployed: with a staff PIN, so the set-up line does not show.
SHOT_CONF := $(BUILD)/screenshots.conf
screenshots: all
	@mkdir -p $(SHOTS)
	@printf '2468\n' | $(BUILD)/mira-kiosk --hash-pin >$(SHOT_CONF)
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/picker.png --size 1280x800
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/topics-ar.png --size 1280x800 --lang ar --page topics
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/legevakt-fa.png --size 1080x1920 --lang fa --page legevakt
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/help-now-nb.png --size 1280x800 --lang nb --page help-now
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/interpreter-ti.png --size 1280x800 --lang ti --page interpreter --text-scale 1.3
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/reactions-ur-contrast.png --size 1080x1920 --lang ur --page reactions --high-contrast
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/listen-ar.png --size 1280x800 --lang ar --page interpreter --listen-prompt
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/qr-legevakt-so.png --size 1280x800 --lang so --page qr/legevakt
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/legevakt-norwegian-ur.png --size 1920x1080 --lang ur --page legevakt --norwegian
	$(BUILD)/mira-kiosk --config $(SHOT_CONF) --screenshot $(SHOTS)/phrase-ti.png --size 1280x800 --lang ti --page phrase/0

format-check:
	clang-format --dry-run --Werror $(shell find src tests -name '*.[ch]')

clean:
	rm -rf $(BUILD)

# Keep objects of test programs between runs.
.SECONDARY:

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
