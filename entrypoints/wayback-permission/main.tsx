// The Wayback permission window's script: its one job is to start the page (index.tsx) when it loads.
import mountWaybackPermission from './index';

void mountWaybackPermission(document, location.search);
