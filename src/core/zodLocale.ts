/**
 * The add-in's validators (the stored state: ./stateSchema.ts; imported profiles:
 * ./profiles/schema.ts) use zod in its "mini" form (`import * as z from "zod/mini"`):
 * the same validation core and the same issues as `import { z } from "zod"`, written
 * as functions, so that a bundle keeps only what the schemas use (the classic API
 * weighed 26 KiB gzipped in the task pane; this, about 7). Always through member
 * access on the namespace (z.object, z.string…): passing the namespace around as a
 * value would make bundlers keep all of it.
 *
 * Imported for its effect: English messages, as the classic form sets them on first
 * use (the state's "unreadable" reason quotes the first one), where nothing chose a
 * locale yet.
 */
import * as z from "zod/mini";
// The one locale by name from the locales entry (its re-exports are trimmed):
// `z.locales.en()` kept every locale zod has in the CLI's bundle (260 KB more).
import { en } from "zod/v4/locales";

if (!z.config().localeError) z.config(en());
