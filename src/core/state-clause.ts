// Whether the sentence around a named build says, in everyday words, that the
// build is not on the client now (docs/evidence.md, "Not there now, in everyday words"): waiting,
// queued, downloading, in the cache, failed, rolled back, removed, coming
// tonight, a target. Phrase lists by position never end («висит в очереди»,
// "bombed out", "kommt erst mit Welle 3", "staat klaar"); the grammar is
// shorter: a word of another state in the build's own clause, and no word of
// the present state there. Read for a build in prose (scan.ts, after the
// supposition and the past), and for a state key's value below an item
// (status-below.ts) and the cell after a row's build (stateSaysNotThere).

import type { Clause } from './clause-around.ts';

const L = '\\p{L}';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** Not waiting for someone's answer ("awaiting user reply", «ждёт ответа», "en attente de retour", "czeka na odpowiedź użytkownika"). */
const NOT_FOR_A_REPLY = `(?!\\s+(?:on |for |na |auf |de |на |от |di |op )?(?:the |a |la |le |die |den |eine? |das |du |il |de )?(?:user|customer|caller|reply|response|feedback|info|information|confirmation|answer|callback|retour|réponse|odpowied${L}*|antwort|rückmeldung|freigabe|ответ${L}*|пользовател${L}*|respuesta|risposta|riscontro|gebruiker|reactie|klant|kunde${L}*|benutzer${L}*|użytkownik${L}*|uživatel${L}*|usuario|utilisateur|utente)${EDGE_AFTER})`;

/**
 * The grammar of "not installed" and "to be installed", for the languages whose every form no list holds: a negation,
 * or an auxiliary of the future or the passive, then at most three words, then a verb of installing, deploying or
 * arriving ("non è stato installato", "n'a pas encore été installé", "har inte installerats ännu", «ще не
 * встановили», "még nem telepítettük", "vai ser instalado", "lesz telepítve", "urmează să fie instalat", "kommer att
 * rullas ut", "hasn't reached the PCs").
 */
const NEGATION = `(?:not|${L}*n['’]t|never|nicht|kein${L}*|не|ні|nie|non|nu|ne|pas|não|nao|inte|ikke|ei|nem|henüz|δεν|niet|no(?:\\s+(?:se|ha|han|fue|está|lo|la|le))+|no(?=\\s+(?:instal|despleg|desplieg|implement|distribu)))`;
const FUTURE =
  `(?:will(?:\\s+be)?|['’]ll(?:\\s+be)?|going\\s+to(?:\\s+be)?|gonna(?:\\s+be)?|(?:yet|still)\\s+to\\s+be|vai(?:\\s+ser)?|irá|lesz|urmează\\s+să(?:\\s+fie)?|kommer\\s+(?:att|til\\s+at)(?:\\s+(?:bli|blive))?|vil\\s+bli|skal|wird|werden|будет|будут|буде|будуть|` +
  `планиру${L}*|плану${L}*|собира${L}*|andrebbe|sarà|será|serán|sera|seront|zal|zullen|zostanie|zostaną|bude|budou|olacak|θα|verrà|verranno|va\\s+a|van\\s+a|vamos\\s+a|va\\s+être|vont\\s+être|` +
  `ma\\s+być|має\\s+бути|mají\\s+být|má\\s+být|μένει\\s+να|återstår\\s+att|está\\s+por|moet\\s+nog|muss\\s+noch|müssen\\s+noch)`;
const INSTALL_VERB =
  `(?:install|instal|deploy|despleg|desplieg|implement|implant|distribu|déploy|verteil|ausgeroll|uitgerold|uitrol|geïnstalleerd|telepít|kurul|yüklen|dağıt|встанов|установ|постав|розгорн|развер|раскат|накат|` +
  `wdroż|zainstal|nasaz|nainstal|rullad|rullet|rullas|utrull|udrull|asenn|εγκατ|push)${L}*(?<!ment|ments|ung|ungen|tion|tions|ción|ção|zione)`;
/** Arriving, said of machines only: "hasn't reached the PCs", "não chegou aos computadores" (offline messages arrive too). */
const ARRIVE_ON_MACHINES =
  `(?:arriv|landed|reach|llegad|llegó|cheg|dotarł|dorazil|megérkez|ulaş|доех|доїх|дійш|прилет|nådd|kommit|saapu)${L}*\\s+(?:[\\p{L}'’]+\\s+){0,2}?` +
  `(?:pcs?|computers?|machines?|devices?|laptops?|desktops?|clients?|equipos|computadores|máquinas|ordinateurs|postes|rechner|geräte|компьютер${L}*|пк|komputer${L}*|počítač${L}*|gép${L}*|bilgisayar${L}*|calculatoare|datorer${L}*|koneille)`;
/** Not said of messages: "offline IMs are not arriving", «сообщения не доставлены», "messages non distribués". */
const NOT_OF_MESSAGES = `(?<!(?:messages?|ims?|сообщени${L}*|mensag${L}*|mensaj${L}*|nachricht${L}*|bericht${L}*|wiadomoś${L}*|zpráv${L}*|üzenet${L}*|mesaj${L}*|повідомлен${L}*)\\s+(?:${L}+\\s+)?)`;
const NOT_YET_GRAMMAR = [
  `${NOT_OF_MESSAGES}${NEGATION}\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:${INSTALL_VERB}|${ARRIVE_ON_MACHINES})`,
  `${FUTURE}\\s+(?:[\\p{L}'’]+\\s+){0,3}?${INSTALL_VERB}`,
  // Verbs whose form says it: the Finnish passive future and "-matta", the Turkish negative, "waiting to be installed".
  'asennetaan', 'jaetaan', `(?:asenta|jaka)matta`, `(?:kurul|yüklen|dağıtıl|yapıl)${L}*(?:madı|medi|mamış|memiş)`, 'bekliyor',
];

