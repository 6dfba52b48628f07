import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveConfig } from '../../../shared/config/schema';
import type { AppInfo, UserSettings } from '../../../shared/app/contract';
import type { Identity } from '../../../shared/identity/identity';
import { AboutScreen } from '../features/about/AboutScreen';
import { CatalogScreen } from '../features/catalog/CatalogScreen';
import { ComplaintScreen } from '../features/complaint/ComplaintScreen';
import { DeskScreen } from '../features/desk/DeskScreen';
import { DirectoryAdminScreen } from '../features/directory/admin/DirectoryAdminScreen';
import { DirectoryScreen } from '../features/directory/DirectoryScreen';
import { ClientDisplayScreen } from '../features/display/ClientDisplayScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { SyncIndicator } from '../features/register/SyncIndicator';
import { ConfigProblems } from '../features/settings/ConfigProblems';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { reviewNavItems } from '../features/review/reviewNav';
import { DueReminder } from '../features/review/DueReminder';
import type { NavItem } from './navigation';
import { surveyNavItems, useEndService } from '../features/survey';
import { RulesReminder, RulesScreen } from '../features/rules';
import { CalendarNotice } from '../features/register';
import { TrustScreen } from '../features/trust';
import { QuestionnairesScreen } from '../features/questionnaire';

export interface DeskAppProps {
  config: EffectiveConfig;
  settings: UserSettings;
  info: AppInfo;
  identity: Identity;
  onSaveSettings: (patch: Partial<UserSettings>) => Promise<void>;
}

export function DeskApp({ config, settings, info, identity, onSaveSettings }: DeskAppProps) {
  const { t } = useTranslation();
  // F9 ends the service on every screen: the client display then asks for a rating.
  useEndService();
  const items: NavItem[] = [
    { id: 'client-display', label: 'nav.clientDisplay', render: () => <ClientDisplayScreen canOpenWindow={info.mode === 'electron'} /> },
    { id: 'desk', label: 'nav.desk', render: () => <DeskScreen /> },
    { id: 'catalog', label: 'nav.catalog', render: () => <CatalogScreen institutionName={config.values.institutionName} /> },
    { id: 'directory', label: 'nav.directory', render: () => <DirectoryScreen /> },
    { id: 'register', label: 'register:nav.title', render: () => <RegisterScreen /> },
    ...reviewNavItems(identity, config.values.institutionName ?? config.values.institution ?? ''),
    ...surveyNavItems(identity),
    ...(identity.personId
      ? [
          { id: 'rules', label: 'nav.rules', render: () => <RulesScreen identity={identity} /> },
          { id: 'questionnaires', label: 'nav.questionnaires', render: () => <QuestionnairesScreen identity={identity} /> },
        ]
      : []),
    { id: 'complaint', label: 'nav.complaint', render: () => <ComplaintScreen institutionName={config.values.institutionName} /> },
    ...(identity.roles.includes('admin')
      ? [
          { id: 'directory-admin', label: 'nav.directoryAdmin', render: () => <DirectoryAdminScreen /> },
          { id: 'trust', label: 'nav.trust', render: () => <TrustScreen /> },
        ]
      : []),
    {
      id: 'settings',
      label: 'nav.settings',
      render: () => <SettingsScreen config={config} settings={settings} onSaveSettings={onSaveSettings} />,
    },
    { id: 'about', label: 'nav.about', render: () => <AboutScreen info={info} /> },
  ];
  // Heads, the executive director and ethics commissions review on their own desktop: their inbox comes first.
  const [active, setActive] = useState(() =>
    items.some((i) => i.id === 'review') && identity.roles.some((r) => r !== 'desk_staff' && r !== 'admin') ? 'review' : items[0]!.id,
  );
  const current = items.find((i) => i.id === active) ?? items[0]!;
  // Choosing a screen in the menu opens it from its start, also the one already open (a service → the list).
  const [visit, setVisit] = useState(0);
  const open = (id: string) => {
    setActive(id);
    setVisit((v) => v + 1);
  };
  const { values } = config;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <p className="where" data-testid="where">
          {values.institutionName ?? values.institution ?? t('app.noInstitution')}
          {values.desk ? ` · ${t('app.desk', { desk: values.desk })}` : ''}
          {info.mode === 'preview' ? ` · ${t('app.previewMode')}` : ''}
          <br />
          <span data-testid="signed-in">{t('app.signedInAs', { name: identity.displayName ?? identity.account })}</span>
        </p>
        <SyncIndicator />
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="nav-item" aria-current={item.id === current.id ? 'page' : undefined} onClick={() => open(item.id)}>
                {t(item.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {current.id !== 'settings' && <ConfigProblems config={config} onOpenSettings={() => open('settings')} />}
        {current.id !== 'rules' && identity.personId && <RulesReminder onOpen={() => open('rules')} />}
        {identity.roles.includes('admin') && <CalendarNotice />}
        {current.id !== 'review' && <DueReminder identity={identity} onOpen={() => open('review')} />}
        <Fragment key={`${current.id}-${visit}`}>{current.render()}</Fragment>
      </main>
    </div>
  );
}
