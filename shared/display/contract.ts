import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import { clientLanguageSchema, displayViewSchema, type DisplayState } from './state';

export const displayContract = {
  /** Desk: put a view on the client's screen. */
  'display:show': endpoint<DisplayState>()(z.object({ view: displayViewSchema }).strict()),
  /** Desk: open the client display window again (desktop app only; answers false elsewhere). */
  'display:open-window': endpoint<{ opened: boolean }>()(z.undefined()),
  /** Display: what to show now. */
  'display:get': endpoint<DisplayState>()(z.undefined()),
  /** Display: the client picked a language. */
  'display:set-language': endpoint<DisplayState>()(z.object({ language: clientLanguageSchema }).strict()),
};

export const displayEvents = {
  'display:changed': event<DisplayState>(),
};