/** Waiting, queued, downloading, staged or cached: the build is on its way, not installed. */
const UNDER_WAY = [
  `pending${NOT_FOR_A_REPLY}`, 'queued', 'in (?:the )?queue', `(?:a)?waiting${NOT_FOR_A_REPLY}`, 'staged', 'staging', 'deploying', 'distributing', 'downloading',
  'download(?:ing)? (?:at|stuck)', 'stuck downloading', '(?:at|bei|на|auf|op|na) \\d{1,2} ?%', '(?<!work )in progress', 'not (?:yet )?(?:installed|applied|deployed)', 'never (?:made it|landed|installed|arrived|got installed)',
  'not there yet', 'has ?n[\'’]?t (?:landed|arrived|installed|shown up)', 'did ?n[\'’]?t (?:install|take|land|stick)', 'sitting in (?:the )?(?:cache|ccmcache)', 'in (?:the )?cache', 'ccmcache',
  'ausstehend', 'wartend', `wartet${NOT_FOR_A_REPLY}`, 'warteschlange', 'in vorbereitung', 'lädt', `download (?:bei|läuft|hängt)`, `noch nicht (?:installiert|drauf|oben|durch|angekommen|da)`,
  `nicht installiert`, `installer (?:läuft|rennt) noch`,
  `(?:ждёт|ждет|ждут)${NOT_FOR_A_REPLY}`, 'в очереди', `ожида${L}*${NOT_FOR_A_REPLY}`, `пендинг${L}*`, `скачива${L}*`, `скачал${L}*`, 'качается', `загружа${L}*`, `в кэше`, `кэш${L}*`,
  'ставится', `устанавлива${L}*`, `раскатыва${L}*`, `не (?:встал|встала|установ${L}*|применил${L}*|прилетел${L}*|доехал${L}*|докатил${L}*|поставил${L}*|раскатил${L}*)`,
  `очіку${L}*`, `завантажу${L}*`, `не (?:встановлен${L}*|прилетів|прилетіло)`,
  'staat klaar', 'nog niet', 'in de wachtrij', `wordt (?:gedownload|geïnstalleerd|uitgerold|verspreid)`, 'moet nog',
  `czeka${NOT_FOR_A_REPLY}`, `oczekuje${NOT_FOR_A_REPLY}`, 'w kolejce', `pobiera${L}*`, `nie (?:zainstalowan${L}*|wdrożon${L}*)`,
  `en attente${NOT_FOR_A_REPLY}`, `en cours de (?:téléchargement|déploiement|installation)`, `pendiente${NOT_FOR_A_REPLY}`, 'en cola', 'descargando', `in attesa${NOT_FOR_A_REPLY}`, 'in coda', `pendente${NOT_FOR_A_REPLY}`,
  // Spanish, Portuguese, Italian, French, the Nordic languages, Finnish, Czech, Slovak, Hungarian, Turkish, Romanian.
  `encolad${L}*`, 'en (?:la )?cola', 'bajando', 'descargándose', `esperando (?:la )?aprobación`, `(?:todavía|aún) no se (?:ha )?(?:desplegad|despliega|instal)${L}*`,
  'na fila', 'em fila', `a aguardar aprovação`, `aguardando aprovação`, `ainda não (?:foi )?(?:implementad|instalad|distribuíd)${L}*`,
  'scaricando', `non è ancora (?:stato )?(?:installat|distribuit)${L}*`, `en attente d['’]approbation`,
  'i kö', 'laddas ner', 'inte installerad än', 'väntar på godkännande', `inte utrullad${L}*`, 'i kø', 'ved at blive downloadet', 'ikke installeret endnu', 'afventer',
  `endnu ikke udrullet`, 'lastes ned', 'ikke installert ennå', 'venter på godkjenning', 'ikke rullet ut', 'jonossa', 'latautuu', `ei ole vielä (?:asennettu|jaettu|julkaistu)`, 'odottaa hyväksyntää',
  'se stahuje', `(?:zatím )?nebyl${L}* nasazen${L}*`, `čeká na (?:schválení|instalaci)`, 've frontě', `čaká na (?:inštaláciu|schválenie)`, 'sťahuje sa', `ešte nebol${L}* nasaden${L}*`,
  'függőben', 'jóváhagyásra vár', 'nincs még kiadva', `letöltés${L}*`, 'beklemede', 'kurulmadı', 'yüklenmedi', 'în așteptare', 'așteaptă aprobare', 'se descarcă',
  `ще не розгорнут${L}*`, 'у черзі', `ждёт одобрения`, `ждет одобрения`,
  // Deployment consoles' and logs' words: ConfigMgr's enforcement states, Intune's assignment, WSUS.
  'not started', 'past due', 'waiting ?content', 'waiting for content', 'execution failure', 'not discovered', 'deployed: no', 'expired', 'superseded by', 'deployment deleted', 'content removed',
  'выполняется(?!\\s*(?:вход|подключ))', 'требования не выполнены', 'доступно для установки', 'не удалось установить', 'установка\\.{0,3} ?\\d{1,2} ?%',
];

/** Not a message's delivery: «сообщение не доставлено получателю», «не доставлены офлайн-сообщения». */
const NOT_A_MESSAGE = `(?!\\s+(?:получател${L}*|адресат${L}*|офлайн${L}*|сообщени${L}*|повідомлен${L}*|im${EDGE_AFTER}))`;

/** Not what a removal took: a profile, a cache, an account («удалили профиль sip_…»). */
const NOT_AN_OBJECT = `(?!\\s+(?:профил|учётн|учетн|кэш|контакт|ярлык|папк|файл|сертификат|токен)${L}*)`;

