import type { Suite } from './figure';
import { catalogSearch } from './catalogSearch.bench';
import { directorySearch } from './directorySearch.bench';
import { ownJournalBench, registerBench } from './register.bench';
import { reviewBrowser } from './reviewBrowser.bench';
import { reviewInbox } from './reviewInbox.bench';

/** Every benchmark suite; features add theirs here. */
export const suites: Suite[] = [catalogSearch, directorySearch, ownJournalBench, registerBench, reviewInbox, reviewBrowser];
