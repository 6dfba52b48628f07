import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/review/attachments';
import type { EntryView } from '../../../shared/review/contract';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { EntryPage } from '../../../renderer/src/features/review/EntryPage';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient, fakeAttachments } from '../../support/fakeClient';
import { entryFor } from '../../support/reviewEntries';

const entry = entryFor(1, { description: 'Vēstule pa pastu' });
const view: EntryView = {
  entry,
  due: 'on_time',
  forward: null,
  history: [],
  conflicts: [],
  ethics: { required: false, doneAt: null },
  access: null,
  canReview: true,
  extendedLimit: '2026-04-02',
  names: {},
};
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

function renderEntry(readable = true, language: 'lv' | 'en' = 'lv') {
  const attachments = fakeAttachments(() => readable);
  const { client, calls } = createFakeClient({ ...attachments.handlers, 'review:entry': () => view });
  render(
    <I18nRoot language={language}>
      <DeskApiProvider client={client}>
        <EntryPage id={entry.id} institutionName="Rēzeknes novada pašvaldība" onBack={() => {}} />
      </DeskApiProvider>
    </I18nRoot>,
  );
  return { calls, files: attachments.files };
}

describe('attachments on the entry page', () => {
  it('adds a scanned letter and a photo, lists them by type and size, and saves one as a download', async () => {
    const user = userEvent.setup();
    const { calls } = renderEntry();
    const section = await screen.findByRole('region', { name: 'Pielikumi' });
    expect(await within(section).findByText('Pielikumu nav.')).toBeInTheDocument();
    const input = within(section).getByLabelText('Pievienot skenētu vēstuli vai fotoattēlu');
    expect(input.getAttribute('accept')).toBe('application/pdf,image/jpeg,image/png');
    await user.upload(input, new File([pdf], 'vestule.pdf', { type: 'application/pdf' }));
    await within(section).findByText('Pielikums pievienots.');
    await user.upload(input, new File([png], 'foto.png', { type: 'image/png' }));
    const list = await within(section).findByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list).toHaveTextContent('1. pielikums — PDF dokuments, 1 kB');
    expect(list).toHaveTextContent('2. pielikums — PNG attēls, 1 kB');

    const clicked: Array<{ download: string; href: string }> = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:attachment');
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    await user.click(within(list).getByRole('button', { name: 'Saglabāt: 1. pielikums — PDF dokuments, 1 kB' }));
    await waitFor(() => expect(clicked).toEqual([{ download: 'pielikums.pdf', href: 'blob:attachment' }]));
    // Saved as the type main checked, never as something the system would run.
    expect(blobs[0]!.type).toBe('application/pdf');
    click.mockRestore();
    expect(calls.filter(([c]) => c === 'review:attach')).toHaveLength(2);
  });

  it('says in words why a file is refused — wrong type by content, too large — and adds nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { files } = renderEntry(true, 'en');
    const section = await screen.findByRole('region', { name: 'Attachments' });
    const input = within(section).getByLabelText('Add a scanned letter or a photo');
    await user.upload(input, new File([new TextEncoder().encode('MZ\x90\x00 program')], 'scan.pdf', { type: 'application/pdf' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Only a PDF, JPEG or PNG file');
    const big = new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'huge.png', { type: 'image/png' });
    await user.upload(input, big);
    expect(await within(section).findByRole('alert')).toHaveTextContent('larger than 10 MB');
    expect(files.size).toBe(0);
    expect(within(section).getByText('No attachments.')).toBeInTheDocument();
  });

  it('shows no attachments section to someone main does not let read them', async () => {
    const { calls } = renderEntry(false);
    await screen.findByRole('heading', { name: /Ieraksts/ });
    await waitFor(() => expect(calls.some(([c]) => c === 'review:attachments')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Pielikumi' })).toBeNull());
    expect(screen.queryByLabelText('Pievienot skenētu vēstuli vai fotoattēlu')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
