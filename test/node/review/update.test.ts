import { describe, expect, it } from 'vitest';
import { fieldsFor, reviewActionSchema } from '../../../shared/review/update';

const entry = {
  kind: 'complaint' as const,
  ethicsInformedAt: null,
  status: 'in_review' as const,
  dueDate: '2026-03-16',
  reply: null,
  routeRule: '11.1' as const,
};
const limits = { extendedLimit: '2026-04-02' };

describe('reviewer actions', () => {
  it('asks for a reason to forward, extend or re-route, and for the client to have been told of an extension', () => {
    expect(reviewActionSchema.safeParse({ action: 'forward', to: 'VID', reason: '', outcome: 'forwarded' }).success).toBe(false);
    expect(reviewActionSchema.safeParse({ action: 'forward', to: 'VID', reason: 'nodokļi' }).success).toBe(false);
    expect(reviewActionSchema.safeParse({ action: 'route', routedTo: 'executive_director', reason: ' ' }).success).toBe(false);
    expect(
      reviewActionSchema.safeParse({ action: 'extend', ground: 'large_volume', dueDate: '2026-03-30', reason: 'atzinums', clientNotified: false }).success,
    ).toBe(false);
    expect(
      reviewActionSchema.safeParse({ action: 'extend', ground: 'large_volume', dueDate: '2026-03-30', reason: 'atzinums', clientNotified: true }).success,
    ).toBe(true);
  });

  it('extends only on a statutory ground, named, and with free text besides', () => {
    const extend = (over: Record<string, unknown>) =>
      reviewActionSchema.safeParse({ action: 'extend', dueDate: '2026-03-30', reason: 'gaidām VID atzinumu', clientNotified: true, ...over }).success;
    expect(['more_information', 'other_institutions', 'large_volume'].map((ground) => extend({ ground }))).toEqual([true, true, true]);
    expect(extend({})).toBe(false);
    expect(extend({ ground: 'busy' })).toBe(false);
    expect(extend({ ground: 'more_information', reason: '  ' })).toBe(false);
  });

  it('answers with the reply once: a reply saved before is not written again with the answer', () => {
    const saved = { ...entry, reply: 'Rinda saīsināta.' };
    expect(fieldsFor({ action: 'answer', reply: 'Rinda saīsināta.' }, saved, limits)).toEqual({ fields: { status: 'answered' } });
    expect(fieldsFor({ action: 'answer', reply: 'Rinda saīsināta līdz 10 min.' }, saved, limits)).toEqual({
      fields: { reply: 'Rinda saīsināta līdz 10 min.', status: 'answered' },
    });
    expect(fieldsFor({ action: 'answer', reply: 'Jauna' }, entry, limits)).toEqual({ fields: { reply: 'Jauna', status: 'answered' } });
  });

  it('records forwarding with where and why, and an extension with its new deadline', () => {
    const forward = { action: 'forward', to: 'Valsts ieņēmumu dienests', reason: 'nodokļu jautājums', outcome: 'forwarded' } as const;
    expect(fieldsFor(forward, entry, limits)).toEqual({
      fields: { status: 'forwarded', forwardedTo: 'Valsts ieņēmumu dienests', forwardOutcome: 'forwarded', statusReason: 'nodokļu jautājums' },
    });
    // Telling the client where to apply is the other recorded outcome, with the same body and reason.
    expect(fieldsFor({ ...forward, outcome: 'where_to_apply' }, entry, limits)).toEqual({
      fields: { status: 'forwarded', forwardedTo: 'Valsts ieņēmumu dienests', forwardOutcome: 'where_to_apply', statusReason: 'nodokļu jautājums' },
    });
    expect(
      fieldsFor({ action: 'extend', ground: 'other_institutions', dueDate: '2026-04-02', reason: 'atzinums', clientNotified: true }, entry, limits),
    ).toEqual({
      fields: { status: 'extended', dueDate: '2026-04-02', extensionGround: 'other_institutions', statusReason: 'atzinums' },
    });
    expect(fieldsFor({ action: 'extend', ground: 'large_volume', dueDate: '2026-04-03', reason: 'atzinums', clientNotified: true }, entry, limits)).toEqual({
      problem: 'extension_too_long',
    });
  });

  it('takes the §12 step for complaints the configured scope covers, never for ethics ones, and nothing once closed', () => {
    expect(fieldsFor({ action: 'ethics_informed', on: '2026-03-03' }, entry, limits)).toEqual({ fields: { ethicsInformedAt: '2026-03-03' } });
    expect(fieldsFor({ action: 'ethics_informed', on: '2026-03-03' }, { ...entry, routeRule: 'default' }, limits)).toEqual({
      fields: { ethicsInformedAt: '2026-03-03' },
    });
    expect(fieldsFor({ action: 'ethics_informed', on: '2026-03-03' }, { ...entry, routeRule: 'default' }, { ...limits, ethicsStep: 'conduct' })).toEqual({
      problem: 'ethics_not_required',
    });
    expect(fieldsFor({ action: 'ethics_informed', on: '2026-03-03' }, { ...entry, routeRule: '11.3' }, limits)).toEqual({ problem: 'ethics_not_required' });
    expect(fieldsFor({ action: 'ethics_informed', on: '2026-03-03' }, { ...entry, kind: 'suggestion', routeRule: 'default' }, limits)).toEqual({
      problem: 'ethics_not_required',
    });
    expect(fieldsFor({ action: 'start' }, { ...entry, status: 'closed' }, limits)).toEqual({ problem: 'already_closed' });
  });
});
