// A line that speaks of someone else's machine: a vendor's or Microsoft's
// demo or test, a forum post, a blog, an article or the
// documentation's example (docs/evidence.md, "Someone else's build"). Admins
// paste such text while researching; its builds are not their clients.
// Read on the line before the build: the words that say whose machine it is
// often stand in another clause ("Accepted answer: Works for me on Version …"),
// and a build before them is the writer's own ("Our PC: SfB 16.0.x (the blog used 16.0.y)").

const ELSEWHERE = new RegExp(
  [
    // Demos and vendors' tests (a lab or a test machine may be the admin's own: not read).
    '(?:this|the|a|their|microsoft\'s|microsoft) demo', 'demo (?:tenant|environment|vm|machine|setup|lab|video)', "vendor's demo", 'vendor demo', 'vendor tested', "vendor's test", 'демо(?:нстрац\\p{L}*)?',
    // Forums, blogs, articles and the documentation.
    'posted by', 'accepted answer', 'answer \\((?=\\p{L})', "vendor's answer", "vendor's reply", 'vendor replied', 'answer from', 'quoting', 'quote from', 'tech community', 'q&a', 'forum', 'mvp', 'moderator', 'модератор\\p{L}*',
    'blog', 'article', 'sample log', 'docs example', 'the docs', 'documentation example', 'microsoft docs', 'someone else', "colleague's machine",
    'for comparison', 'same issue here', 'laut blog', 'на форуме', 'в блоге', 'в статье',
    // Vendors' knowledge bases, matrices and recommendations: "Citrix recommends …", "Known issue CTX234567: …",
    // "VMware KB 56977: …", "Vendor matrix: …", "laut Citrix CTX270411" (red-team round 242).
    '(?:citrix|vmware|microsoft|vendor) (?:recommends|tested|lists|fixed|says)', 'known issue (?:ctx|kb)\\s?\\d+', '(?:vmware|citrix) kb\\s?\\d{4,}', 'ctx\\d{5,}', 'vendor matrix', 'support matrix', 'compatibility matrix',
    // Vendors' compatibility lists, and builds known not to work with a product (red-team round 296).
    '(?:plugin|plug-in|add-in|connector|headset|device|vendor|product) compatibility(?: list| table)?', 'compatibility (?:list|table)', 'matrice de compatibilité', 'kompatibilitätsliste', 'kompatibilitätsmatrix', 'матрица совместимости', 'список совместимости',
    'known incompatible', 'known to be incompatible', 'incompatible with', 'interop matrix', 'interoperability matrix', 'tested against',
    // Another organisation's users: a post from another company, a subsidiary's colleague (red-team round 372).
    'from the vendor', 'vendor\'s reference', 'reference (?:pc|machine|vm|system)', 'techcommunity', 'another company', 'other company', 'another organi[sz]ation', 'other organi[sz]ation', 'subsidiary', 'tochtergesellschaft', 'schwesterfirma', 'anderen firma', 'дочерн\\p{L}* (?:компани\\p{L}*|организаци\\p{L}*|фирм\\p{L}*)', 'другой компании', 'otra empresa', 'autre (?:société|entreprise)',
    "microsoft's screenshot", 'microsoft screenshot', 'docs screenshot', 'screenshot in the docs', "microsoft's example", 'example given', 'ticket template', 'validé par l\'éditeur', 'vom hersteller freigegeben', 'certified by the vendor', 'vendor certified',
  ].join('|'),
  'iu',
);
/** Word edges around ELSEWHERE (its alternatives start and end with letters, a bracket or a dot). */
const EDGED = new RegExp(`(?<![\\p{L}\\d_-])(?:${ELSEWHERE.source})(?![\\p{L}\\d_-])`, 'giu');
/** Words that bring the text back to the writer's own machines after such words ("Replying to the forum thread: on our side …"). */
const OWN_AGAIN = /(?<![\p{L}])(?:on our side|our own|ours is|ours|in our (?:company|environment|estate|office|org)|у нас|bei uns|chez nous)(?![\p{L}])/iu;
/** A quotation mark: what follows is still the other's words ("… thread: "Our users are on …""). */
const QUOTE = /["“”«„]/;

/** A word every ELSEWHERE alternative holds, found fast (most lines hold none): EDGED confirms. */
const HINT = /compan|organi|subsidiar|tochter|schwester|firma|дочерн|компани|empresa|société|entreprise|demo|демо|vendor|posted|answer|quot|community|q&a|forum|форум|mvp|moderator|модератор|blog|блог|article|статье|sample|docs|documentation|someone|colleague|comparison|same issue|recommends|tested|lists|fixed|says|kb|ctx|matrix|compatib|kompatib|совместим|éditeur|hersteller|certified|interop|against|screenshot|example|template/i;

/** How far before the build the words are looked for: a line of many builds is read in linear time. */
const REACH = 200;

/** Whether `line` says, before offset `at`, that the build there is someone else's machine's (a demo, a forum post, a blog, the docs). */
export function speaksOfElsewhere(line: string, at: number, end = at): boolean {
  // So does a bracket right after the build that says whose post it is: "Our users run 16.0.x (post from another company …)",
  // and a dash's "not ours" ("… runs Skype for Business 16.0.x” – not ours", red-team round 375).
  if (end > at && (attributedAfter(line, end) || NOT_OURS_AFTER.test(line.slice(end, end + NOT_OURS_REACH)))) return true;
  const before = line.slice(Math.max(0, at - REACH), at);
  if (!HINT.test(before)) return false;
  let last = -1;
  EDGED.lastIndex = 0;
  for (let m = EDGED.exec(before); m; m = EDGED.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const after = before.slice(last);
  return QUOTE.test(after) || !OWN_AGAIN.test(after);
}

/** A bracket after the build's clause, ending its line, that names another's post or machine. */
function attributedAfter(line: string, end: number): boolean {
  // Found by index, not by a pattern: most lines end in no bracket, and this is asked of every confirmed build.
  let close = line.length - 1;
  const stop = Math.max(end, close - 8);
  while (close > stop && (line.charCodeAt(close) <= 32 || line.charCodeAt(close) === 46 || line.charCodeAt(close) === 33)) close--;
  if (line.charCodeAt(close) !== 41 /* ) */) return false;
  // (Looked for back from the bracket's end only as far as a bracket may be long: a long line is not read again per build.)
  let open = close - 1;
  const least = Math.max(end, close - ATTRIBUTION_LENGTH);
  while (open >= least && line.charCodeAt(open) !== 40) open--;
  if (open < least || open - end > ATTRIBUTION_GAP || close - open <= 4) return false;
  const inside = line.slice(open + 1, close);
  // (One bracket, after the build's clause: "16.0.x and offline IM works fine (post from …)".)
  if (inside.includes('(') || inside.includes(')') || /[()]/.test(line.slice(end, open))) return false;
  // (A bracket with a build of its own speaks of that build: "16.0.x (the blog author used 16.0.y)".)
  if (!HINT.test(inside) || BUILD_IN.test(inside)) return false;
  EDGED.lastIndex = 0;
  return EDGED.test(inside);
}
const ATTRIBUTION_GAP = 80;
/** "– not ours", "— nicht unserer", «— не наша», after the build's clause. */
const NOT_OURS_AFTER = /^[^\d\r\n]{0,40}?[–—-]\s*(?:(?:that['’]s|it['’]s|this is)\s+)?(?:not ours|not our (?:build|pc|machine|client)|nicht unser\p{L}*|не наш\p{L}*|pas l[ea] nôtre|no es nuestr[oa])(?![\p{L}])/iu;
const NOT_OURS_REACH = 80;
const ATTRIBUTION_LENGTH = 120;
const BUILD_IN = /\d\.\d+\.\d/;