/** Put off, held or withdrawn: deferred, on hold, superseded, «отложено», «снят с раскатки», "uitgesteld", "pospuesta". */
const PUT_OFF = [
  // (Not the channel: "Deferred Channel", "… C2R Deferred", red-team round 310.)
  '(?<!(?:c2r|click-to-run|click to run|channel:?)\\s+)deferred(?! channel)', 'postponed', 'held back', 'holding back', 'withdrawn', 'superseded', 'parked', 'in the pipeline', 'yet to (?:be (?:installed|deployed|rolled out)|receive|get)',
  `hav(?:en['’]?t|e not) (?:yet )?rolled (?:it )?out`, `has ?n['’]?t been (?:given|deployed|pushed|installed)`, 'not on (?:the )?devices yet', 'never got it',
  'zurückgestellt', 'verschoben', 'noch nicht (?:verteilt|ausgerollt|freigegeben)',
  'отложено', 'отложена', 'отложен', 'отложены', `не прош(?:ёл|ел|ла|ли)`, `(?<!(?:сообщени${L}*|письм${L}*|im|повідомлен${L}*)\\s+)не доставлен${L}*${NOT_A_MESSAGE}`, `не доставил${L}*`, `в плане`, `в планах`, `снят${L}* с раскатки`, `не раскатан${L}*`, `не раскатыва${L}*`, `не готов${L}*`,
  `не выполнен${L}*`, 'будем ставить', 'не катим', 'недоступ(?:ен|на|но) для установки',
  `відкладен${L}*`, 'відкладено', `не пройш(?:ов|ла|ли)`, `(?<!(?:сообщени${L}*|повідомлен${L}*)\\s+)не доставлен${L}*${NOT_A_MESSAGE}`, `(?:в|у) плані`, `знят${L}* з розкатки`, `не розкатан${L}*`, 'чекає', `скасован${L}*`, `відкликан${L}*`, `не готов${L}*`,
  'uitgesteld', 'verschoven', 'in de wacht', 'nog niet (?:uitgerold|geïnstalleerd|verspreid)', 'wordt pas',
  `se postergó`, `postergad${L}*`, `movid${L}* al`, `rimandat${L}*`, `spostat${L}* al`, `uppskjut${L}*`, 'udskudt', 'utsatt', 'siirretty', 'lykätty', 'odložen[oaiy]?',
  'elhalasztva', 'elhalasztották', 'ertelendi', `amânat${L}*`,
  `wstrzyman${L}*`, `przełożon${L}*`, `jeszcze nie (?:wdrożon|zainstalowan|rozesłan)${L}*`,
  `pospuest${L}*`, `aplazad${L}*`, `(?:todavía|aún) no (?:desplegad|instalad|distribuid)${L}*`, `no instalad${L}*`,
  `rinviat${L}*`, `non ancora (?:distribuit|installat|rilasciat)${L}*`, `reporté${L}*`, `pas encore (?:déployé|installé|distribué)${L}*`, `non installé${L}*`,
  // Software centers' states in Chinese, between punctuation: "— 已计划，尚未安装", "已排程，尚未安裝".
  '尚未安装', '尚未安裝', '已计划', '已排程', '已排定',
];

/**
 * Blocked, rejected, paused or greyed out: said of the install only as the first word after the build («сфб 16.0.x:
 * заблокировано», "Skype for Business 16.0.x — pulled.") or with an install's noun in the clause ("Установка Skype для
 * бизнеса 16.0.x заблокирована"); "Skype for Business 16.0.x blocked by the firewall" keeps the client.
 */
const GATED = [
  'blocked', 'rejected', 'paused', 'pulled', 'targeted', 'доступна', 'доступен', 'доступно', 'on hold', 'greyed out', 'grayed out', 'disabled', 'gesperrt', 'abgelehnt', 'pausiert', 'ausgegraut',
  `заблокирован${L}*`, `запрещен${L}*`, `запрещён${L}*`, `отклонен${L}*`, `отклонён${L}*`, 'серое', `неактивн${L}*`, `заблокован${L}*`, 'заблоковано', 'сіре',
  'geblokkeerd', 'afgewezen', 'on hold gezet', `zablokowan${L}*`, `odrzucon${L}*`, `bloquead${L}*`, `rechazad${L}*`, 'en pausa', `bloccat${L}*`, `rifiutat${L}*`, `sospes${L}*`,
  `bloqué${L}*`, `refusé${L}*`, `rejeté${L}*`, `suspendu${L}*`, `respint${L}*`, `reprovad${L}*`,
  'en gris', 'grisé', 'grigio', 'acinzentado', 'utgråat', 'harmaana', 'szürke', `zašedl${L}*`, `wyszarzon${L}*`, `nieaktywn${L}*`, `deshabilitad${L}*`, `disattivat${L}*`,
  `blockerad${L}*`, 'blokeret', 'blokkert', 'estetty', 'letiltva', 'avslogs', 'avvist', 'hylättiin', 'elutasították', `zamítnut${L}*`, `anulowan${L}*`, `anulad${L}*`, `zrušen${L}*`,
  'iptal edildi', `anulat${L}*`, 'rechazaron', `selhal${L}*`, 'sikertelen', `відхилен${L}*`,
  // Failed, said of a sign-in as well: «logowanie nie powiodło się», "Anmeldung fehlgeschlagen".
  'fehlgeschlagen', 'mislukt', `nie powiodł${L}*`, `échoué${L}*`, 'falló', `fallit${L}*`, 'a eșuat', 'feilet', 'misslyckades',
];

/** A comment that opens with a state's key: "Enforcement state:", "Status:", «Состояние:» (the words shared with status-below.ts). */
export const STATE_KEY_WORDS = 'state|status|stav|состояние|статус|стан|zustand|état|statut|estado|stato|stan|stare|tila|tilstand|durum|állapot';
const STATE_KEY_FIRST = new RegExp(`^\\s*(?:[\\p{L}]+\\s+){0,2}?(?:${STATE_KEY_WORDS})\\s*[:：=]`, 'iu');

/** A comment that opens with an install's noun ("Installation vom Change Board abgelehnt", «установка запрещена»). */
const INSTALL_FIRST =
  /^\s*(?:install\p{L}*|установщик\p{L}*|инсталлятор\p{L}*|deployment|rollout|установк\p{L}*|развёртывани\p{L}*|развертывани\p{L}*|раскатк\p{L}*|встановлен\p{L}*|розгортанн\p{L}*|verteilung|bereitstellung|installatie|uitrol|wdrożeni\p{L}*|instalacj\p{L}*|despliegue|instalación|distribuzione|installazione|déploiement|instalace|inštalácia|instalare|instalação|kurulum\p{L}*|telepítés\p{L}*|asennus|jakelu|nasazení|utrullning\p{L}*|udrulning\p{L}*|utrulling\p{L}*|implementación|implementação)(?![\p{L}\p{N}])/iu;

