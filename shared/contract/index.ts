import type { z } from 'zod';
import { appContract, appEvents } from '../app/contract';
import { catalogContract } from '../catalog/contract';
import { deskContract, deskEvents } from '../desk/contract';
import { directoryContract, directoryEvents } from '../directory/contract';
import { displayContract, displayEvents } from '../display/contract';
import { registerContract, registerEvents } from '../register/contract';
import { reviewContract, reviewEvents } from '../review/contract';
import { surveyContract } from '../survey/contract';
import { rulesContract } from '../rules/rules';
import { questionnaireContract } from '../questionnaire/contract';
import { trustContract } from '../trust/contract';
import type { DeskChannel, DeskEvent, DisplayChannel, DisplayEvent } from './channels';
import type { Endpoint, EventSpec } from './endpoint';

/** The one handler map: every channel with its request schema and response type. */
export const contract = {
  ...appContract,
  ...displayContract,
  ...catalogContract,
  ...directoryContract,
  ...deskContract,
  ...registerContract,
  ...reviewContract,
  ...surveyContract,
  ...rulesContract,
  ...questionnaireContract,
  ...trustContract,
} satisfies Record<DeskChannel | DisplayChannel, Endpoint>;

export const events = {
  ...appEvents,
  ...displayEvents,
  ...directoryEvents,
  ...deskEvents,
  ...registerEvents,
  ...reviewEvents,
} satisfies Record<DeskEvent | DisplayEvent, EventSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EventName = keyof typeof events;

export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C] extends Endpoint<z.ZodType, infer R> ? R : never;
export type PayloadOf<E extends EventName> = (typeof events)[E] extends EventSpec<infer P> ? P : never;

/** The server side: one function per channel, given the parsed request. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>, context: HandlerContext) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export interface HandlerContext {
  window: 'desk' | 'display';
}

export * from './channels';
export * from './result';
