import { z } from 'zod';

// zod compiles fast parsers with `new Function` after probing whether eval is allowed; under
// the game's Content-Security-Policy even the probe is reported as a violation. Interpreted
// parsing is plenty fast for packs and saves.
z.config({ jitless: true });
