/** Messages of the cache and of progress. */
import type { Messages } from './index.js';

export const perf: Messages = {
  'help.opt.noCache': {
    zh: '不读也不写 .info/cache 中的缓存，逐个重新读取检查文件',
    en: 'neither read nor write the cache in .info/cache; read and check every file afresh',
  },
  'progress.files': { zh: '读取检查文件', en: 'Checking files' },
};
