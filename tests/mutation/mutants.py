#!/usr/bin/env python3
"""The kiosk's mutation list, re-run (make mutants).

Each mutant breaks the code on purpose, the way an independent audit once
did (issue 11), and names the test that must then FAIL. A mutant whose test
passes is a hole in the suite. Every mutant is built in its own copy of the
tracked tree under build/mutants/NAME, so the working tree is never touched.

  python3 tests/mutation/mutants.py            every mutant
  python3 tests/mutation/mutants.py NAME ...   only these
  python3 tests/mutation/mutants.py --list     names and what each breaks

A mutant is (name, what it breaks, file, the exact text to replace (must
occur once), its replacement, make targets, the test command). Tests run
from the copy's root with BUILD=build.
"""
import os
import shutil
import subprocess
import sys

UNIT = "build/tests/{0}"
KIOSK = "all"
SPEECH = "all build/tests/test_speech build/test-tools/speech_probe"
SPEECH_QUICK = "SPEECH_QUICK=1 build/tests/test_speech"  # without every guide in 8 voices

MUTANTS = [
    # Deployment: the watchdog (finding 1 and 2).
    ("watchdog-own-pid-only", "keep-alives only when WATCHDOG_PID is the kiosk's own (cage's child sends none)",
     "src/kiosk/watchdog.c",
     "\tif (want == (long)getpid())\n\t\treturn true;\n\tfor (p = getppid(); p > 1; p = parent_of(p))",
     "\tif (want == (long)getpid())\n\t\treturn true;\n\tfor (p = getppid(); p > 1 && 0; p = parent_of(p))",
     KIOSK + " build/tests/mira-kiosk-hooks", "sh tests/deploy/test_watchdog.sh"),
    ("watchdog-thread", "keep-alives from a free-running thread, not the render loop",
     "src/kiosk/watchdog.c",
     "\tif (every_ms && now - last_ms >= every_ms) {\n\t\tsd_notify(0, \"WATCHDOG=1\");",
     "\tstatic pthread_t t;\n\n\t(void)now;\n\tif (every_ms && !t && !pthread_create(&t, NULL, beat, NULL))\n"
     "\t\tpthread_detach(t);\n\tif (0) {\n\t\tsd_notify(0, \"WATCHDOG=1\");",
     KIOSK + " build/tests/mira-kiosk-hooks", "sh tests/deploy/test_watchdog.sh"),
    # What a visitor sees (finding 4 and 5).
    ("card-not-isolated", "phone numbers on cards not isolated: '117 116' in Arabic",
     "src/content/isolate.c",
     "\tmemcpy(out, LRI, 3);\n\tmemcpy(out + 3, text, len);\n\tmemcpy(out + 3 + len, PDI, 4); /* with the NUL */",
     "\tmemcpy(out, text, len + 1);",
     KIOSK, "sh tests/e2e/test_cards.sh"),
    ("size-button-nothing", "the text size button changes nothing",
     "src/ui/app.c",
     "a->scale_index = (a->scale_index + 1) % SCALE_LEVELS;\n\t\trebuild_keeping_place(a);",
     "rebuild_keeping_place(a);",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("page-ignores-size", "guide pages ignore the text size",
     "src/ui/guide_page.c",
     "b.unit = (float)(w < h ? w : h) / 1080.0f * (text_scale > 0 ? text_scale : 1);",
     "b.unit = (float)(w < h ? w : h) / 1080.0f; (void)text_scale;",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("list-rows-ignore-size", "list rows ignore the text size",
     "src/ui/screens.c", "text, 32 * u * c->scale,", "text, 32 * u,",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("contrast-button-nothing", "the contrast switch changes nothing",
     "src/ui/app.c", "case ACT_CONTRAST: a->high_contrast = !a->high_contrast; break;",
     "case ACT_CONTRAST: break;",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("background-ignores-contrast", "the background stays light in high contrast",
     "src/ui/scene.c", "SDL_Color bg = theme_color(hc, ROLE_BACKGROUND);\n\n\tSDL_SetRenderDrawColor",
     "SDL_Color bg = theme_color(false, ROLE_BACKGROUND);\n\n\tSDL_SetRenderDrawColor",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("texts-ignore-contrast", "texts keep their normal colours in high contrast",
     "src/ui/scene.c",
     "text_draw(r, atlas, t->layout, t->x, t->y - dy, theme_color(hc, t->color), NULL);",
     "text_draw(r, atlas, t->layout, t->x, t->y - dy, theme_color(false, t->color), NULL);",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("quick-exit-keeps-glyphs", "quick exit keeps the rasterized glyphs",
     "src/ui/app.c",
     "\tatlas_destroy(a->atlas);\n\ta->atlas = atlas_create(a->cfg.renderer);\n",
     "\n",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("strip-not-mirrored", "the strip is not mirrored for right-to-left readers",
     "src/ui/screens.c", "int slot = rtl ? N - 1 - i : i;", "int slot = i;",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("strip-too-wide", "the strip's buttons run off the screen",
     "src/ui/screens.c", "float bw = (float)c->w / (float)N,", "float bw = (float)c->w / (float)(N - 1),",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("list-rows-too-wide", "list rows run off the screen",
     "src/ui/screens.c", "float y, x = 48 * u, w = (float)c->w - 96 * u;",
     "float y, x = 48 * u, w = (float)c->w - 24 * u;",
     UNIT.format("test_visible"), UNIT.format("test_visible")),
    ("list-not-scrolling", "a topic list does not scroll (the first round's blocker)",
     "src/ui/scene.c", "\treturn max > 0.5f ? max : 0;", "\treturn 0 * max;",
     "build/mira-audit build/locale", "build/mira-audit"),
    ("span-breaks", "numbers and references may break across lines",
     "src/text/layout.c", "\tkeep_isolates_whole(&c);", "\t(void)keep_isolates_whole;",
     "build/mira-audit build/locale", "build/mira-audit"),
    # The end-to-end harness and privacy (finding 3 and 8).
    ("language-to-shm", "the visitor's language written to /dev/shm",
     "src/ui/app.c", "\t\ta->lang = language_at((size_t)w->arg);\n",
     "\t\ta->lang = language_at((size_t)w->arg);\n\t\t{\n\t\t\tFILE *f = fopen(\"/dev/shm/mira-language\", \"w\");\n"
     "\t\t\tif (f) {\n\t\t\t\tfputs(a->lang->code, f);\n\t\t\t\tfclose(f);\n\t\t\t}\n\t\t}\n",
     KIOSK, "sh tests/e2e/test_privacy.sh"),
    ("staff-close-missing-portrait", "no Close on the staff menu in portrait",
     "src/ui/screens.c", "\tfor (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {\n",
     "\tfor (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {\n"
     "\t\tif (c->h > c->w && items[i].action == ACT_STAFF_CLOSE)\n\t\t\tcontinue;\n",
     KIOSK + " build/test-tools/png_compare", "E2E_SIZES=1080x1920 sh tests/e2e/test_kiosk.sh"),
    ("window-close-obeyed", "the kiosk obeys a window manager's close",
     "src/ui/app.c", "a->quit = !a->cfg.kiosk_mode;", "a->quit = true;",
     KIOSK + " build/test-tools/png_compare", "E2E_SIZES=1280x800 sh tests/e2e/test_kiosk.sh"),
    ("page-down-half", "Page Down moves half a view, not 0.9",
     "src/ui/app.c", "(float)a->scene.view.h * 0.9f", "(float)a->scene.view.h * 0.5f",
     KIOSK + " build/test-tools/png_compare", "E2E_SIZES=1280x800 sh tests/e2e/test_kiosk.sh"),
    ("draw-ignores-scroll", "the dump scrolls but the screen does not",
     "src/ui/app.c", "\t           a->scroll.offset, a->hint_index,", "\t           0, a->hint_index,",
     KIOSK + " build/test-tools/png_compare", "E2E_SIZES=1280x800 sh tests/e2e/test_kiosk.sh"),
    # The staff lockout (finding 7).
    ("lock-no-doubling", "the PIN lockout does not double",
     "src/ui/staff.c", "\t\t\tlock *= 2;", "\t\t\t;",
     UNIT.format("test_lockout"), UNIT.format("test_lockout")),
    ("lock-first-2.5s", "the first lockout is 2.5 s, not 30 s",
     "src/ui/staff.h", "#define PIN_FIRST_LOCK_MS 30000u", "#define PIN_FIRST_LOCK_MS 2500u",
     UNIT.format("test_lockout"), UNIT.format("test_lockout")),
    ("lock-cap-10min", "the lockout stops at 10 minutes, not 15",
     "src/ui/staff.h", "#define PIN_MAX_LOCK_MS   900000u", "#define PIN_MAX_LOCK_MS   600000u",
     UNIT.format("test_lockout"), UNIT.format("test_lockout")),
    ("lock-four-free", "four wrong PINs before the lock, not three",
     "src/ui/staff.h", "#define PIN_FREE_TRIES    3", "#define PIN_FREE_TRIES    4",
     UNIT.format("test_lockout"), UNIT.format("test_lockout")),
    ("lock-checks-while-locked", "a PIN is checked while the pad is locked",
     "src/ui/staff.c", "if (!hash || !*hash || staff_locked_seconds(g, now) > 0)",
     "if (!hash || !*hash)",
     UNIT.format("test_lockout"), UNIT.format("test_lockout")),
    # Deployment checks and a still kiosk (finding 10, 11).
    ("unit-type-typo", "a typo in the shipped systemd unit",
     "src/deploy/mira-kiosk.service", "Type=notify", "Type=notifyy",
     KIOSK, "sh tests/deploy/test_install.sh"),
    ("idle-always-16", "a still kiosk wakes every 16 ms (the old loop)",
     "src/ui/app.c", "\tuint64_t wait = CATALOG_POLL_MS;\n",
     "\tuint64_t wait = CATALOG_POLL_MS;\n\n\tif (now || !now)\n\t\treturn FRAME_MS;\n",
     UNIT.format("test_idle_wait"), UNIT.format("test_idle_wait")),
    # Months of uptime (finding 9).
    ("catalogs-never-restart", "every catalog publish stays mapped for ever",
     "src/content/catalog.h", "#define CATALOG_GENERATIONS_MAX 4", "#define CATALOG_GENERATIONS_MAX 4000",
     UNIT.format("test_catalog_restart"), UNIT.format("test_catalog_restart")),
    # Read aloud (issue 13).
    ("quick-exit-keeps-voice", "quick exit leaves the voice reading",
     "src/ui/app.c", "comes back. */\n\tsilence(a);", "comes back. */",
     SPEECH, SPEECH_QUICK),
    ("stop-keeps-buffer", "a stop leaves the sound already made in the device's buffer",
     "src/speech/narrator.c", "\tn->len = 0;\n\tn->mark_count = 0;", "\tn->mark_count = 0;",
     SPEECH, SPEECH_QUICK),
    ("headphones-skipped", "the first tap reads at once, without asking for headphones",
     "src/ui/app.c", "a->cfg.read_aloud == READ_ALOUD_HEADPHONES && !a->headphones_ok &&",
     "0 && a->cfg.read_aloud == READ_ALOUD_HEADPHONES && !a->headphones_ok &&",
     SPEECH, SPEECH_QUICK),
    ("phone-as-number", "a phone number read as one number ('a hundred and sixteen')",
     "src/speech/spoken.c", "\tif (is_phone(s, n, r)) {", "\tif (0 && is_phone(s, n, r)) {",
     SPEECH, SPEECH_QUICK),
    ("stale-recording-plays", "a recording whose translation changed is still played",
     "src/speech/recording.c", "} else if (strcmp(rec_text, text) != 0) {",
     "} else if (0 && strcmp(rec_text, text) != 0) {",
     SPEECH, SPEECH_QUICK),
    ("name-in-arabic-voice", "a Latin name inside Arabic is read by the Arabic voice",
     "src/speech/spoken.c", "if (!r->latin_script && (l = latin_letter(s + i)) > 0) {",
     "if (0 && !r->latin_script && (l = latin_letter(s + i)) > 0) {",
     SPEECH, "sh tests/speech/test_voice.sh"),
    ("sorani-voice-claimed", "Sorani claims a synthetic voice it does not have",
     "src/speech/synth.c", '{"nb", "en", "ar", "fa", "ur", "uk", "pl", "tr"}',
     '{"nb", "en", "ar", "fa", "ur", "uk", "pl", "tr", "ckb"}',
     SPEECH, "sh tests/speech/test_voice.sh"),
    # Take it with you, show it to staff (issue 14).
    ("qr-charset-unmarked", "QR text beyond ASCII not marked as UTF-8 (ECI 26)",
     "src/ui/qr.c", "\tif (ascii)\n", "\tif (ascii || 1)\n",
     KIOSK, "sh tests/show/test_qr.sh"),
    ("norwegian-on-her-side", "Norwegian takes her reading side in Arabic",
     "src/ui/guide_page.c", "\trtl_first = lang->rtl;", "\trtl_first = !lang->rtl;",
     KIOSK, "sh tests/show/test_norwegian.sh"),
    ("phrase-not-norwegian", "the phrase card shows her language where Norwegian belongs",
     "src/ui/show.c", "\tcatalog_set_language(\"nb\");\n\tt = phrase(",
     "\tcatalog_set_language(c->lang->code);\n\tt = phrase(",
     UNIT.format("test_show"), UNIT.format("test_show")),
    ("welcome-every-time", "the reassurance shows every time the topics show",
     "src/ui/app.c", "a->here.kind == SCREEN_TOPICS && !a->welcomed,",
     "a->here.kind == SCREEN_TOPICS,",
     UNIT.format("test_show"), UNIT.format("test_show")),
    # Tolerances (finding 6): the old ones let a missing glyph through.
    ("golden-loose", "the golden images allow 0.1% of pixels to differ",
     "tests/tools/png_compare.c", "#define MAX_DIFFERING_PIXELS 4", "#define MAX_DIFFERING_PIXELS 300",
     "build/test-tools/png_compare build/mira-text build/test-tools/mira_text_drop",
     "sh tests/mutation/test_missing_glyph.sh"),
]

# The watchdog thread mutant needs a thread function and pthread.h.
EXTRA = {
    "watchdog-thread": ("src/kiosk/watchdog.c", "void watchdog_kick(",
                        "#include <pthread.h>\n#include <unistd.h>\n\n"
                        "static void *beat(void *arg)\n{\n\t(void)arg;\n"
                        "\tfor (;;) {\n\t\tsd_notify(0, \"WATCHDOG=1\");\n\t\tusleep(every_ms * 1000u);\n"
                        "\t}\n\treturn NULL;\n}\n\n"),
}


def copy_tree(dest):
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], capture_output=True, check=True).stdout
    for f in files.decode().split("\0"):
        if not f or not os.path.exists(f):
            continue
        os.makedirs(os.path.join(dest, os.path.dirname(f)), exist_ok=True)
        shutil.copy2(f, os.path.join(dest, f))


def run(m, out):
    name, why, path, old, new, targets, test = m
    dest = os.path.join(out, name)
    log = os.path.join(out, name + ".log")
    shutil.rmtree(dest, ignore_errors=True)
    copy_tree(dest)
    src = open(os.path.join(dest, path)).read()
    if src.count(old) != 1:
        return "BROKEN", "the text to replace occurs %d times in %s" % (src.count(old), path)
    src = src.replace(old, new)
    if name in EXTRA:
        _, before, extra = EXTRA[name]
        src = src.replace(before, extra + before, 1)
    open(os.path.join(dest, path), "w").write(src)
    with open(log, "w") as f:
        env = dict(os.environ, BUILD="build")
        b = subprocess.run("make -s -j2 BUILD=build " + targets, shell=True, cwd=dest, stdout=f,
                           stderr=subprocess.STDOUT, env=env)
        if b.returncode:
            return "BROKEN", "the mutant does not build (%s)" % log
        t = subprocess.run(test, shell=True, cwd=dest, stdout=f, stderr=subprocess.STDOUT, env=env)
    shutil.rmtree(os.path.join(dest), ignore_errors=True) if t.returncode else None
    if t.returncode:
        return "caught", why
    return "MISSED", "%s: its test passed (%s)" % (why, log)


def main():
    args = sys.argv[1:]
    if args == ["--list"]:
        for m in MUTANTS:
            print("%-28s %s  [%s]" % (m[0], m[1], m[6]))
        return 0
    chosen = [m for m in MUTANTS if not args or m[0] in args]
    if args and len(chosen) != len(args):
        print("unknown mutant: %s" % " ".join(sorted(set(args) - {m[0] for m in chosen})))
        return 2
    out = os.path.abspath("build/mutants")
    os.makedirs(out, exist_ok=True)
    counts = {"caught": 0, "MISSED": 0, "BROKEN": 0}
    for m in chosen:
        result, what = run(m, out)
        counts[result] += 1
        print("%-7s %-28s %s" % (result, m[0], what), flush=True)
    print("mutants: %d caught, %d missed, %d broken" % (counts["caught"], counts["MISSED"],
                                                      counts["BROKEN"]))
    return 0 if counts["MISSED"] == 0 and counts["BROKEN"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
