// The live article goes to the background once and is not sent back: the reply to `inspect`
// carries the comparison only, and the content script puts its own live article back in.
import { describe, expect, it } from 'vitest';
import { withLive, withoutLive } from '../../lib/protocol';
import { sampleReport } from '../components/sample-report';

describe('inspect reply without the live article', () => {
  it('drops live and liveWarnings on the way out and restores them from the asker’s copy', () => {
    const reply = withoutLive(sampleReport);
    expect(Object.keys(reply)).not.toContain('live');
    expect(Object.keys(reply)).not.toContain('liveWarnings');
    expect(withLive(reply, { value: sampleReport.live, warnings: sampleReport.liveWarnings })).toEqual(sampleReport);
  });
});
