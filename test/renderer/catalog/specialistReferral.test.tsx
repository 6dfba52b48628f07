import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import type { CatalogueState } from '../../../shared/catalog/contract';
import { initialDisplayState } from '../../../shared/display/state';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { CatalogScreen } from '../../../renderer/src/features/catalog/CatalogScreen';
import { PrintProvider } from '../../../renderer/src/features/print/PrintProvider';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';
import { person } from '../../support/people';

Element.prototype.scrollIntoView ??= function scrollIntoView() {};
afterEach(() => vi.restoreAllMocks());

const ilze = person({ room: '12', phone: '+371 64600000' });
const service = sampleCatalogue().services.find((s) => s.specialists.includes('ilze.berzina') && s.channels.portal)!;
const state: CatalogueState = {
  catalogue: sampleCatalogue(),
  publishedAt: '2026-10-01T09:00:00.000Z',
  source: 'share',
  problem: null,
  specialists: {
    'ilze.berzina': { id: 'ilze.berzina', name: 'Ilze Bērziņa', position: 'Sociālā darbiniece', phone: ilze.phone, room: ilze.room, openNow: true },
  },
  canEdit: false,
};

function renderCatalogue() {
  const fake = createFakeClient({
    'catalog:get': () => state,
    'display:get': () => initialDisplayState('RNP'),
    'directory:get': () => ({ people: [ilze], sample: true, publishedAt: '2026-03-01T00:00:00Z', source: 'share', problem: null, canEdit: false }),
    'desk:get': () => ({ person: null, reception: null, status: 'serving', recognised: false, backAt: null }),
    'directory:refer': () => initialDisplayState('RNP'),
  });
  render(
    <DeskApiProvider client={fake.client}>
      <I18nRoot language="lv">
        <PrintProvider>
          <CatalogScreen institutionName="RNP" />
        </PrintProvider>
      </I18nRoot>
    </DeskApiProvider>,
  );
  return fake;
}

async function openService() {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('combobox'), service.name.lv);
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: service.name.lv, level: 2 });
  return user;
}

describe('from a service’s responsible specialists to the referral card', () => {
  it('opens the specialist’s referral card from the service, shows it to the client, and Esc goes back to the service', async () => {
    const fake = renderCatalogue();
    const user = await openService();
    // A specialist the directory does not know has nothing to refer to.
    const specialists = screen.getByTestId('specialists');
    expect(within(specialists).getAllByRole('button')).toHaveLength(1);
    await user.click(within(specialists).getByRole('button', { name: 'Nosūtīt pie: Ilze Bērziņa' }));

    const heading = await screen.findByRole('heading', { name: `Nosūtījums: ${service.name.lv}`, level: 2 });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Ilze Bērziņa', level: 3 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rādīt klientam' }));
    expect(fake.calls).toContainEqual(['directory:refer', { personId: 'ilze.berzina' }]);

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: service.name.lv, level: 2 })).toHaveFocus();
  });

  it('prints the handout with the specialists’ room and phone and a QR code of the portal link', async () => {
    let sheet: Element | null = null;
    vi.spyOn(window, 'print').mockImplementation(() => (sheet = document.querySelector('.print-sheet')?.cloneNode(true) as Element));
    renderCatalogue();
    const user = await openService();
    await user.click(screen.getByRole('button', { name: 'Drukāt izdales lapu' }));
    expect(sheet).not.toBeNull();
    const printed = sheet as unknown as HTMLElement;
    expect(within(printed).getByTestId('specialists')).toHaveTextContent('Ilze Bērziņa, Sociālā darbiniece — 12. kabinets, tālr. +371 64600000');
    const qr = within(printed).getByRole('img', { name: `QR kods saitei ${service.channels.portal}` });
    expect(within(printed).getByTestId('handout-qr')).toHaveTextContent(service.channels.portal!);

    // The drawn code is the portal link's: module for module what the QR encoder makes of it,
    // with the three finder patterns in their corners and a quiet zone round them.
    const { modules } = QRCode.create(service.channels.portal!, { errorCorrectionLevel: 'M' });
    const dark = new Set(
      [...(qr.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)].map((m) => `${Number(m[1]) - 4},${Number(m[2]) - 4}`),
    );
    expect(qr.getAttribute('viewBox')).toBe(`0 0 ${modules.size + 8} ${modules.size + 8}`);
    for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) expect(dark.has(`${x},${y}`), `${x},${y}`).toBe(Boolean(modules.get(x, y)));
    const finder = (ox: number, oy: number) =>
      [0, 6].every((d) => dark.has(`${ox + d},${oy}`) && dark.has(`${ox},${oy + d}`) && dark.has(`${ox + 3},${oy + 3}`));
    expect([finder(0, 0), finder(modules.size - 7, 0), finder(0, modules.size - 7)]).toEqual([true, true, true]);
  });
});
