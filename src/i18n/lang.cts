/** Which language to speak. CommonJS, for the start-up path of `info --help` (`cli/help-fast.cts`). */
type Lang = 'zh-CN' | 'en';

/** `--lang`, else the config, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`); Chinese when none says. */
export function chooseLang(flag: Lang | undefined, configLang: Lang | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag) return flag;
  if (configLang) return configLang;
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!fromEnv) return 'zh-CN';
  return /^zh/i.test(fromEnv) ? 'zh-CN' : 'en';
}
