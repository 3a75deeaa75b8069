/* The gettext runtime as the kiosk uses it, on a machine whose only locales
 * are C, C.UTF-8 and POSIX and with LANG unset (LOCPATH points at an empty
 * folder, so no other locale can be found): language switching without
 * restart, English fallback for fuzzy and untranslated entries, Arabic's six
 * plural forms, the review status, a missing language folder, and reload of
 * newly published catalogs, through src/tools/publish-catalogs.sh. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/content/catalog.h"
#include "../support/check.h"

static int failures;

static void expect_text(const char *ctx, const char *id, const char *want, bool want_tr)
{
	bool tr;
	const char *got = catalog_get(ctx, id, &tr);

	CHECK(strcmp(got, want) == 0 && tr == want_tr, "[%s] '%s': got '%s' (%d), want '%s' (%d)",
	      catalog_language(), id, got, tr, want, want_tr);
}

static int sh(const char *cmd)
{
	int rc = system(cmd);

	if (rc != 0)
		printf("command failed (%d): %s\n", rc, cmd);
	return rc;
}

int main(void)
{
	const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
	char root[1024], cmd[16384], link[1100];
	/* Arabic plural categories: zero, one, two, few (3-10), many (11-99), other. */
	static const unsigned long ns[] = {0, 1, 2, 3, 11, 100};
	static const char *const forms[] = {"لا أدلة (%d)", "دليل واحد (%d)", "دليلان (%d)",
	                                    "%d أدلة",      "%d دليلاً",       "%d دليل"};

	snprintf(root, sizeof root, "%s/test-catalog", build);
	snprintf(
	    cmd, sizeof cmd,
	    "rm -rf %s && mkdir -p %s/po %s/no-locales && cp tests/fixtures/catalogs/good/*.po "
	    "%s/po/",
	    root, root, root, root);
	if (sh(cmd) != 0)
		return 1;
	snprintf(cmd, sizeof cmd, "%s/no-locales", root);
	setenv("LOCPATH", cmd, 1);
	unsetenv("LANG");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANGUAGE");
	snprintf(link, sizeof link, "%s/locale", root);
	snprintf(cmd, sizeof cmd, "sh src/tools/publish-catalogs.sh %s/po %s >/dev/null", root,
	         link);
	if (sh(cmd) != 0)
		return 1;

	CHECK(catalog_init(link), "catalog_init failed");
	CHECK(setlocale(LC_ALL, NULL) && strcmp(setlocale(LC_ALL, NULL), "C.UTF-8") == 0,
	      "locale is %s, want C.UTF-8", setlocale(LC_ALL, NULL));

	catalog_set_language("ar");
	expect_text("test", "Call 116 117.", "اتصل بالرقم 116 117.", true);
	expect_text("test", "Fuzzy text", "Fuzzy text", false);
	expect_text("test", "Untranslated text", "Untranslated text", false);
	expect_text("other-context", "Call 116 117.", "Call 116 117.", false);
	CHECK(!catalog_reviewed(), "ar is a draft");
	CHECK(catalog_present(), "ar catalog present");
	for (int i = 0; i < 6; i++) {
		bool tr;
		const char *got = catalog_nget("test", "%d guide", "%d guides", ns[i], &tr);

		CHECK(tr && strcmp(got, forms[i]) == 0, "ar plural n=%lu: got '%s', want '%s'",
		      ns[i], got, forms[i]);
	}

	/* Switch at once, many times, no restart. */
	for (int round = 0; round < 50; round++) {
		catalog_set_language("nb");
		expect_text("test", "Call 116 117.", "Ring 116 117.", true);
		catalog_set_language("ar");
		expect_text("test", "Call 116 117.", "اتصل بالرقم 116 117.", true);
		catalog_set_language("en");
		expect_text("test", "Call 116 117.", "Call 116 117.", true);
	}
	catalog_set_language("nb");
	CHECK(catalog_reviewed(), "nb fixture is reviewed");
	CHECK(strcmp(catalog_nget("test", "%d guide", "%d guides", 1, NULL), "%d veiledning") == 0,
	      "nb singular");
	CHECK(strcmp(catalog_nget("test", "%d guide", "%d guides", 5, NULL), "%d veiledninger") ==
	          0,
	      "nb plural");

	/* A language with no catalog folder: English, honestly marked. */
	catalog_set_language("so");
	expect_text("test", "Call 116 117.", "Call 116 117.", false);
	CHECK(!catalog_present(), "so has no catalog");
	CHECK(strcmp(catalog_nget("test", "%d guide", "%d guides", 2, NULL), "%d guides") == 0,
	      "so plural falls back to English");

	/* Reload: staff edit nb.po and publish; the new text arrives without
	 * restart and the old generation's file is never rewritten. */
	catalog_set_language("nb");
	CHECK(!catalog_poll_reload(), "nothing new published yet");
	snprintf(cmd, sizeof cmd,
	         "sed -i 's/Ring 116 117\\./Ring straks 116 117./' %s/po/nb.po && "
	         "sh src/tools/publish-catalogs.sh %s/po %s >/dev/null",
	         root, root, link);
	sh(cmd);
	CHECK(catalog_poll_reload(), "the new generation was not noticed");
	expect_text("test", "Call 116 117.", "Ring straks 116 117.", true);
	catalog_set_language("ar");
	expect_text("test", "Call 116 117.", "اتصل بالرقم 116 117.", true);

	/* A broken edit is not published: the last good nb stays. */
	snprintf(cmd, sizeof cmd,
	         "printf 'msgid \"broken\\n' >> %s/po/nb.po && "
	         "sh src/tools/publish-catalogs.sh %s/po %s >/dev/null 2>%s/publish.err && "
	         "grep -q 'nb.po' %s/publish.err && grep -q 'last good version' %s/publish.err",
	         root, root, link, root, root, root);
	CHECK(sh(cmd) == 0, "a broken catalog was not reported with its file name");
	CHECK(catalog_poll_reload(), "the generation after the broken edit was not noticed");
	catalog_set_language("nb");
	expect_text("test", "Call 116 117.", "Ring straks 116 117.", true);

	printf("catalog: %d failures\n", failures);
	return failures != 0;
}
