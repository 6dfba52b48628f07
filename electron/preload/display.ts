import { exposeBridge } from './expose';

// The client display gets only display state and its language switch: no register.
exposeBridge('display');
