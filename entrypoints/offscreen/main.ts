// The offscreen page's script: its one job is to start the extractor (index.ts) when loaded.
import startOffscreen from './index';

startOffscreen();
