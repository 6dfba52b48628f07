import { z } from 'zod';
import { endpoint } from '../contract/endpoint';

/** A desk whose key waits on the share for IT to enrol it (or whose key changed since). */
export interface WaitingDesk {
  deskId: string;
  institution: string;
  deskCode: string;
  /** When the desk made its key. */
  createdAt: string;
  /** True when the desk is enrolled with another key: a reinstalled desk, or someone posing as it. */
  keyChanged: boolean;
  /** What IT runs to enrol it, with the paths of this share. */
  command: string;
}

/** What IT sees of the trust root on the admin screen. */
export interface TrustStatus {
  /** The pinned admin key's fingerprint, or null when this machine has none (nothing is verified). */
  adminKey: string | null;
  enrolled: Array<{ deskId: string; institution: string; deskCode: string; enrolledAt: string }>;
  waiting: WaitingDesk[];
  /** The share could not be read: lists may be incomplete. */
  shareUnavailable: boolean;
}

export const trustContract = {
  'trust:status': endpoint<TrustStatus>()(z.undefined()),
};
export type TrustChannel = keyof typeof trustContract;
