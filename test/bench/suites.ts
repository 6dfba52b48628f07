import type { Suite } from './figure';
import { firstRender } from './firstRender.bench';
import { registerBench } from './register.bench';
import { reviewBrowser } from './reviewBrowser.bench';
import { reviewInbox } from './reviewInbox.bench';

/** Every benchmark suite; features add theirs here. */
export const suites: Suite[] = [firstRender, registerBench, reviewInbox, reviewBrowser];
