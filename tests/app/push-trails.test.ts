// Which trails a push touched, from the paths it changed.
import { describe, expect, it } from 'vitest';
import { pushedBranch } from '../../app/src/push/push-payload.js';
import { changedTrails } from '../../app/src/push/changed-trails.js';
import { commitIndexPath, evidencePath, trailPath } from '../../src/core/store/layout.js';

describe('changedTrails', () => {
  it('names each trail file once, whatever else the push changed', () => {
    const files = [
      { filename: trailPath('payments', 'b1'), status: 'modified' },
      { filename: trailPath('payments', 'b2'), status: 'added' },
      { filename: trailPath('web', 'b1'), status: 'modified' },
      { filename: commitIndexPath('a'.repeat(40)), status: 'modified' },
      { filename: evidencePath('b'.repeat(64)), status: 'added' },
      { filename: 'FACTSTORE.json', status: 'modified' },
      { filename: trailPath('payments', 'b1'), status: 'modified' },
    ];
    expect(changedTrails(files)).toEqual([
      { flow: 'payments', trail: 'b1', removed: false },
      { flow: 'payments', trail: 'b2', removed: false },
      { flow: 'web', trail: 'b1', removed: false },
    ]);
  });

  it('marks a removed trail file, and the old path of a renamed one, to be read before the push', () => {
    const files = [
      { filename: trailPath('payments', 'gone'), status: 'removed' },
      { filename: trailPath('payments', 'new'), status: 'renamed', previous_filename: trailPath('payments', 'old') },
    ];
    expect(changedTrails(files)).toEqual([
      { flow: 'payments', trail: 'new', removed: false },
      { flow: 'payments', trail: 'gone', removed: true },
      { flow: 'payments', trail: 'old', removed: true },
    ]);
  });

  it('a trail re-added under its path after a removal is read at the tip', () => {
    const path = trailPath('payments', 'b1');
    expect(changedTrails([{ filename: path, status: 'removed' }, { filename: path, status: 'added' }])).toEqual([{ flow: 'payments', trail: 'b1', removed: false }]);
  });

  it('ignores paths off the layout: a wrong shard, a bad name, a nested file', () => {
    const wrongShard = trailPath('payments', 'b1').replace(/\/[0-9a-f]{2}\//, '/zz/');
    const files = [wrongShard, 'trails/payments/b1.ndjson', 'trails/../x/00/y.ndjson', `${trailPath('payments', 'b1')}/extra`, 'trails/payments'].map((filename) => ({ filename, status: 'added' }));
    expect(changedTrails(files)).toEqual([]);
  });
});

describe('pushedBranch', () => {
  it('is the branch of a heads ref, and nothing for a tag or another ref', () => {
    expect(pushedBranch('refs/heads/factstore')).toBe('factstore');
    expect(pushedBranch('refs/heads/team/facts')).toBe('team/facts');
    expect(pushedBranch('refs/tags/v1.0.0')).toBeUndefined();
    expect(pushedBranch('refs/heads/')).toBeUndefined();
    expect(pushedBranch('refs/notes/commits')).toBeUndefined();
  });
});
