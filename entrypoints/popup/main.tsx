// The popup page's script: its one job is to start the popup (index.tsx) when the page loads.
import mountPopup from './index';

void mountPopup(document);
