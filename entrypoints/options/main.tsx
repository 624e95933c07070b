// The options page's script: its one job is to start the page (index.tsx) when it loads.
import mountOptions from './index';

void mountOptions(document);
