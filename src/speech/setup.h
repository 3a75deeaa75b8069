/* The narrator the kiosk reads aloud with, set up from its data folder:
 * the phone numbers of the contacts registry (read digit by digit) and the
 * Norwegian names of assets/audio/norwegian-names.txt (said in Norwegian). */
#ifndef MIRA_SPEECH_SETUP_H
#define MIRA_SPEECH_SETUP_H

#include <stdbool.h>

#include "../content/contacts.h"
#include "narrator.h"

/* NULL (with a log line) when there is no sound. */
narrator *speech_setup(const char *data_dir, const contact_list *contacts, int volume, bool device);

#endif
