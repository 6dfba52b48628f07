import { z } from 'zod';

/** Codes used in files, imports and exports. Labels are translated; codes never are. */
export const KINDS = ['complaint', 'suggestion', 'idea', 'praise', 'question'] as const;
export const CHANNELS = ['in_person', 'phone', 'trust_phone', 'email', 'letter', 'e_address', 'questionnaire'] as const;
export const SUBJECTS = ['employee_conduct', 'head_conduct', 'ethics', 'service_quality', 'premises', 'procedure', 'other'] as const;
export const STATUSES = ['registered', 'in_review', 'answered', 'closed', 'forwarded', 'extended', 'void'] as const;
/** Who reviews an entry (§11); a subset of the identity roles. */
export const REVIEWERS = ['head', 'executive_director', 'ethics_commission', 'council_chair'] as const;

export type Kind = (typeof KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Status = (typeof STATUSES)[number];
export type Reviewer = (typeof REVIEWERS)[number];

export const kindSchema = z.enum(KINDS);
export const channelSchema = z.enum(CHANNELS);
export const subjectSchema = z.enum(SUBJECTS);
export const statusSchema = z.enum(STATUSES);
export const reviewerSchema = z.enum(REVIEWERS);
