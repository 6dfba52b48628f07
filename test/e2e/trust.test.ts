import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newKeyPair, publicKeyText } from '../../electron/main/services/trust/keys';
import { expectNoAxeViolations } from '../support/axe';
import { withChromium } from '../support/browser';
import { nav, openDesk } from '../support/deskPage';
import { startPreview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
withChromium((b) => (browser = b));

describe('desks and the admin key, for IT', () => {
  it('shows the trusted key and the enrolled demo desks, and names a new desk that waits with the command that enrols it', async () => {
    const own = await startPreview();
    try {
      const desk = await openDesk(browser, own);
      await nav(desk, 'Darba vietas');
      await desk.getByRole('heading', { name: 'Darba vietas un administratora atslēga' }).waitFor();
      expect(await desk.getByTestId('trust-key').textContent()).toMatch(/^Uzticamā administratora atslēga: \S+/);
      await desk.getByRole('heading', { name: '0 darba vietu gaida reģistrāciju' }).waitFor();
      expect(await desk.getByRole('heading', { name: '3 reģistrētas darba vietas' }).count()).toBe(1);
      expect(await desk.getByTestId('trust-enrolled').getByRole('row').count()).toBe(4);

      // A new desk starts on the share: its key waits for IT.
      const folder = join(own.dataDir, 'share', 'desks', 'new-desk-k9');
      await mkdir(folder, { recursive: true });
      const key = {
        v: 1,
        deskId: 'new-desk-k9',
        institution: 'RNP',
        deskCode: 'K9',
        publicKey: publicKeyText(newKeyPair().publicKey),
        createdAt: '2026-12-07T07:30:00.000Z',
      };
      await writeFile(join(folder, 'desk-key.json'), JSON.stringify(key));
      await desk.getByRole('button', { name: 'Pārbaudīt vēlreiz' }).click();
      await desk.getByRole('heading', { name: '1 darba vieta gaida reģistrāciju' }).waitFor();
      const waiting = await desk.getByTestId('trust-waiting').textContent();
      expect(waiting).toContain('RNP · darba vieta K9');
      expect(waiting).toContain(`laipni admin enrol "${join(folder, 'desk-key.json')}" --key <admin-key.pem>`);
      await expectNoAxeViolations(desk, 'desks and the admin key (lv)');
      await keepScreenshot(desk, 'trust-desks-waiting');
    } finally {
      await own.stop();
    }
  });
});