/** Words of an install, which gate GATED: "deployment paused", «установка заблокирована», "Software Center". */
const INSTALL_NOUN =
  /(?<![\p{L}\p{N}])(?:install\p{L}*|deployment|rollout|roll-out|package|cab|change|changement|änderung|cambio|zmiana|wijziging|изменени\p{L}*|software center|wsus|sccm|установк\p{L}*|развёртывани\p{L}*|развертывани\p{L}*|раскатк\p{L}*|пакет\p{L}*|центр\p{L}* программ|встановлен\p{L}*|розгортанн\p{L}*|центр\p{L}* програм|verteilung|bereitstellung|paket|uitrol|installatie|wdrożeni\p{L}*|instalacj\p{L}*|despliegue|instalación|distribuzione|installazione|aggiornamento|déploiement|implementación|implementação|instalação|atualização|actualización|utrullning\p{L}*|udrulning\p{L}*|utrulling\p{L}*|jakelu|asennus|nasazení|instalace|inštalácia|telepítés\p{L}*|kurulum\p{L}*|yükleme\p{L}*|dağıtım|instalare|centro de software|centre logiciel|centrum oprogramowania|centru softwaru|szoftverközpont\p{L}*|software centerissä|ändringsbegäran|endringsforespørsel\p{L}*|muutospyyntö|change board|comité de cambios)(?![\p{L}\p{N}])/iu;

/** Failed: a failure word the install owns ("bombed out", "installer died", «установщик отвалился», "exit code 17044"). */
const FAILED = [
  'bombed(?: out)?', 'installer (?:died|crashed|failed|hung)', '(?:install|installation|update|upgrade|deployment|deploy) (?:failed|errored|bombed|died)', 'failed to (?:install|update|deploy|apply)',
  'failed with', 'failed,? exit code', 'package failed', '(?:install|installation|update|upgrade) operation failed', 'not detected after (?:the )?install(?:ation)?', 'application (?:was )?not (?:detected|discovered)',
  `(?:error|fehler|erreur|errore|błąd|ошибка|помилка) \\d{5}-\\d{1,4}`, `hat sich verschluckt`, `ошибк${L}* (?:при|во время) (?:установк|обновлени)${L}*`, `провал${L}*`, `отвалил${L}*`,
  `błąd instalacji`, '(?:установить|поставить) не удалось', 'zakończona niepowodzeniem', 'zakończyła się niepowodzeniem', 'zlyhala', 'selhala',
  `échec (?:de l['’]|d['’])installation`, `error de instalaci[oó]n`, `instalaci[oó]n fallida`, `(?:installazione )?non riuscit${L}*`,
];

/** No longer there: "n'est plus installé", "läuft auf den Rechnern im 3. OG nicht mehr", "non gira più", "dejó de estar instalado". */
const NO_LONGER =
  `n['’]est plus (?:install|présent|déploy)${L}*|ne tourne plus|(?:läuft|laufen)(?:\\s+[\\p{L}\\d.]+){0,8}?\\s+nicht mehr|nicht mehr (?:installiert|vorhanden|drauf)|non (?:gira|c['’]è) più|non è più (?:installat|presente)${L}*|` +
  `dejó de estar (?:instalad|presente)${L}*|ya no (?:está|estaba) (?:instalad|presente)${L}*|больше не (?:стоит|установлен${L}*)|no longer (?:installed|present|there|runs?|detected|discovered|part of)`;

/** Taken away: rolled back, reverted, removed, uninstalled («откатили», «снесли», «выпилили», «слетел», "zurückgerollt", "teruggedraaid"). */
const TAKEN_AWAY = [
  'rolled back', 'rolled it back', 'reverted', 'decommissioned', 'retired', 'yanked', 'pulled back', 'got pulled', 'we pulled', 'ripped(?: it)? out', 'uninstalled', 'removed', 'wiped', 'rollback', 'uninstall (?:done|complete)', 'old (?:build|version) was', 'reimaged', 'neu aufgesetzt', `переустанов${L}*(?! не (?:потребовал|нужн|требу|понадоб))`,
  `(?:until|till) (?:last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day`, `bis (?:letzten |zum )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)`,
  `до (?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)`,
  `zurückgerollt`, `zurückgesetzt`, `deinstalliert`, `runtergeworfen`, `teruggedraaid`, `verwijderd`, `gedeïnstalleerd`, `wycofan${L}*`, `odinstalowan${L}*`, `usunięt${L}*`,
  `откат${L}*`, 'снесли', 'снёс', 'снес', `выпилил${L}*`, `(?:удалил|удалила|удалили)${NOT_AN_OBJECT}`, 'удалён', 'удален', 'удалена', 'удалены', `слетел${L}*`, `деинстал${L}*`, `видалил${L}*`, `відкот${L}*`,
  `désinstallé${L}*`, `desinstalad${L}*`, `disinstallat${L}*`,
  'se revirtió', `revertid${L}*`, 'le quitamos', 'removemos', 'removimos', `removid${L}*`, 'retour arrière', 'rullades tillbaka', 'rullet tilbake', 'palautettiin',
  `odebrán${L}*`, `odinstalován${L}*`, 'visszaállítottuk', 'eltávolítva', 'kaldırıldı', 'geri alındı', 'dezinstalat', 'eliminat',
  'se ha quitado', `quitad${L}*`, `eliminad${L}*`, `retirad${L}*`, `retiré${L}*`, `rimoss${L}*`, NO_LONGER,
  // Taken out of an image or a layer: "ausgebaut", "deleted 2021-03", "gone from image v23", "Dropped Skype for Business … from …".
  'ausgebaut', 'deleted', 'gone from',
  // Uninstalls as nouns and removals in Dutch, Czech, Slovak and the Nordic languages (red-team round 247).
  'de-installatie', 'odinstalace', `odinštalovan${L}*`, 'afinstallation', 'avinstallering', 'avinstallation', 'er fjernet', 'fjernet', `dropped(?= (?:the )?(?:skype|sfb|s4b|lync))`,
  // Inventories' and deployment tools' events: "Package uninstallation", "Deinstallation erfolgreich abgeschlossen", "record deleted".
  'uninstallation', 'deinstallation', 'désinstallation', 'desinstalación', 'disinstallazione', 'record deleted', 'アンインストール完了',
];

