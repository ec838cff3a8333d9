/** Messages of sharing a workspace through git: `info merge-file`, `info git setup`, and what `status` says of them. */
import type { Messages } from './index.js';

export const git: Messages = {
  'help.mergeFile': {
    zh: 'git 的合并驱动：三方合并一个信息、约稿或台账文件（结果写入 OURS）',
    en: 'git’s merge driver: the three-way merge of one item, solicitation or ledger file (result written to OURS)',
  },
  'help.mergeFile.examples': {
    zh: '  info merge-file base.md ours.md theirs.md items/2026/11/20261103-k7f2-xiang-mu.md\n  （通常由 git 调用；用 info git setup 注册）',
    en: '  info merge-file base.md ours.md theirs.md items/2026/11/20261103-k7f2-xiang-mu.md\n  (git runs it; register it with info git setup)',
  },
  'help.git': { zh: '用 git 共享工作区', en: 'share the workspace through git' },
  'help.git.examples': { zh: '  info git setup', en: '  info git setup' },
  'help.git.setup': {
    zh: '在本仓库注册合并驱动，并写好 .gitattributes 和 .gitignore（可重复运行）',
    en: 'register the merge driver in this repository and write .gitattributes and .gitignore (safe to run again)',
  },
  'help.git.setup.examples': {
    zh: '  info git setup\n  info git setup --json',
    en: '  info git setup\n  info git setup --json',
  },

  'merge.conflict': {
    zh: '{file}：两边对 {keys} 的改动不同，已用冲突标记并列两边的内容，其余已合并；请解决后用 info validate 检查',
    en: '{file}: both sides changed {keys} differently; both versions stand between conflict markers, the rest is merged. Resolve them, then check with info validate',
  },
  'merge.fallback': {
    zh: '{file}：{side|mergeSide}不能逐条合并（{reason|mergeReason}），已按行合并并留作冲突，请手工检查',
    en: '{file}: {side|mergeSide} cannot be merged record by record ({reason|mergeReason}); merged line by line instead and left as a conflict to check by hand',
  },
  'mergeSide.base': { zh: '共同祖先版本', en: 'the common ancestor' },
  'mergeSide.ours': { zh: '本地版本', en: 'our version' },
  'mergeSide.theirs': { zh: '对方版本', en: 'their version' },
  'mergeSide.result': { zh: '合并结果', en: 'the merged text' },
  'mergeReason.missing': { zh: '不存在', en: 'does not exist' },
  'mergeReason.encoding': {
    zh: '不是 UTF-8 文本（二进制或其他编码）',
    en: 'is not UTF-8 text (binary, or another encoding)',
  },
  'mergeReason.file-too-large': { zh: '超过 5 MiB', en: 'is over 5 MiB' },
  'mergeReason.file-unreadable': { zh: '无法读取', en: 'cannot be read' },
  'mergeReason.frontmatter-missing': { zh: '没有 YAML 头信息', en: 'has no YAML front matter' },
  'mergeReason.frontmatter-language': { zh: '头信息不是 YAML', en: 'has front matter in another language than YAML' },
  'mergeReason.yaml-syntax': { zh: 'YAML 有语法错误', en: 'has a YAML syntax error' },
  'mergeReason.conflict-marker': { zh: '已含冲突标记', en: 'already holds conflict markers' },
  'mergeReason.field-type': { zh: '头信息不是键值表', en: 'has front matter that is not a mapping' },
  'mergeReason.not-mapping': { zh: '头信息不是普通的键值表', en: 'has front matter that is not a plain mapping' },
  'mergeReason.key-not-text': { zh: '头信息的键不是文字', en: 'has a front-matter key that is not text' },
  'mergeReason.unfaithful': {
    zh: '读回的内容与应合并的内容不符',
    en: 'did not read back as the merge meant',
  },

  'git.setup.done': {
    zh: '已在 {repository} 注册合并驱动 infodesk：信息、约稿和台账文件将逐条合并',
    en: 'registered the merge driver infodesk in {repository}: item, solicitation and ledger files merge record by record',
  },
  'git.setup.registered': {
    zh: '{repository} 已注册合并驱动 infodesk，无需改动',
    en: 'the merge driver infodesk is registered in {repository} already; nothing to change',
  },
  'git.setup.created': { zh: '已创建 {name}', en: 'created {name}' },
  'git.setup.updated': { zh: '已在 {name} 中补上所需的行', en: 'added the lines it lacked to {name}' },
  'git.setup.next': {
    zh: '每个克隆（每台电脑）各运行一次 info git setup；.gitattributes 和 .gitignore 要提交到仓库。',
    en: 'Run info git setup once in every clone (on every machine); commit .gitattributes and .gitignore.',
  },
  'status.mergeDriver.missing': {
    zh: '本工作区用 git 共享，但本克隆未注册合并驱动：git pull 时信息文件会产生难以解决的冲突。请运行 info git setup',
    en: 'this workspace is shared through git but this clone has no merge driver: git pull will leave hard conflicts in item files. Run info git setup',
  },
  'status.mergeDriver.stale': {
    zh: '合并驱动指向的程序已不存在（info 移动或重装过），请再运行一次 info git setup',
    en: 'the merge driver names a program that is no longer there (info was moved or reinstalled): run info git setup again',
  },
  'init.git': {
    zh: '工作区在 git 仓库中：运行 info git setup，让信息文件在 git pull 时逐条合并。',
    en: 'The workspace is in a git repository: run info git setup so that item files merge record by record on git pull.',
  },
  'init.gitattributes': {
    zh: '.gitattributes 已存在，未改动；用 git 共享工作区时，请运行 info git setup 补上合并驱动的设置',
    en: '.gitattributes exists and was left as it is; to share the workspace through git, run info git setup to add the merge driver lines',
  },
};
