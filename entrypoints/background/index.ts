import { onMessages } from '@/lib/messaging';
import { buildReport } from '@/lib/report';
import { getCorpus } from './corpus';

export default defineBackground(() => {
  onMessages({
    inspect: async ({ pageUrl, live }) => buildReport(live, pageUrl, await getCorpus()),
  });
});
