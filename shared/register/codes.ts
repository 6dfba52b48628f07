import { z } from 'zod';

/** Codes used in files, imports and exports. Labels are translated; codes never are. */
export const KINDS = ['complaint', 'suggestion', 'idea', 'praise', 'question'] as const;
export const CHANNELS = ['in_person', 'phone', 'trust_phone', 'email', 'letter', 'e_address', 'questionnaire'] as const;
export const SUBJECTS = ['employee_conduct', 'head_conduct', 'ethics', 'service_quality', 'premises', 'procedure', 'other'] as const;
export const STATUSES = ['registered', 'in_review', 'answered', 'closed', 'forwarded', 'extended', 'void'] as const;
/** Letters an office sends the client about an entry. */
export const LETTER_KINDS = ['reply', 'extension', 'forwarding', 'where_to_apply'] as const;
/** Outside the institution's competence: forwarded to the competent body, or the client told where to apply. */
export const FORWARD_OUTCOMES = ['forwarded', 'where_to_apply'] as const;
/** Who reviews an entry (§11); a subset of the identity roles. */
export const REVIEWERS = ['head', 'executive_director', 'ethics_commission', 'council_chair'] as const;

export type Kind = (typeof KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Status = (typeof STATUSES)[number];
export type Reviewer = (typeof REVIEWERS)[number];
export type LetterKind = (typeof LETTER_KINDS)[number];
export type ForwardOutcome = (typeof FORWARD_OUTCOMES)[number];

export const kindSchema = z.enum(KINDS);
export const channelSchema = z.enum(CHANNELS);
export const subjectSchema = z.enum(SUBJECTS);
export const statusSchema = z.enum(STATUSES);
export const reviewerSchema = z.enum(REVIEWERS);
