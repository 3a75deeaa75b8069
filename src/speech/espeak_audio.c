/* espeak-ng 1.51 (Debian 12) opens a sound-server connection while it
 * starts, whatever output it is asked for: espeak_ng_InitializeOutput
 * calls pcaudiolib's create_audio_device_object, which connects to
 * PulseAudio (and creates ~/.config/pulse when it can). The kiosk takes
 * espeak-ng's samples in memory and plays them through SDL, so that
 * connection is never used, and a kiosk that writes nothing must not make
 * it. This definition, exported from the program (see the Makefile's
 * --export-dynamic-symbol), is found before pcaudiolib's by the dynamic
 * linker: espeak-ng then has no audio object, which it needs only for its
 * own playback (ENOUTPUT_MODE_SPEAK_AUDIO, never used here). espeak-ng 1.52
 * creates the object only in that mode. */
#include <stddef.h>

struct audio_object;

struct audio_object *create_audio_device_object(const char *device, const char *application_name,
                                                const char *description);

struct audio_object *create_audio_device_object(const char *device, const char *application_name,
                                                const char *description)
{
	(void)device;
	(void)application_name;
	(void)description;
	return NULL;
}