/** Coming later, a target or a request: «прилетит ночью», «накати», "kommt erst mit", "bekommt ab Montag", "zostanie", "slated for". */
const TO_COME = [
  'slated', `(?<!(?:uninstall|removal|upgrade|update|replacement) )scheduled(?! for (?:removal|upgrade|update|uninstall|replacement))`, 'targeting', 'the target', 'is what we[\'’]?d want', 'the package is', `pins? (?:${L}+ )?to`, `pinned (?:${L}+ )?to`, '(?:is |are )?set to', 'хотели', 'хотим', 'wanted',
  // Receiving or seeing the client, said before its name: "Der Rechner erhält Skype for Business …", "Le poste recevra …", "you should see …".
  `(?:erhält|erhalten|bekommt|bekommen|kriegt|kriegen|recevra|recevront|recevrez|recibirá|recibirán|riceverà|riceveranno|receberá|receberão|otrzyma|otrzymają|will (?:get|receive|see)|['’]ll (?:get|receive|see)|gets|should see|verrez|devriez voir|sollten sie|solltet ihr|deberían ver|dovreste vedere)(?= (?:(?:das|die|den|dann|le|la|les|el|il|the|then|also|auch|aussi) )?(?:skype|sfb|s4b|lync|${L}*\\.exe))`,
  // … a day or a time between ("PC-FIN-014 bekommt heute Nacht Skype for Business …").
  `(?:erhält|erhalten|bekommt|bekommen|kriegt|kriegen|recevra|recevront|recibirá|recibirán|riceverà|receberá|will get|will receive)(?= (?:heute|morgen|übermorgen|nächste woche|diese woche|am \\p{L}+|ce soir|demain|mañana|esta noche|domani|stasera|tonight|tomorrow|on \\p{L}+)(?: (?:nacht|früh|abend|morning|night))? (?:skype|sfb|s4b|lync))`,
  // Moving to it, showing it after a restart, approved for a rollout: "pasará a …", "passeront de Lync 2013 à …", "doit passer en …",
  // "Skype Entreprise affichera 16.0.x", "dovrebbero vedere …", "— approved for rollout from week 47", «одобрено к развертыванию».
  `(?:pasará|pasarán|passerà|passeranno|passera|passeront|passerons)(?= (?:a|à|en|de|in|su|al|alla)\\s)`, `doi(?:t|vent) passer (?:en|à|sur)`, `deve passare (?:a|in)`, `tiene que pasar a`,
  `affichera`, `afficheront`, `mostrará`, `mostrarán`, `mostrerà`, `mostreranno`, `mostrará`, `покажет`, `покажут`, `dovrebbero vedere`, `deberían ver`, `devraient voir`,
  `approved for (?:rollout|roll-out|deployment|release|production)`, `approuvée? pour (?:le )?déploiement`, `approvat[oa] per (?:il )?(?:rilascio|deploy)`, `aprobad[oa] para (?:el )?despliegue`, `se aprueba el despliegue`,
  `genehmigt für (?:den |das )?(?:rollout|deployment|verteilung)`, `одобрен${L}* к (?:развертыванию|развёртыванию|раскатке)`,
  // … or before the build itself ("Besprechungsraum-PC bekommt 16.0.x morgen").
  `(?:erhält|erhalten|bekommt|bekommen|kriegt|kriegen|recevra|recevront|recibirá|recibirán|riceverà|receberá|otrzyma|otrzymają|will (?:get|receive)|['’]ll (?:get|receive))(?=\\s+(?:(?:version|build|die|den|la|le)\\s+)?(?:\\d+\\.\\d|\\u0000))`,
  `kommt (?:erst |noch |dann )?(?:mit|ab|in)`, `kommen (?:erst |noch )?mit`, `(?:bekommt|bekommen|kriegt|kriegen) (?:${L}+ )?(?:ab|mit|in|nächst${L}*)`,
  `(?:bei|nach) der nächsten (?:anmeldung|neustart|reboot)`, 'wunschversion', 'sollzustand', 'soll-zustand', 'zielversion', 'zielstand', 'geplant', `wird (?:${L}+ ){0,4}(?:installiert|verteilt|ausgerollt|aktualisiert|bereitgestellt)`,
  `жд[её]м(?= (?:skype|sfb|скайп|lync|сфб))`, 'выйдет', 'выйдут', 'прилетит', 'прилетят', 'прилететь', 'прилетіти', 'прилетить', `накат(?:им|ите|и|ываем|ывать|ить)`, `раскатк${L}*`, 'раскатим', 'пушим', `вшива${L}*`, 'поставим', 'ставим', 'обновим', 'станет',
  `таргет${L}*`, `деплоймент${L}*`, `заапрувил${L}*`, 'оновиться', 'мав би', 'має бути',
  // An update to make with its target after the client: "Atualizar o Skype for Business para 16.0.x", "subir el Skype Empresarial a …" (red-team round 259).
  `(?:atualizar|actualizar|subir) (?:[\\p{L}-]+ ){0,6}?(?:para|pra|a)(?= )`,
  `komt (?:mee )?met`, 'gepland', 'zostanie', 'będzie', `planowan${L}*`, `zaplanowan${L}*`,
  `(?:available|доступн(?:а|о|ен|ы)|verfügbar|disponible|disponibile|beschikbaar|dostępn${L}*)(?=\\s*[:：]?\\s*\\u0000)`, 'available for (?:install(?:ation)?|download)', 'to be installed',
  'arrivera', 'viendra', 'va a venir', 'vai vir', `s['’]en vient`, `kommer med (?:nästa|næste|neste)`, `tulee (?:${L}+ )?mukana`, 'přijde', `bude (?:${L}+ )?(?:nainstalován|nasazen)${L}*`,
  'érkezik', `installer(?:a|ons|ont)`, `instalar(?:á|án|emos)`, `installer(?:à|anno|emo)`, `instalar(?:á|ão|emos)`, `recibirá${L}*`, `receberá${L}*`, `verrà installat${L}*`, `(?:è )?pianificat${L}*`, 'прийде', 'gelecek', 'vendrá', 'llegará', 'arriverà', 'przyjdzie', 'pojawi się', 'прилетить', 'eta', 'due (?:next|on|in)',
];

