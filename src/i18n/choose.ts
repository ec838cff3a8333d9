/**
 * Which language to speak, apart from the catalogues so that choosing loads no messages.
 * It lives with the start-up path of `--help` (CommonJS, `cli/help-fast.cts`).
 */
export { chooseLang } from '../cli/help-fast.cjs';
