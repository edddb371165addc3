// After both builds: the one-file offline game goes beside the hosted one, for teachers to download.
import { copyFileSync } from 'node:fs';
copyFileSync('dist-offline/index.html', 'dist/on-the-record-offline.html');
console.log('dist/on-the-record-offline.html: the whole game in one file (opens from disk, no network)');