/** Not a channel's name: "Semi-Annual Channel (Deferred)", «отложенный канал», "Pololetní kanál (odložený)". */
const NOT_A_CHANNEL = '(?<!(?:channel|kanal|kanál|kanálu|kanaal|canal|канал)\\s*\\(?\\s*)';
const PUT_OFF_WORDS = `${NOT_A_CHANNEL}(?:${PUT_OFF.join('|')})`;
const NOT_NOW = new RegExp(`${EDGE_BEFORE}(?:${[...UNDER_WAY, PUT_OFF_WORDS, ...FAILED, ...TAKEN_AWAY, ...TO_COME, ...NOT_YET_GRAMMAR].join('|')})${EDGE_AFTER}`, 'giu');
/** Not an account's or a user's: "Bloqueado (cuenta)", "blocked (account)". */
const NOT_AN_ACCOUNT = '(?!\\s*\\(?\\s*(?:account|cuenta|compte|konto|conta|user|usuario|utilisateur|аккаунт|учётн|учетн|пользовател))';
const GATED_WORD = new RegExp(`${EDGE_BEFORE}(?:${GATED.join('|')})${EDGE_AFTER}${NOT_AN_ACCOUNT}`, 'iu');
/** A gated word first after the build, past punctuation and "is", "was", "got", "ist", "wurde". */
const GATED_FIRST = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:(?:is|was|got|has been|ist|wurde|был|была|было)\\s+)?(?:${GATED.join('|')})${EDGE_AFTER}${NOT_AN_ACCOUNT}`, 'iu');
/** A comment that starts with such a word, "is", "got" or «был» before it at most ("— uninstalled", "— rollback сделали"). */
const STATE_FIRST = new RegExp(`^\\s*(?:(?:is|was|got|has been|ist|wurde|war|был|была|было)\\s+)?(?:${[...UNDER_WAY, PUT_OFF_WORDS, ...FAILED, ...TAKEN_AWAY, ...TO_COME, ...GATED, ...NOT_YET_GRAMMAR].join('|')})${EDGE_AFTER}`, 'iu');

/** The words of taking away; "rolled back to 16.0.x", "auf 16.0.x zurückgerollt": the build it went back to is there now. */
const TAKEN_AWAY_ONLY = new RegExp(`^(?:${TAKEN_AWAY.join('|')})$`, 'iu');
const BACK_TO = /(?<![\p{L}\p{N}])(?:to|auf|на|до|naar|op|a|al|alla|en|em|vers|à)\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/iu;
/** A word of taking away, then "to" and at most a name: "rolled back to ", «откатили на Lync 2013 ». */
const WENT_BACK_TO = new RegExp(`${EDGE_BEFORE}(${TAKEN_AWAY.join('|')})\\s+(?:to|auf|на|до|naar|op|a|al|alla|en|em|vers|à)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}$`, 'iu');
/** A time after a change, right before its word ("after the rollback", «после отката», "nach dem Rollback"). */
const AFTER_THE_CHANGE = /(?<![\p{L}\p{N}])(?:after(?: the| a)?|nach(?: dem| der)?|après(?: le| la| un)?|после|después del?|dopo(?: il| la)?|na de|na het|po|since(?: the)?|seit(?: dem)?|depuis(?: le)?)\s+$/iu;
/** An update named before the build («обнова на 16.0.x»): "on" the build is the update's, not a client's way back. */
const UPDATE_BEFORE = /(?<![\p{L}\p{N}])(?:update|upgrade|обнов\p{L}*|aktualisierung|actualización|mise à jour|aggiornamento)(?![\p{L}\p{N}])/iu;
/** A removal yet to come: "to be removed", "wird deinstalliert", "will be uninstalled". */
const REMOVAL_TO_COME = /(?<![\p{L}\p{N}])(?:to be|will be|['’]ll be|wird|werden|soll|sollen|to|gonna be|going to be)\s+$/iu;

/** Failed, said first after the build ("s4b → 16.0.x ❌ failed", "lab3: 16.0.x failed (30088-4)"); not "failed to send". */
const FAILED_FIRST = /^[\s\p{P}\p{S}]*(?:failed|fehlgeschlagen|échoué|falló)(?!\s+to\s)(?![\p{L}\p{N}])/u;

/** Words of the state now ("is on", «стоит», "läuft", "installed" not denied or to come, "done"): the clause says what is there. */
const NOW =
  /(?<![\p{L}\p{N}])(?:is on|are on|['’]s on|still on|still at|still running|stuck on|noch auf|всё ещё на|все еще на|runs|running|works|working|działa|работает|funktioniert|fonctionne|funciona|funziona|werkt|shows|showing|reports?|currently|now|already|läuft|zeigt|aktuell|jetzt|стоит|сейчас|уже|теперь|остался|осталась|tiene|muestra|ahora|draait|heeft|installed|installiert|установлен\p{L}*|instalado|installato|installé|geïnstalleerd|zainstalowan\p{L}*)(?![\p{L}\p{N}])/iu;

/** Done: the install the sentence speaks of is finished («Статус раскатки …: 40 из 40 ПК, завершено»). */
/** An uninstall named as a noun ("Uninstallation of", "De-installatie van", «Удаление»). */
const REMOVAL_NOUN = /(?<![\p{L}\p{N}])(?:uninstallation|de-?installatie|deinstallation|désinstallation|desinstalación|disinstallazione|odinstalace|odinštalovanie|afinstallation|avinstallering|avinstallation|removal|удаление)(?![\p{L}\p{N}])/iu;
const DONE = /(?<![\p{L}\p{N}])(?:done|completed?|finished|abgeschlossen|erledigt|fertig|завершен\p{L}*|завершён\p{L}*|выполнен\p{L}*|voltooid|terminée?|completad\p{L}*|completat\p{L}*)(?![\p{L}\p{N}])/iu;
/** Updating the build comes after it was there: «16.0.x — обновим на следующей неделе» (before it, «обновим до 16.0.x», it is the target). */
const UPDATE_VERB = /^(?:обновим)$/iu;

/** "Installed" denied or to come, and «не стоит»: no word of the present state. */
const NOT_NOW_PARTICIPLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${NEGATION}|${FUTURE}|no|nooit|be|będzie|worden|wordt)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:installed|installiert|установлен\\p{L}*|стоит|instalado|installato|installé|geïnstalleerd|zainstalowan\\p{L}*)|${NO_LONGER})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * A later part of the sentence about something else: another product ("SfB 16.0.x, Teams removed"), the client
 * named again («…, а у него скайп не встал»), an update of the build ("…, upgrade scheduled for Friday").
 */
const OTHER_SUBJECT =
  /(?<![\p{L}\p{N}])(?:add-?ins?|plug-?ins?|erweiterung\p{L}*|надстройк\p{L}*|teams|outlook|office|word|excel|powerpoint|onenote|onedrive|windows|exchange|zoom|webex|chrome|edge|firefox|java|vpn|visio|project|skype|sfb|s4b|lync|скайп\p{L}*|сфб|линк|update|upgrade|updates|replacement|austausch|ersatz|замен\p{L}*|обнов\p{L}*|апдейт\p{L}*|aktualisierung|у него|у неё|у нее|у них|he|she|his|her|er|sie|ihm|ihr)(?![\p{L}\p{N}])/iu;
/** Little words that may open a later part before its state: conjunctions, adverbs, pronouns, auxiliaries. */
const LITTLE_WORDS =
  /^\s*(?:(?:but|and|then|which|that|it|has|had|have|since|been|was|were|is|are|yet|still|already|we|they|he|she|later|also|so|today|yesterday|aber|und|dann|ist|sind|wurde|wurden|war|noch|schon|es|er|sie|wir|heute|gestern|но|а|и|потом|затем|пока|ещё|еще|уже|сам|сама|его|её|ее|он|она|мы|они|был|была|было|вчера|сегодня|пользователям|юзер|юзеру|pero|y|luego|sigue|todavía|aún|se|le|lo|mais|et|puis|il|elle|maar|dat|het|nog|ma|e|poi|ancora|ale|potem|jeszcze)\s+){1,5}/iu;

/** A conjunction that turns to another clause ("but", "while", «но», "aber", "mais", "pero"). */
const CLAUSE_TURN = /(?<![\p{L}\p{N}])(?:but|while|whereas|aber|während|но|а|однако|pero|mientras|mais|alors que|maar|terwijl|ma|mentre|ale|men|mas)(?![\p{L}\p{N}])/iu;

/** Another product named between a state word and the build, whose state it is. */
const OTHER_PRODUCT = /(?<![\p{L}\p{N}])(?:teams|outlook|windows|word|excel|powerpoint|onedrive|exchange|zoom|webex|chrome|edge|firefox|java|vpn|lync 2010|lync 2013)(?![\p{L}\p{N}])/iu;

/** A later part that starts with a capitalised word (a name: "…, Jens nicht installiert") other than an install's noun. */
const NAMED_START = /^\s*(?!(?:Installation|Install|Installer|Download|Rollout|Deployment|Verteilung|Установка|Раскатка|Загрузка|Instalacja|Installatie)(?![\p{L}]))\p{Lu}/u;

/** Nothing but blanks and dots: the clause ended right after the build ("lync 16.0.x ... not there yet"). */
const ONLY_STOPS = /^[\s.…]*$/;

/** Another build (three parts, or an About's "6965.2058"; not a date's "02.03."), whose own clause the words past it belong to. */
const DOTTED = /\d+(?:\.\d+){2,}|\d{4,5}\.\d{1,5}/;
const DOTTED_ALL = /\d+(?:\.\d+){2,}|\d{4,5}\.\d{1,5}/g;

/**
 * Whether the build at [start, end) of `line`, with its clause (clause-around.ts), is said not to be on the client
 * now: the words before it in its own part of the sentence (a label before a colon included; none past another
 * build, they are that build's), those after it to the next comma, or a dash's comment that starts with the state
 * ("скайп 16.0.x — rollback сделали"); and no word of the present state there.
 */
export function notThereNow(line: string, start: number, end: number, clause: Clause): boolean {
  const own = ownPartBefore(clause.whole);
  const before = lastDotted(own) >= 0 ? '' : own;
  let after = untilBuild(clause.after);
  if (ONLY_STOPS.test(after) && ONLY_STOPS.test(clause.tail)) {
    const comment = untilBuild(partAfterDash(line, end));
    // (Or an install's noun or a state's key first: "– installation rechazada por el CAB", «— установка в очереди, ещё не
    // выполнена», "- Enforcement state: WaitingContent".)
    if (STATE_FIRST.test(comment) || ((INSTALL_FIRST.test(comment) || STATE_KEY_FIRST.test(comment)) && stateSaysNotThere(comment))) after = comment;
  }
  if (FAILED_FIRST.test(after) || GATED_FIRST.test(after)) return !NOW.test(after);
  // "User was on SfB 16.0.x but we rolled back to 16.0.y", «был 16.0.x, откатили на 16.0.y»: the build the client left.
  if (wentBackFrom(clause.tail)) return true;
  const words = `${before} \u0000 ${after}`;
  if (!saysState(words, before.length, own) && !(GATED_WORD.test(words) && INSTALL_NOUN.test(words))) return false;
  // (A removal named before the build is what "done" completes: "De-installatie van … 16.0.x voltooid".)
  return !NOW.test(words.replace(NOT_NOW_PARTICIPLE, ' ')) && (!DONE.test(untilBuild(clause.tail).replace(NOT_NOW, ' ')) || REMOVAL_NOUN.test(before));
}

/**
 * Whether a state's value says the install is not there ("Status: noch nicht verteilt, kommt mit dem neuen Image", a
 * row's last cells "…;uitgesteld", "never got it - greyed out in Software Center"): a word of another state, or a
 * blocked/rejected one, and no word of the present state.
 */
export function stateSaysNotThere(value: string): boolean {
  // (Not a state another product's or an update's: "сообщения не доставлены, обновление Office отложено".)
  return (saysState(value, 0, '') || GATED_WORD.test(value)) && !NOW.test(value.replace(NOT_NOW_PARTICIPLE, ' ')) && !OTHER_SUBJECT.test(value);
}

/** A word of taking away anywhere in a text ("… Skype for Business 2016 uninstalled from all pilot PCs"). */
const TAKEN_AWAY_WORD = new RegExp(`${EDGE_BEFORE}(?:${TAKEN_AWAY.join('|')})${EDGE_AFTER}`, 'iu');

/**
 * Whether `words` (a line's words after the client's name) say the client was taken away: uninstalled, removed, rolled
 * back, «удалён» (not "to be removed", not what is there now).
 */
export function saysTakenAway(words: string): boolean {
  return TAKEN_AWAY_WORD.test(words) && !NOW.test(words.replace(NOT_NOW_PARTICIPLE, ' ')) && !OTHER_SUBJECT.test(words);
}

/** Whether a cell opens with an install's noun and says it is not there ("Installation fehlgeschlagen", "Installatie mislukt"). */
export function installStateOpens(cell: string): boolean {
  return INSTALL_FIRST.test(cell) && stateSaysNotThere(cell);
}

/** Whether `text` opens with a word of another state, little words before it at most ("pendiente de instalar", "aber noch nicht installiert"). */
export function stateOpens(text: string): boolean {
  return STATE_FIRST.test(text) || STATE_FIRST.test(text.replace(LITTLE_WORDS, ''));
}

/**
 * Whether `words` (before the build up to offset `at`, after it past that) hold a word of another state, other than
 * a way back to the build ("rolled back to 16.0.x", "auf 16.0.x zurückgerollt"), a removal to come ("to be removed")
 * or an update after it («16.0.x — обновим»). `own` is the build's own part before it.
 */
function saysState(words: string, at: number, own: string): boolean {
  NOT_NOW.lastIndex = 0;
  for (let m = NOT_NOW.exec(words); m !== null; m = NOT_NOW.exec(words)) {
    if (TAKEN_AWAY_ONLY.test(m[0])) {
      // "rolled back to 16.0.x", "auf 16.0.x zurückgerollt", "~~16.0.x~~ 16.0.y (rolled back)": the build it went back to.
      if (m.index < at ? BACK_TO.test(words.slice(m.index + m[0].length, at)) : (BACK_TO.test(own) && !UPDATE_BEFORE.test(own)) || lastDotted(own) >= 0) continue;
      if (REMOVAL_TO_COME.test(words.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "Après retour arrière : VersionToReport … 16.0.x", «после отката скайп 16.0.x»: what is there after the change.
      if (m.index < at && AFTER_THE_CHANGE.test(words.slice(Math.max(0, m.index - 16), m.index))) continue;
    }
    if (m.index > at && UPDATE_VERB.test(m[0])) continue;
    // "Po wycofaniu aktualizacji Windows Skype for Business 16.0.x": another product between the word and the build;
    // "Outlook was reverted to 1803 but Skype for Business 16.0.x was left as is": another clause.
    if (m.index < at && (OTHER_PRODUCT.test(words.slice(m.index + m[0].length, at)) || CLAUSE_TURN.test(words.slice(m.index + m[0].length, at)))) continue;
    // "Skype for Business 16.0.x (Lync 2013 was uninstalled before)": another product between the build and the word.
    if (m.index > at && OTHER_PRODUCT.test(words.slice(at, m.index))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a later part of the build's sentence, past a comma, says its build is not there ("Skype for Business
 * 16.0.x 64-Bit, Semi-Annual Channel, Installation am 02.03. geplant", "tried 16.0.x on her sfb, bombed out with
 * 30088-4, back on 16.0.y"): only a part with no subject of its own, before any other build's part, in a sentence with
 * no word of the present state.
 */
export function notThereLater(clause: Clause): boolean {
  const until = untilBuild(clause.tail);
  const segments = until.split(',');
  // The first is the build's own (notThereNow read it); the last, when another build follows, is that build's.
  const last = until.length < clause.tail.length ? segments.length - 1 : segments.length;
  for (let k = 1; k < last; k++) {
    const later = segments[k]!;
    // (Past a part with another subject, the parts after it go on speaking of that: "…, обнова не ставится, ошибка 30015-4".)
    if (OTHER_SUBJECT.test(later)) return false;
    if (NAMED_START.test(later)) continue;
    // (A part with a subject of its own first speaks of that: "…, persistent chat add-in removed", "…, the desktop PC is still
    // scheduled"; only little words may come before the state: "…, aber noch nicht installiert", «…, потом снесли».)
    if (!stateOpens(later) && !INSTALL_FIRST.test(later.replace(LITTLE_WORDS, ''))) continue;
    if (saysState(later, 0, ownPartBefore(clause.whole))) return !NOW.test(`${ownPartBefore(clause.whole)} ${until}`.replace(NOT_NOW_PARTICIPLE, ' '));
  }
  return false;
}

/** Whether the words after a build, up to the next one, end in a way back to that one ("…, we rolled back to 16.0.y"). */
function wentBackFrom(tail: string): boolean {
  const until = untilBuild(tail);
  if (until.length === tail.length) return false;
  const m = WENT_BACK_TO.exec(until);
  return m !== null && TAKEN_AWAY_ONLY.test(m[1]!);
}

/** The build's own part of the clause before it: past the last comma, semicolon or slash; a label before a colon stays. */
function ownPartBefore(whole: string): string {
  const cut = Math.max(whole.lastIndexOf(','), whole.lastIndexOf(';'), whole.lastIndexOf(' / '));
  return cut >= 0 ? whole.slice(cut + 1) : whole;
}

function lastDotted(text: string): number {
  let last = -1;
  DOTTED_ALL.lastIndex = 0;
  for (let m = DOTTED_ALL.exec(text); m !== null; m = DOTTED_ALL.exec(text)) last = m.index + m[0].length;
  return last;
}

function untilBuild(text: string): string {
  const m = DOTTED.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

/** The part of the sentence after a dash right past the build, to its next comma or stop. */
function partAfterDash(line: string, end: number): string {
  const rest = line.slice(end, end + 120);
  const dash = /^\s*(?:[-–—]|\.{2,}|…)\s+/.exec(rest);
  if (dash === null) return '';
  const part = rest.slice(dash[0].length);
  const stop = /[,.;!?](?=\s|$)|\s[-–—]\s/.exec(part);
  return stop === null ? part : part.slice(0, stop.index);
}
