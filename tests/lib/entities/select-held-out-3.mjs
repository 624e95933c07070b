// Picks the third held-out set of Chinese entity golds (issue 11 §3), seed 20261207, 15 files,
// any id, golds as they stood at 7fa0d6a (before set 3 was written): the same draw as
// `node tests/lib/entities/select-held-out.mjs --set 3` (that file says how the draw is made).
// Run: node tests/lib/entities/select-held-out-3.mjs  (prints the picks; nothing is written)
import { printSet } from './select-held-out.mjs';

printSet(3);
