/**
 * The one list of channel names, shared by main and both preloads. Kept free of schemas so
 * that the sandboxed preloads bundle nothing but these strings.
 *
 * A channel listed for a window is the only way that window can reach main: the client
 * display's list is deliberately short, so it can never reach the register.
 */
const CATALOG_CHANNELS = [
  'catalog:get',
  'catalog:show',
  'catalog:save-service',
  'catalog:remove-service',
  'catalog:save-review',
  'catalog:import',
  'catalog:export',
  'catalog:form',
] as const;

export const DESK_CHANNELS = [
  'app:info',
  'config:get',
  'identity:get',
  'settings:get',
  'settings:set',
  'display:get',
  'display:show',
  'display:open-window',
  ...CATALOG_CHANNELS,
  // staff directory, who serves at this desk, referrals (issue 3)
  'directory:get',
  'directory:import-preview',
  'directory:import-apply',
  'directory:save-person',
  'directory:remove-person',
  'directory:refer',
  'desk:get',
  'desk:serve',
  'desk:set-status',
  'desk:show-badge',
  'register:add',
  'register:list-mine',
  'register:preview-routing',
  'register:calendar-notice',
  'sync:status',
  'sync:now',
  // review workspace (issue 6)
  'review:inbox',
  'review:entry',
  'review:act',
  'review:note',
  'review:letter',
  'review:report',
  'review:export-report',
  'review:export-inbox',
  'review:destruction',
  'review:export-destruction',
  'review:destroy-due',
  'review:subject-export',
  'review:printed',
  'review:badge',
  'review:attachments',
  'review:attach',
  'review:attachment',
  // client satisfaction (issue 13): the desk ends a service; heads read the results
  'survey:invite',
  'survey:report',
  'survey:export',
  // acknowledgement of the rules (issue 13)
  'rules:current',
  'rules:acknowledge',
  'rules:status',
  'rules:publish',
  'rules:remind',
  // the trust root as IT sees it (issue 10)
  'trust:status',
  // staff questionnaires (issue 13)
  'questionnaire:mine',
  'questionnaire:answer',
  'questionnaire:results',
  'questionnaire:publish',
  'questionnaire:export',
] as const;

/** The client's survey answer travels on a channel only the display has. */
export const DISPLAY_CHANNELS = ['display:get', 'display:set-language', 'survey:answer'] as const;

export const DESK_EVENTS = [
  'display:changed',
  'directory:changed',
  'desk:changed',
  'identity:changed',
  'sync:changed',
  'register:changed',
  'review:changed',
] as const;

export const DISPLAY_EVENTS = ['display:changed'] as const;

export type DeskChannel = (typeof DESK_CHANNELS)[number];
export type DisplayChannel = (typeof DISPLAY_CHANNELS)[number];
export type DeskEvent = (typeof DESK_EVENTS)[number];
export type DisplayEvent = (typeof DISPLAY_EVENTS)[number];

export type WindowKind = 'desk' | 'display';

export const channelsFor = (kind: WindowKind): readonly string[] => (kind === 'desk' ? DESK_CHANNELS : DISPLAY_CHANNELS);

export const eventsFor = (kind: WindowKind): readonly string[] => (kind === 'desk' ? DESK_EVENTS : DISPLAY_EVENTS);

/** The name each window's preload exposes on `window`. */
export const BRIDGE_NAME: Record<WindowKind, 'desk' | 'display'> = { desk: 'desk', display: 'display' };
