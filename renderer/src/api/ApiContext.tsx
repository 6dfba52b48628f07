import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from '../../../shared/contract/client';
import type { DeskChannel, DeskEvent, DisplayChannel, DisplayEvent } from '../../../shared/contract/channels';

export type DeskClient = Client<DeskChannel, DeskEvent>;
export type DisplayClient = Client<DisplayChannel, DisplayEvent>;

const DeskContext = createContext<DeskClient | null>(null);
const DisplayContext = createContext<DisplayClient | null>(null);

export function DeskApiProvider({ client, children }: { client: DeskClient; children: ReactNode }) {
  return <DeskContext.Provider value={client}>{children}</DeskContext.Provider>;
}

export function DisplayApiProvider({ client, children }: { client: DisplayClient; children: ReactNode }) {
  return <DisplayContext.Provider value={client}>{children}</DisplayContext.Provider>;
}

export function useDeskApi(): DeskClient {
  const client = useContext(DeskContext);
  if (!client) throw new Error('useDeskApi outside DeskApiProvider');
  return client;
}

export function useDisplayApi(): DisplayClient {
  const client = useContext(DisplayContext);
  if (!client) throw new Error('useDisplayApi outside DisplayApiProvider');
  return client;
}
