import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import { createCatalogueSearch } from '../../../shared/catalog/search';
import { ServiceSearch } from '../../../renderer/src/features/catalog/ServiceSearch';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';

// jsdom does no layout, so it has no scrolling either.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

const services = sampleCatalogue().services;
const search = createCatalogueSearch(services);

function Harness({ onOpen }: { onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  return (
    <I18nRoot language="lv">
      <ServiceSearch services={services} search={search} language="lv" query={query} onQuery={setQuery} onOpen={onOpen} />
    </I18nRoot>
  );
}

const selected = () => screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true');

describe('service search by keyboard', () => {
  it('lists every service alphabetically before anything is typed, with the box focused', () => {
    render(<Harness onOpen={() => {}} />);
    expect(screen.getByRole('combobox', { name: 'Meklēt pakalpojumu' })).toHaveFocus();
    expect(screen.getAllByRole('option')).toHaveLength(60);
    expect(screen.getByRole('status')).toHaveTextContent('Atrasti 60 pakalpojumi');
  });

  it('narrows while typing, moves with the arrows, opens with Enter and clears with Esc', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<Harness onOpen={onOpen} />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'izzin');
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names.length).toBeGreaterThan(2);
    expect(names.length).toBeLessThan(10);
    expect(selected()).toBe(screen.getAllByRole('option')[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    const second = screen.getAllByRole('option')[1]!;
    expect(selected()).toBe(second);
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(second.id.replace('service-option-', ''));
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(screen.getAllByRole('option')).toHaveLength(60);
  });

  it('takes Tab from the box to the results, where the arrows and Enter go on working, and Esc returns to the box', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<Harness onOpen={onOpen} />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'izzin');
    await user.tab();
    const list = screen.getByRole('listbox');
    expect(list).toHaveFocus();
    const first = selected()!;
    await user.keyboard('{ArrowDown}');
    const second = selected()!;
    expect(second).not.toBe(first);
    expect(list).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(second.id.replace('service-option-', ''));
    await user.keyboard('{Escape}');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness onOpen={() => {}} />);
    await user.type(screen.getByRole('combobox'), 'qqqxxzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Nekas netika atrasts');
  });
});
