import { exposeBridge } from './expose';

exposeBridge('desk');
