// Picks the fourth held-out set of Chinese entity golds (issue 11 §3), seed 20261208, 20 files,
// ODD ids only, golds as they stood at 203cc08 (before set 4 was written): the same draw as
// `node tests/lib/entities/select-held-out.mjs --set 4` (that file says how the draw is made).
// Run: node tests/lib/entities/select-held-out-4.mjs  (prints the picks; nothing is written)
import { printSet } from './select-held-out.mjs';

printSet(4);
