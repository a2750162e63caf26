import type { MentionKind } from './evidence.ts';
import { STATE_AFTER, STATE_BEFORE, STATE_CELLS, STATE_EITHER, STATE_GONE, STATE_UNSPACED } from './install-states.ts';

// The names and phrases that are evidence (docs/evidence.md), as lower-case words;
// mentions.ts finds them on a line.

/**
 * Server roles, in the admins' languages: a role just before a client's name
 * ("сервер переднего плана Skype для бизнеса", "Pool frontal Skype
 * Entreprise", "FE Lync") makes the name the server's. Also 'other' phrases below.
 */
export const SERVER_ROLES = [
  'server', 'сервер*', 'serveur*', 'servidor*', 'front end', 'frontend', 'frontal', 'pool', 'edge server', 'mediation server', 'director', 'registrar',
  'vermittlungsserver', 'edgeserver', 'frontendserver', 'registrierungsstelle', 'пул', 'пула', 'пуле', 'пулом', 'fe',
  'сервер переднего плана', 'пул переднего плана', 'пограничный сервер', 'сервер посредник', 'serveur frontal', 'pool frontal', 'serveur de médiation',
];

/** A change still to come, said after its build ("16.0.x → 16.0.y pending reboot"): threshold-after phrases the scanner also asks for by name. */
export const PENDING_PHRASES = ['pending', 'pending reboot', 'pending restart', 'ausstehend', 'en attente', 'pendiente', 'в ожидании'];

export const SKYPE_NAMES = ['skype for business', 'skуpe for business', 'ѕkype for business', 'skype для бизнеса', 'скайп для бизнеса', 'skype für business', 'skype fur business', 'skype per business', 'skype dla firm', 'skype entreprise', 'skype empresarial', 'lync'];

/** At one word the longer phrase wins; at equal length, the kind listed first. */
export const PHRASES: ReadonlyArray<[MentionKind, readonly string[]]> = [
  [
    'neutral',
    [
      // The online service: no build of its own, so a 16.0 build beside it is no other product's ("Skype for Business
      // 16.0.x (Skype for Business Online tenant)"; red-team round 265). Not a client's name either: a sign-in log's
      // "Application : Skype for Business Online" names the service.
      ...SKYPE_NAMES.map((n) => `${n} online`),
      // An update made, in the past tense (not "обнови*", an update to make): «обновил себе скайп: теперь 16.0.x».
      'обновил', 'обновила', 'обновили', 'обновился', 'обновилась', 'обновились', 'обновлено',
      // (Not «был» of the past, but a passive of what was done: «Скайп был обновлён до 16.0.x».)
      'был обновлён', 'был обновлен', 'была обновлена', 'было обновлено', 'был установлен', 'была установлена', 'было установлено',
      // An update channel's name, not a deployment put off: "Version 1605 (Build … Click-to-Run) Deferred Channel".
      'deferred channel', 'semi annual channel', 'semi annual enterprise channel',
      'exchange online', 'exchange on prem*', 'exchange onprem*', 'локальн* exchange', 'exchange в облаке', 'exchange mailbox',
      // The mailbox location in the admins' other languages: a report's "mailbox" column, not Exchange's build.
      'exchange локальн*', 'exchange lokal*', 'exchange vor ort', 'exchange local*', 'exchange sur site', 'exchange en local', 'exchange en línea', 'exchange locale',
      'exchange lokaal', 'exchange lokalt', 'exchange hybrid*', 'exchange オンライン', 'exchange 本地', 'exchange オンプレミス',
      // An update made, not one to make: the build after it is the one installed now.
      // A deployment ring's state, not a plan for it ("pilot ring is on 16.0.x").
      // Clients that need an update are clients: "Skype for Business clients that need an update:".
      'need an update', 'needs an update', 'need updating', 'need to be updated', 'требуют обновления', 'нуждаются в обновлении',
      // An update not made: the build after it ("так и не обновился, осталась версия 16.0.x") is still the installed one.
      'не обновился', 'не обновилась', 'не обновились', 'не обновлялся', 'не обновлялась',
      // A rollout's report says what is installed now ("SfB rollout status (Fri):", "Rollout recap: SfB clients on 16.0.x").
      // A report's install state ("Install status: Installed"), and a client found after an install ("After installing KB…, …").
      // A message's kind, not an update to make: "Ticket update from L1: …", "Quick update - …".
      // Portuguese "está no …" ("is on the"): no negation.
      'está no', 'esta no', 'estão no', 'estao no', 'fica no', 'ficou no', 'continua no', 'segue no',
      // After a rollback, the build said is the one installed now ("nach dem Rollback steht … jetzt auf 16.0.x").
      'after the rollback', 'had to roll back', 'had to roll back to', 'we had to roll back', 'after rollback', 'post rollback', 'nach dem rollback', 'depuis le rollback', 'après le rollback', 'tras el rollback', 'después del rollback', 'dopo il rollback', 'na de rollback', 'после отката',
      // An export's name, not Excel's build: "Excel export", «экспорт в Excel».
      'excel export', 'export to excel', 'exported to excel', 'export excel', 'nach excel exportiert', 'exportiert nach excel', 'excel-export', 'exporté vers excel', 'exportar a excel', 'экспорт в excel', 'выгрузка в excel',
      // The measured value beside a target ("Sollwert x, Istwert y", «ожидалось x, фактически y»).
      'istwert', 'ist wert', 'фактически', 'по факту',
      // «было обновлено до …» reports an update made, not a build before.
      'было обновлено', 'было обновлено до', 'было установлено',
      // An update behind us: "… 16.0.x after last night's update".
      'after last night s update', 'after last nights update', 'after yesterday s update', 'after the update last night',
      'ticket update', 'status update', 'quick update', 'progress update', 'weekly update', 'daily update', 'short update', 'brief update',
      'install status', 'install state', 'installation status', 'installation state', 'after installing', 'downloaded and installed', 'downloaded installed',
      // An update behind us, named before its build: "Seit dem Update auf 16.0.x zeigt …", "Since the update on 2017-03-14 the log
      // shows OC/…", "(latest update installed)" (red-team round 266).
      // And migrations, rollouts and machines' deliveries behind us: "… 16.0.x after the migration", "New laptop came with …",
      // "… is above the minimum" (red-team round 276).
      // How the client was installed, not an install to make: "Volume license install (MSI), lync.exe …" (red-team round 307).
      'volume license install', 'volume licence install', 'msi install', 'c2r install', 'click to run install', 'per machine install', 'per user install',
      'wants to know', 'want to know', 'wanted to know', 'as requested', 'as you requested', 'как просили', 'wie gewünscht', 'comme demandé', 'after update', 'after upgrade', 'nach update', 'после обновления', 'after office update', 'after the office update', 'after the migration', 'after migration', 'since the migration', 'since the rollout', 'since rollout', 'nach dem office update', 'nach dem update', 'nach der migration', 'после миграции', 'после обновления офиса',
      'came with', 'comes with', 'shipped with', 'preinstalled', 'pre installed', 'above the minimum', 'is above the minimum', 'above the on prem minimum', 'above the exo minimum', 'über dem minimum', 'выше минимума', 'i m on the latest', 'on the latest',
      'since the update', 'since the update to', 'since updating to', 'seit dem update', 'seit dem update auf', 'seit der aktualisierung auf', 'после обновления до', 'с момента обновления до', 'depuis la mise à jour', 'depuis la mise à jour vers', 'latest update installed', 'update installed', 'updates installed',
      'after the rollout', 'after rollout', 'nach dem rollout', 'après le déploiement', 'post upgrade', 'rollout done', 'rollout completed', 'rollout complete', 'rollback completed',
      'update erfolgreich', 'erfolgreich aktualisiert', 'mise à jour effectuée', 'mise à jour terminée',
      'upgrade completed', 'upgrade complete', 'upgrade done', 'upgrade finished', 'upgrade successful', 'after upgrading', 'after upgrading to',
      // A suite's name for the platform it runs on (Intune's "Microsoft 365 Apps for Windows 10 and later"): no Windows build.
      'windows 10 and later', 'windows 11 and later', 'for windows 10', 'for windows 11', 'for windows 10 and later',
      'dernière version installée', 'ultima versione installata', 'última versión instalada', 'последняя установленная версия', 'letzte installierte version',
      'frissítés után', 'a frissítés után', 'po aktualizaci', 'po aktualizacji', 'güncellemeden sonra', 'після оновлення',
      'aktualisierung abgeschlossen', 'installation abgeschlossen', 'installation completed', 'install completed', 'installation complete', 'installation finished', 'install finished', 'rollout finished', 'обновление выполнено', 'установка завершена',
      'update done', 'update finished', 'update completed', 'update complete', 'update successful', 'update installed', 'update erledigt', 'update abgeschlossen', 'обновление завершено', 'обновление установлено',
      // Hosts the client runs on, not server products: "terminal server", "RDS server", "Citrix server".
      'terminal server', 'terminalserver', 'rds server', 'rdsh server', 'citrix server', 'session host', 'remote desktop server', 'xenapp server', 'rds сервер*', 'терминальн* сервер*', 'citrix сервер*',
      'rollout status', 'rollout recap', 'rollout report', 'rollout summary', 'deployment status', 'deployment report', 'deployment summary',
      'ring is on', 'ring still on', 'ring are on', 'ring runs', 'rings are on', 'ring is still on', 'ring still at', 'ring is still at', 'ring is at', 'ring stays on', 'ring currently on', 'ring is currently on',
      // "next to him": beside, not the next release.
      'next to', 'right next to', 'sitting next to',
      'updated to', 'upgraded to', 'was updated to', 'was upgraded to', 'were updated to', 'got updated to', 'has been updated to', 'have been updated to', 'has been upgraded to',
      'after update to', 'after the update to', 'after the update', 'after the upgrade', 'nach dem update', 'после обновления', 'after updating to', 'since the update to', 'since updating to',
      'обновили', 'обновлено', 'обновился до', 'обновилась до', 'обновлен до', 'обновлён до', 'обновили до', 'после обновления до',
      // (And the plural and the other genders: «клиенты … обновлены до 16.0.x», red-team round 334.)
      'обновлены до', 'обновлена до', 'обновлено до', 'были обновлены до', 'уже обновлены до',
      // (Not those still to come: «будут обновлены до», «должны быть обновлены до» are plans, threshold-before below.)
      // An update named by its month or kind: "… now 16.0.x after the June update" (red-team round 321).
      ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monthly', 'latest', 'last', 'office', 'c2r', 'click to run', 'weekend', 'overnight'].flatMap((w) => [`after the ${w} update`, `after the ${w} updates`, `after ${w} update`, `after ${w} s update`]),
    ],
  ],
  [
    'past',
    [
      // A build the client had before, not the one it has now: "Upgraded from 16.0.x last week", "(previously 16.0.x)".
      // Uninstalled since: "Skype for Business 16.0.x was uninstalled from all kiosk PCs".
      // An image or a machine gone: "Old image had Skype for Business 16.0.x", «в старом образе был …» (red-team round 329).
      'the old one said', 'the old one had', 'до переустановки был', 'до переустановки была', 'до переустановки стояла', 'до переустановки стоял', 'before the reinstall it was', 'before reimaging it was', 'before the reimage it was',
      // A machine replaced, named as such ('Old laptop: Skype for Business 16.0.x (returned)'), and a build tried and left (red-team round 337).
      // Yesterday's or last week's build, gone everywhere, an old one gone (red-team round 344).
      'hasta la semana pasada', 'hasta ayer', 'jusqu à la semaine dernière', 'jusqu à hier', 'bis letzte woche war', '昨日までは', 'until last week it was', 'until yesterday it was',
      'вчера был', 'вчера была', 'вчера стоял', 'вчера стояла', 'был скайп', 'была сборка', 'был sfb', 'стоял скайп', 'gestern war', 'gestern noch', 'yesterday it was', 'letzte woche war s noch', 'war s noch', 'war es noch',
      'больше нигде', 'нигде не осталось', 'больше не ставили', 'nirgends mehr', 'gibt s nirgends mehr', 'nowhere anymore', 'no longer anywhere', 'ist weg',
      // The old machine and a wrong or stale ticket value in more languages (red-team round 352).
      'il vecchio aveva', 'il vecchio', 'antigo', 'der alte rechner', 'starý', 'starý počítač', 'eski pc', 'eski bilgisayar', 'de oude', 'oude pc', 'den gamla', 'gamla datorn',
      'het oude nummer', 'het oude', 'oude nummer', 'sürümünden', 'außer betrieb genommen', 'ausser betrieb genommen', 'выведен из эксплуатации', 'выведена из эксплуатации', 'mis hors service', 'retiré du service',
      'je chybně', 'chybně', 'riportava', 'klopt niet meer', 'is fout', 'era sbagliato', 'está errado', 'es incorrecto', 'era errato', 'ya no está en ningún', 'eskiden', 'forse era', 'beispiel zeile', 'beispielzeile',
      'до миграции', 'до миграции в teams', 'before the migration to teams',
      'old laptop', 'the old laptop', 'old notebook', 'alter laptop', 'altes notebook', 'старый ноутбук', 'старом ноутбуке', 'stary laptop', 'starym laptopie', 'ancien portable', 'tried', 'we tried',
      'old image had', 'the old image had', 'old laptop had', 'the old laptop had', 'old pc had', 'the old pc had', 'old machine had', 'в старом образе был', 'в старом образе была', 'на старом ноутбуке был', 'на старом ноутбуке стоял',
      // Yesterday's build, with no word of today's ("Yesterday the user had Skype for Business 16.0.x; …", red-team round 325).
      'yesterday the user had', 'yesterday he had', 'yesterday she had', 'yesterday they had', 'вчера у пользователя был', 'вчера у пользователя была', 'вчера у него был', 'вчера у неё был', 'вчера у нее был',
      // A machine handed back: «старый (16.0.x) сдан на склад», "… went back to stores" (red-team round 329).
      'сдан на склад', 'сдан', 'списан', 'went back to stores', 'returned to stores',
      'was uninstalled', 'were uninstalled', 'has been uninstalled', 'have been uninstalled', 'got uninstalled', 'was removed', 'were removed', 'has been removed',
      'wurde deinstalliert', 'deinstalliert', 'a été désinstallé', 'désinstallé', 'был удалён', 'был удален', 'удалён', 'удален',
      // The same in the other languages admins write tickets in: de, fr, es, it, pt, pl.
      'удалил', 'удалила', 'удалено', 'удалена', 'деинсталлирован*', 'désinstallation terminée', 'desinstalación completada', 'disinstallazione completata', 'desinstalação concluída', 'removed', 'deinstalled', 'uninstalling', 'uninstalling product', 'removing', 'uninstall completed', 'removal completed', 'removed the product', 'entfernt', 'wurde entfernt', 'désinstallée', 'désinstallés', 'supprimé', 'supprimée', 'desinstalado', 'desinstalada', 'eliminado', 'eliminada',
      'disinstallato', 'disinstallata', 'rimosso', 'rimossa', 'removido', 'removida', 'odinstalowany', 'odinstalowana', 'odinstalowano', 'usunięty', 'usunięta', 'usunięto',
      // And in Dutch, the Nordic languages, Czech, Turkish, Ukrainian, Hungarian and Finnish (red-team round 89).
      // Uninstalls said before the build ("After uninstalling Skype for Business 16.0.x …", "Removed from WS-01: …").
      // An update rolled back names what it took away ("After rolling back 16.0.x, …", «Po wycofaniu aktualizacji 16.0.x …»);
      // "rolled back to" names what is there now and is no phrase here.
      'after rolling back', 'after rolling back the update', 'after rolling back update', 'rolled back the update', 'rolled back update', 'after the rollback of', 'after rollback of', 'after backing out',
      'po wycofaniu', 'po wycofaniu aktualizacji', 'после отката обновления', 'откатили обновление', 'nach dem zurückrollen von', 'nach dem rollback von', 'après le retour arrière de', 'tras revertir la actualización', 'tras revertir',
      'after uninstalling', 'after removing', 'after the uninstall of', 'after removal of', 'removed from', 'nach der deinstallation', 'nach der deinstallation von', 'après la désinstallation', 'après la désinstallation de', 'après la désinstallation du',
      'убрали', 'стёрли', 'стерли', 'вычистили', 'удалён', 'удален', 'после удаления', 'tras desinstalar', 'después de desinstalar', 'uninstallation', 'software uninstallation',
      'is no longer installed', 'no longer installed', 'nicht mehr installiert', 'ist nicht mehr installiert', 'n est plus installé', 'plus installé', 'больше не установлен', 'ya no está instalado', 'non è più installato', 'não está mais instalado',
      ...STATE_GONE,
      'απεγκαταστάθηκε', 'dezinstalat', 'dezinstalată', 'gedeïnstalleerd', 'verwijderd', 'avinstallerad', 'avinstallerat', 'avinstallerades', 'avinstallert', 'ble avinstallert', 'afinstalleret', 'blev afinstalleret',
      'odinstalován', 'odinstalována', 'odinstalováno', 'byl odinstalován', 'kaldırıldı', 'видалено', 'було видалено', 'видалений', 'eltávolítva', 'eltávolították', 'poistettu', 'poistettiin',
      'было', ...SKYPE_NAMES.map((n) => `se desinstaló ${n}`), ...SKYPE_NAMES.map((n) => `se desinstaló el ${n}`), 'stond eerst op', 'stond vroeger op', 'era alla', 'era sulla', 'ora non più', 'used to be', 'used to have', 'used to run', 'until the reimage', 'until the rollback', 'until the upgrade', 'until the update', 'until last week', 'until yesterday', 'until recently', 'until this morning',
      // "Had Skype 16.0.x until March; … now 16.0.y" (red-team round 389): a month it lasted until.
      ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((m) => [`until ${m}`, `till ${m}`, `until early ${m}`, `until mid ${m}`, `until late ${m}`]), 'bis letzte woche', 'bis gestern', 'до прошлой недели', 'до вчерашнего дня',
      'upgraded from', 'updated from', 'migrated from', 'rolled back from', 'reverted from', 'downgraded from', 'откатили с', 'откатились с', 'previously', 'no longer on', 'no longer', 'nicht mehr auf', 'nicht mehr', 'больше не на', 'уже не на', 'plus sur', 'ya no está en', 'previous version', 'previous build', 'previousbuild', 'previousversion', 'previoususeragent', 'previous user agent', 'olduseragent', 'old user agent', 'stale', 'stale record', 'stale entry', 'stale device',
      'przed aktualizacją', 'przed aktualizacja',
      // Devices gone in the other languages of inventories (red-team round 401).
      'verkauft', 'vendido', 'vendu', 'mis au rebut', 'dado de baja', 'destruido', 'détruit', 'verschrottet', 'entsorgt', 'zurück an leasinggeber', 'restitué', 'retirado', 'ancienne version', 'versión anterior',
      'disposed', 'scrapped', 'decomissioned', 'rma d', 'e waste', 'stolen', 'wiped', 'decomm d', 'obsolete',
      'laptop was returned', 'pc was returned', 'device was returned', 'machine was returned', 'was scrapped', 'was decommissioned', 'machine was scrapped', 'oldbuild', 'oldversion', 'old_value', 'oldvalue', 'old value', 'original value', 'originalvalue', 'original_value', 'previous_value', 'previousvalue', 'previous value', 'from_value', 'fromvalue', 'before the update', 'before updating', 'before the upgrade', 'before the refresh', 'before the rollback', 'before rollback', 'vor dem rollback', 'до отката', 'before the reimage', 'before reimaging', 'before the migration', 'vor dem update', 'avant la mise à jour', 'до переустановки',
      // "Before it was Version 2408 (Build …)", "Było 16.0.x, jest 16.0.y", "I was on 16.0.x, … now it's 16.0.y" (red-team round 340).
      'before it was', 'before that it was', 'previously it was', 'it used to be', 'i was on', 'we were on', 'było', 'wcześniej było',
      'vorher', 'zuvor', 'früher', 'vor dem', 'antes', 'anteriormente', 'auparavant', 'précédemment', 'avant la mise à jour', 'avant la migration', 'avant le', 'avant la', 'avant on avait', 'avant nous avions', 'раньше у нас стояла', 'раньше у нас стоял', 'раньше у нас была', 'раньше у нас был', 'раньше стояла', 'раньше стоял', 'früher hatten wir', 'antes teníamos', 'we used to have', 'used to be on',
      'prima', 'in precedenza', 'voorheen', 'eerder', 'wcześniej', 'poprzednio', 'dříve', 'předtím', 'korábban', 'előtte', 'önceden', 'daha önce', 'tidigare', 'tidligere', 'før', 'aiemmin', 'раніше', 'до цього',
      'раньше стоял*', 'раньше был*', 'раньше была', 'ранее стоял*', 'ранее был*', 'до обновления', 'до этого', 'прежде',
      // Retired or removed machines and installs: "Retired: …", "formerly 16.0.x", "(before uninstall)", "before we reimaged".
      // "Before update: 16.0.x. After update: 16.0.y" (red-team round 307).
      'before update', 'before upgrade', 'vor update', 'vor dem upgrade',
      'предыдущ*', 'formerly', 'retired', 'decommissioned', 'deprovisioned', 'uninstalled', 'удалили', '削除済み', 'uninstall succeeded', 'before uninstall', 'before we reimaged', 'before the reimage', 'before reimage',
    ],
  ],
  ['web', [...SKYPE_NAMES.map((n) => `${n} web app`), ...SKYPE_NAMES.flatMap((n) => [`веб приложение ${n}`, `веб приложения ${n}`, `модуль веб приложения ${n}`]), 'skype meetings', 'web app', 'webapp', 'lync web', 'lwa', 'cwa', 'ucwa', 'web client', 'веб клиент*', 'вебклиент*', 'веб приложени*']],
  [
    'other',
    [
      ...SKYPE_NAMES.map((n) => `${n} server`),
      ...SKYPE_NAMES.map((n) => `${n} сервер*`),
      // Its PowerShell module and admin center, and consumer Skype: no client build of ours.
      ...SKYPE_NAMES.flatMap((n) => [`${n} online admin center`, `${n} admin center`, `${n} online admin centre`, `${n} admin centre`, `${n} online powershell*`, `${n} online windows powershell*`, `${n} online module`, `${n} online connector`]),
      ...SKYPE_NAMES.map((n) => `${n} hybrid`),
      ...SKYPE_NAMES.map((n) => `сервер ${n}`),
      // The VDI plugin on a thin client: its own build, not the client's inside the desktop (red-team round 180).
      'vdi plugin', 'vdi plug in', 'lync vdi',
      // A client left out or replaced is not installed: "(Skype for Business excluded)", "replaced Skype for Business".
      ...SKYPE_NAMES.flatMap((n) => [`${n} excluded`, `${n} exclu`, `${n} ausgeschlossen`, `${n} исключ*`, `${n} not installed`, `${n} removed`, `${n} uninstalled`, `${n} не установлен*`, 'skype not installed', 'skype is not installed', "skype isn't installed", 'skype not present', `${n} удал*`, `${n} nicht installiert`, `${n} non installé`, `${n} no instalado`, `${n} missing`, `${n} is not installed`, `no ${n} installed`, `не установлен ${n}`, `нет ${n}`]),
      // The same said of the client's short names ("Skype excluded via ODT", "SfB removed").
      // ("16.0.x (ohne Skype)", «(Skype исключён)», "sans Skype", red-team round 314.)
      'ohne skype', 'ohne sfb', 'без skype', 'без скайпа', 'sans skype', 'sin skype', 'skype исключ*', 'skype ausgeschlossen', 'sfb исключ*',
      ...['skype', 'sfb', 's4b', 'скайп'].flatMap((n) => [`${n} excluded`, `${n} is excluded`, `${n} removed`, `${n} uninstalled`, `${n} not installed`, `${n} не ставили`, `${n} не устанавливали`]),
      // Not part of the install ("SfB is not included", "Skype for Business nicht enthalten").
      ...[...SKYPE_NAMES, 'skype', 'sfb', 's4b'].flatMap((n) => [`${n} not included`, `${n} is not included`, `${n} isn t included`, `${n} nicht enthalten`, `${n} ist nicht enthalten`, `${n} non inclus`, `${n} n est pas inclus`, `${n} no incluido`, `${n} не включ*`]),
      // Meeting-room devices and third-party products named for the client.
      ...SKYPE_NAMES.flatMap((n) => [`${n} room system`, `connector for ${n}`, `plugin for ${n}`, `plug in for ${n}`, `add in for ${n}`]), 'skype room system',
      // "(no lync in ProductReleaseIds)", "(no SfB component)": the suite without the client.
      'no lync', 'no sfb', 'no s4b', 'no skype', 'w o lync', 'w o sfb', 'w o s4b', 'w o skype', 'without sfb', 'without skype', 'kein lync', 'kein skype', 'pas de lync', 'pas de skype', 'sin lync', 'sin skype',
      ...['sfb', 's4b'].flatMap((n) => [`${n} not installed`, `${n} is not installed`, `${n} missing`, `${n} removed`, `${n} uninstalled`, `${n} excluded`, `no ${n} installed`, `without ${n}`, `ohne ${n}`, `sans ${n}`, `без ${n}`]),
      // A crash report's faulting module: its version is the library's ("Fault Module Version: 16.0.x").
      'fault module version', 'faulting module version', 'fault module name', 'faulting module name',
      ...SKYPE_NAMES.flatMap((n) => [`replaced ${n}`, `replacing ${n}`, `replaces ${n}`, `instead of ${n}`, `вместо ${n}`, `without ${n}`, `без ${n}`, 'без скайп*', `ohne ${n}`, `sans ${n}`]),
      // ODT's ExcludeApp ID="Lync": the client left out of the install.
      'excludeapp lync', 'excludeapp id lync', 'exclude app lync',
      'sfb online', 'skype consumer', 'skype for windows', 'skype manager', 'skype room system*', 'skype rooms',
      'lync phone edition', 'skype meeting add in', 'meeting add in', 'ucaddin', 'office communications server', 'communications server', 'ocs', 'front end', 'frontend', 'edge server', 'mediation server', 'director',
      // The server-side SDK, numbered as the server it came with ("UCMA 3.0 Runtime 4.0.7577.0").
      'unified communications managed api', 'ucma', 'ucma runtime',
      // The Click-to-Run service updates itself, on its own build ("C2R service binary 16.0.x (self-updated)").
      'c2r service', 'click to run service', 'clicktorun service', 'clicktorunsvc', 'c2r service binary',
      // Mail programs named in a message's headers ("X-MimeOLE: Produced By Microsoft MimeOLE V16.4.x").
      'mimeole', 'x mimeole', 'x mailer', 'windows live mail', 'windows mail',
      'sharepoint server', 'sharepoint*', 'sp2013', 'sp2016', 'sp2019', 'spse', 'exchange server', 'office online server', 'oos', 'officeonlineserverversion', 'oosversion', 'oosbuild', 'office web apps', 'officewebapps*', 'web server extensions', 'x officeversion', 'project server', 'project web app', 'project web access', 'online server', 'officeonline', 'officeonlineserver', 'wacserver', 'wopi', 'wac', 'wac farm', 'owas', 'sp farm', 'moss', 'pwa', 'ssrs', 'spo module', 'spo management shell', 'pnp powershell', 'sharepoint online management shell', 'visual studio', 'vs 2017', 'vs 2019', 'vs 2022', 'vs2019', 'vs2022', 'sql server', 'sqlserver', 'sql', 'mssql*', 'ssms',
      'management studio', 'analysis services', 'reporting services', 'integration services', 'ole db', 'oledb', 'data tools', 'sqlpackage', 'ssdt', 'standard edition', 'enterprise edition', 'developer edition', 'express edition', 'sqlcmd', 'invoke sqlcmd', 'serverproperty', 'serverinstance', 'admx', 'adml', 'administrative template*', 'administrative templates', 'logonstatistics', 'mailboxstatistics', 'casmailbox', 'sqllocaldb', 'localdb', 'core based licensing', 'configuration database', 'admindisplayversion', 'buildversion', 'serverversion', 'spfarm', 'msexch*', 'exsetup', 'exchange*', 'onedrive', 'teams', 'dynamics', 'power bi', 'powerbi', 'silverlight', 'java', 'adobe', 'acrobat',
      ...SERVER_ROLES,
      'office deployment tool', 'deployment tool', 'odt',
      // Parts of the suite's install that are no client: Click-to-Run's service components, interop assemblies.
      'extensibility component', 'localization component', 'licensing component', 'primary interop assemblies', 'interop assemblies',
      // Click-to-Run suites without a Skype for Business client.
      'homebusiness*', 'homestudent*', 'o365homeprem*', 'standard20*', 'standardretail', 'standardvolume', 'personalretail', 'personal2019retail', 'personal2021retail', 'personal2024retail',
      'zoom', 'webex', 'cisco', 'polycom', 'intel', 'nvidia', 'realtek', 'driver', 'firmware', 'bios', 'devenv', 'msbuild', 'sdk', 'chrome', 'chromium', 'firefox', 'safari', 'opera', 'internet explorer', 'msie', 'edge', 'server', 'сервер*',
    ],
  ],
  // "not 16.0.x", "NOT on 16.0.x", «не 16.0.x»: only the build right after the word (NEGATED_GAP in scan.ts).
  // Negations; with their verb where one stands between them and the build ("was not updated to 16.0.x", "never got").
  ['negation', ['not', 'isn t', 'aren t', 'не', 'nicht', 'pas', 'niet', 'nie', 'non', 'não', 'no es', 'no está en',
    'not updated to', 'not upgraded to', 'wasn t updated to', 'wasn t upgraded to', 'hasn t received', 'has not received', 'haven t received', 'have not received', 'didn t get', 'did not get',
    // None of it left: "keine 16.0.x mehr gefunden", "plus aucun en 16.0.x", "no more 16.0.x" (red-team round 396).
    'keine', 'keinen', 'kein', 'plus aucun', 'plus aucune', 'aucun', 'aucune', 'no more', 'no longer any', 'ни одного', 'ни одной',
    'never got', 'never received', 'never updated to', 'never reached', 'never made it to', 'not yet at', 'not yet on', 'don t have any', 'do not have any', 'not been upgraded to', 'not been updated to', 'hasn t been upgraded to', 'hasn t been updated to', 'none of', 'nobody', 'no one',
    'n a pas été mis à jour en', 'n a pas été mis à jour vers', 'pas été mis à jour', 'niet bijgewerkt naar', 'nicht aktualisiert', 'no se ha actualizado a', 'не обновился до', 'не обновилась до', 'не обновлен до', 'не обновлён до', 'не получил', 'не получила', 'nicht aktualisiert auf']],
  ['mac', ['for mac', 'on mac', 'для mac', 'mac', 'macos', 'os x']],
  ['mobile', ['windows phone', 'iphone', 'ipad', 'android', 'ios', 'мобильн*']],
  ['windows', ['osversion', 'windows', 'win 7', 'win 8', 'win 10', 'win 11', 'win7', 'win8', 'win10', 'win11', 'os build', 'сборка ос', 'виндовс']],
  [
    'app',
    ['microsoft office proofing', 'office proofing', 'proofing tools', 'office proofing tools', 'средства проверки правописания', 'korrekturhilfen', 'outils de vérification linguistique', 'outlook', 'outlooku', 'outlookem', 'аутлук', 'эксел*', 'ексел*', 'ворд', 'ворда', 'ворде', 'вижио', 'визио', 'outlookversion', 'outlookbuild', 'outlookclient*', 'projectversion', 'visioversion', 'wordversion', 'excelversion', 'visioproretail', 'visiostdretail', 'projectproretail', 'projectstdretail', 'projectpro*', 'projectstd*', 'visiopro*', 'visiostd*', 'onenote*', 'outlookretail', 'outlook20*', 'wordretail', 'word20*', 'excelretail', 'excel20*', 'powerpointretail', 'powerpoint20*', 'publisherretail', 'publisher20*', 'accessretail', 'access20*', 'accessruntime*', 'winword', 'microsoft word', 'word', 'excel', 'powerpoint', 'onenote', 'visio', 'microsoft project', 'project professional', 'project профессиональный', 'project professionnel', 'project profesional', 'project professionale', 'project standard', 'projekt professional', 'winproj', 'microsoft access', 'msaccess', 'microsoft publisher', 'mspub', 'infopath',
      // Apps whose names are also common words, named by their About pages ("Acerca de Publisher").
      ...['publisher', 'access', 'project'].flatMap((app) => [`about ${app}`, `acerca de ${app}`, `à propos de ${app}`, `a propos de ${app}`, `info zu ${app}`, `über ${app}`, `informazioni su ${app}`, `sobre o ${app}`, `sobre ${app}`, `over ${app}`, `о программе ${app}`, `${app} について`, `${app} のバージョン情報`, `${app} 정보`, `关于 ${app}`,
        `om ${app}`, `informacje o programie ${app}`, `o aplikaci ${app}`, `${app} hakkında`,
        // The app's name before its About line's label or with its year ("Access 2016: Version 1605 (Build …)", "Project: Version …").
        `${app} version`, `${app} versão`, `${app} versión`, ...['2010', '2013', '2016', '2019', '2021', '2024'].map((y) => `${app} ${y}`)]),
      'project online desktop client', 'project online client', 'project plan', 'access runtime', 'outlookonly', 'outlook only', 'owa',
      // Finnish names its apps inflected ("Tietoja Outlookista", "Visiosta").
      'outlookista', 'outlookin', 'accessista', 'visiosta', 'wordista', 'excelistä', 'powerpointista', 'onenotesta', 'projectista', 'publisherista'],
  ],
  [
    'suite',
    [
      'office 365', 'office365', 'microsoft 365', 'm365', 'proplus', 'pro plus', 'professional plus', 'office professional', 'office standard', 'office ltsc', 'microsoft office', 'office', 'o365', 'офис 365', 'офис365', 'майкрософт офис', 'офис у', 'офис 2016', 'офис 2019', 'офис 2021', 'офис 2024',
      // The suite in Russian chat («офис у меня 2408 …»); «в офисе» alone is a place.
      'офис 365', 'офис 2016', 'офис 2019', 'офис 2021', 'офис 2024', 'офис у меня', 'офис у нее', 'офис у неё', 'офис у него', 'версия офиса', 'сборка офиса',
      // Click-to-Run product IDs, its service and shared library, and update channels: the suite's build, or a release of it.
      'o365proplusretail', 'o365businessretail', 'proplus2019volume', 'proplus2019retail', 'proplus2021volume', 'proplus2024volume', 'officeclientedition', 'officeclicktorun', 'clicktorun',
      // Click-to-Run product IDs and package names of suites that may hold the client ("ProPlusRetail", "O365SmallBusPremRetail", choco's "office365business").
      'proplus*', 'o365*', 'mondo*', 'professional20*', 'office365*', 'office20*',
      'm365appsversion', 'microsoft365appsversion', 'o365version', 'm365version', 'officeversion', 'officebuild', 'mso20win32client', 'mso30win32client', 'mso40uiwin32client', 'mso98win32client', 'mso99lwin32client', 'channel', 'канал',
    ],
  ],
  // Words of a deployment's status and of a client version rule's terms that no other phrase holds: they name nothing,
  // and only send the scanner to the line's status cells (ROW_NOT_INSTALLED) and rule terms (RULE_LINE).
  [
    'status',
    [
      // "Download läuft", "— läuft" (a status cell: under way); "SfB 16.0.x läuft" says the client runs.
      // A change rejected, as a label before the build ("Changement rejeté : Skype Entreprise 16.0.x …") (red-team round 250).
      'rejected', 'change rejected', 'rejeté', 'rejetée', 'changement rejeté', 'abgelehnt', 'änderung abgelehnt', 'отклонено', 'отклонена', 'изменение отклонено', 'rechazado', 'rechazada', 'odrzucono',
      'läuft', 'available', 'unknown', 'uninstall', 'uninstallation', 'deinstallation', 'désinstallation', 'desinstalación', 'disinstallazione', 'uninstalled successfully', 'to be installed', 'доступно', 'ожидание', 'загрузка', 'heruntergeladen', 'not applicable',
      'открыто', 'fail', 'failed', 'failure', 'defer', 'deferred', 'wait', 'waiting', 'fehler', 'échec', 'erreur', 'error', 'running', 'requirements', 'erkannt', 'ошибка', 'сбой', 'ausgeführt',
      'no instalado', 'no instalada', 'notinstalled', 'pendinginstall', 'pendingreboot', 'installpending', 'installfailed',
      'geq', 'leq', 'rule', 'rules', 'allow', 'block', 'zulassen', 'blockieren', 'filter', 'policy', 'match', 'übereinstimmung', 'action', 'aktion', 'разрешить', 'запретить',
      'greaterequals', 'greaterthan', 'lessthan', 'lessequals', 'greaterthanorequal', 'lessthanorequal', 'detectionvalue', 'installed false', 'isinstalled false', 'detection', 'compareop', 'useragentfullname', 'clientversionpolicy', 'clientversionrule', 'clientversionsrichtlinie', 'versionsrichtlinie',
    ],
  ],
  // "Скайп" (also with a Latin "С") is what Russian-speaking admins call the client; one-word column names of exports.
  ['client', [...SKYPE_NAMES, 'скайп*', 'cкайп*', 'sfbclient*', 'sfbversion', 'sfbbuild', 'sfb2016', 's4b2016', 'сфб',
      // Volume products' IDs, as exact words: a longer stem would lengthen every word's stem search.
      'skypeforbusiness2016', 'skypeforbusiness2016volume', 'skypeforbusiness2019volume', 'skypeforbusiness2021volume', 'skypeforbusiness2024volume', 'skypeforbusiness2019retail', 'skypeforbusiness2021retail', 'skypeforbusinessversion', 'skypeforbusinessclient', 'skypeforbusinessclientversion', 'skypeclient', 'skypeclientversion', 'skypeclientbuild', 'lyncclient*', 'lyncexe*', 'lyncversion', 'lyncbuild', 'skypeforbusiness', 'skypeversion', 'skypebuild', 'communicator', 'sfb', 's4b', 'skypeforbusinessretail', 'skypeforbusinessentryretail', 'uccapi', 'ucmapi', 'skype4business', 'skype4b', 'skype']],
  [
    'threshold-after',
    [
      // A number read from an article, not from the user's own client (red-team round 325).
      'або новіший', 'або новіша версія', 'nebo novější', 'nebo novějšího', 'nebo vyšší', 'nebo novější verze', 'ή νεότερη', 'ή νεότερο', 'veya daha yeni', 'veya üzeri', 'ya da daha yeni',
      // An update that failed: its build was never installed (red-team round 332).
      'or lower', 'or older', 'or below', 'and lower', 'and below', 'или ниже', 'и ниже', 'oder niedriger', 'oder älter', 'ou inférieure', 'ou inférieur', 'o inferior',
      'завершилось с ошибкой', 'завершилось ошибкой', 'закончилось ошибкой', 'завершилась с ошибкой', 'bar', 'in their lab', 'in our lab',
      'frissítése sikertelen', 'misslyckades', 'απέτυχε', 'не вдалося', 'не вдалось', 'selhala', 'se nezdařila', 'başarısız', 'başarısız oldu',
      // Turkish comparisons after the build: "16.0.x'den yeni mi?" ("newer than …?").
      'den yeni', 'dan yeni', 'ten yeni', 'tan yeni', 'den eski', 'dan eski', 'den düşük', 'dan düşük', 'den yüksek', 'dan yüksek',
      'from a microsoft article', 'from the microsoft article', 'from an article', 'from the article', 'from a kb article', 'from the kb article', 'из статьи', 'из статьи microsoft', 'aus einem artikel', 'aus dem artikel',
      'o una más nueva', 'o una mas nueva', 'em diante', 'en adelante', 'o más nueva', 'et suivantes', 'et ultérieures', 'et supérieures',
      // Long and plural forms of "or later" (red-team round 282).
      'o versiones posteriores', 'y versiones posteriores', 'o versión posterior', 'y posteriores', 'o superiores', 'e posteriores', 'ou posteriores', 'ou versões posteriores', 'e versões posteriores', 'o versioni successive', 'e versioni successive', 'e successive',
      'oder neuere versionen', 'oder spätere version', 'oder spätere versionen', 'und neuere versionen', 'или более новые версии', 'и последующих версиях', 'и последующие версии', 'of nieuwere versies', 'en nieuwere versies', 'i nowsze', 'nebo vyšší',
      'and subsequent releases', 'and subsequent updates', 'and subsequent versions', 'and all later builds', 'and all later versions', 'or anything newer', 'or any subsequent version', 'or a more recent build', 'or a more recent version', 'or better', 'adds support', 'prereq',
      // The Office Deployment Tool's file a version is written in: "Version="16.0.x" в configuration.xml" (red-team round 299).
      'configuration xml', 'config xml',
      'or later', 'or newer', 'or higher', 'or above', 'or greater', 'and later', 'and newer', 'and higher', 'and above', 'или новее', 'или выше', 'или старше', 'или более поздн*', 'или поздне*',
      'и более поздн*', 'либо более поздн*', 'либо новее', 'и позднее', 'и далее', 'sau mai nou', 'sau mai nouă', 'sau mai recentă',
      'або новішої', 'або новіших', 'і новіші', 'та новіші', 'і новіших', 'та новіших', 'і пізніші', 'та пізніші',
      'и выше', 'и новее', 'oder höher', 'oder neuer', 'oder später', 'ou ultérieure', 'ou ultérieur', 'ou version ultérieure', 'ou une version ultérieure', 'ou versions ultérieures', 'ou version supérieure', 'ou une version plus récente', 'ou supérieure', 'ou supérieur', 'ou plus récente', 'ou posterior', 'ou superior',
      'vagy újabb', 'vagy magasabb', 'tai uudempi', 'tai uudemmat', 'tai uudempi versio', 'або новіша', 'або новіше', 'або вище', 'eller nyere', 'eller senere', 'eller højere', ...PENDING_PHRASES, 'of later', 'of hoger', 'of nieuwer', 'eller senare', 'eller nyare', 'eller högre', 'o posterior', 'o superior', 'o successiva', 'o successivo', 'o más reciente', 'lub nowsz*', 'veya üzeri', 'nebo novější',
      // A build sent to, or made ready for, a deployment ring: "… goes out to Broad ring on 6/9", "… ready for the pilot ring",
      // (red-team round 250; a ring's name alone is where the client is, not a plan).
      'goes out to', 'goes out', 'goes to', 'going out to', 'ready for',
      // An arrival still expected: "… get SfB C2R 16.0.x in wave 2, ETA March" (red-team round 399).
      'eta',
      // An update to make, its verb after the build: "bis Freitag auf 16.0.x aktualisieren".
      'aktualisieren', 'updaten', 'aktualisiert werden',
      'is the newest', 'is the latest', 'the newest build', 'the latest build', 'approved by', 'pilot only',
      // Not installed yet: queued, downloaded, awaiting approval ("16.0.x awaiting approval in WSUS", "(not installed yet)").
      'wasn t installed', 'download only', 'not applied', 'not applied yet',
      'не установлено', 'не установилось', 'не установилась', 'не дошло', 'не дошла', 'не дошёл', 'не дошел', 'не доехало', 'не доехала', 'не прилетело', 'n est pas arrivé', 'never arrived', 'never reached', 'did not reach', 'didn t reach', 'is queued', 'queued', 'downloaded', 'awaiting approval', 'awaiting', 'pending approval', 'not installed yet', 'not yet installed', 'noch nicht installiert', 'ещё не установлен*', 'еще не установлен*',
      // Below or above the build, said after it: Korean, Turkish (its case ending after an apostrophe).
      '미만', '이하', 'den eski', 'dan eski', 'den düşük', 'dan düşük', 'den yüksek', 'dan yüksek', 'den büyük', 'dan büyük', 've üzeri', 've sonrası',
      // Plans said after the build, in the admins' other languages: "… 16.0.x prévue le 20/04", "… 16.0.x zostanie wdrożony".
      'prévue', 'prévu', 'planifiée', 'planifié', 'programmée', 'programmé', 'planificada', 'planificado', 'programada', 'programado', 'se desplegará', 'se instalará',
      'pianificato', 'pianificata', 'programmato', 'programmata', 'sarà distribuito', 'sarà installato', 'verrà distribuito', 'verrà installato', 'agendada', 'agendado',
      // Installs that failed: "16.0.x installation failed with error 30015-6", "… 16.0.x fehlgeschlagen".
      'installation failed', 'install failed', 'fehlgeschlagen', 'a échoué', 'не удалась', 'не установилась',
      // Not there: "16.0.x not found in Programs and Features", "… isn't installed", "… missing from WS-0442", "… never rolled out".
      'not found', 'not detected', 'isn t installed', 'is not installed', 'was not found', 'missing from', 'is missing', 'never deployed', 'was never deployed', 'never rolled out', 'was never rolled out',
      'nicht vorhanden', 'nicht installiert', 'n est pas installé', 'no está instalado', 'não está instalado', 'non è installato', 'не установлен', 'не найден', 'отсутствует',
      'hoch', 'eingeführt', 'ou plus', 'ou mais recente', 'o versione successiva', 'o una versione successiva', 'o una versión posterior', 'tai uudemman', 'tai uudempi',
      // Not installed, said after the build in running text: "… non installé", "… aún no instalado", "… is not present", "… haven't installed it yet".
      'no instalado todavía', 'завершилась с ошибкой', 'завершилась ошибкой', 'non installé', 'pas encore installé', 'pas installé', 'no instalado', 'aún no instalado', 'missing', 'absent', 'is not present', 'not present', 'o superiore', 'in poi', 'en adelante', 'n est pas encore installé', 'todavía no está instalado', 'téléchargé', 'descargado', 'scaricato', 'baixado',
      'pending install', 'pending installation', 'staged on', 'source files staged', 'is the first build', 'is the first version', 'introduces', 'as example', 'is the current deferred channel build', 'is the current current channel build', 'is the current monthly channel build', 'is the current semi annual channel build', 'known issue with', 'has a known issue', 'is the minimum', 'is the lowest', 'ist die erste version', 'est la première version', 'still in testing', 'in testing', 'is being evaluated', 'being evaluated', 'wird getestet', 'на тестировании', 'в тестировании', 'first build with', 'first build that', 'in progress', 'en cours', 'in corso', 'en curso', 'em andamento', 'folyamatban', 'installation läuft', 'update läuft', 'aktualisierung läuft',
      'ausgerollt', 'verteilt', 'planejada', 'planejado', 'será implantado', 'será instalado', 'zaplanowan*', 'zostanie wdrożony', 'zostanie zainstalowany', 'wird ausgerollt', 'wird verteilt',
      'wird bereitgestellt', 'will be deployed', 'will be rolled out', 'will be installed', 'будет развернут*', 'будет раскатан*',
      // Not installed yet, from … on, required, and plans, said after the build in Dutch, the Nordic languages, Polish, Czech,
      // Turkish, Ukrainian, Hungarian, Finnish and Portuguese (red-team round 89).
      'is nog niet geïnstalleerd', 'nog niet geïnstalleerd', 'niet geïnstalleerd', 'er ikke installert', 'er ikke installeret', 'är inte installerat', 'är inte installerad', 'inte installerat', 'inte installerad', 'ikke installert', 'ikke installeret', 'nie jest zainstalowany', 'nie jest jeszcze zainstalowany',
      'není nainstalovaný', 'není nainstalován', 'není nainstalováno', 'zatím není nainstalovaný', 'henüz yüklenmedi', 'yüklenmedi', 'yüklü değil', 'не встановлено', 'ще не встановлено', 'még nincs telepítve', 'nincs telepítve',
      'ei ole asennettu', 'ei ole vielä asennettu', 'ainda não está instalado', 'ainda não instalado', 'a vyšší', 'a novější', 've sonrasında', 'alkaen', 'verziójától', 's verziójától', 'kræves', 'kreves', 'szükséges',
      'yükseltilecek', 'sürümüne yükseltilecek', 'planlandı', 'gepland', 'ütemezett', 'naplánována', 'naplánováno', 'tervezve', 'er planlagt', 'on suunniteltu', 'suunniteltu',
      // "Or newer", not installed (yet, any more), downloads and updates under way, said after the build in Greek, Romanian,
      // Italian and Portuguese; requirements and releases in Russian; installs still to come (red-team rounds 93-98).
      'ή νεότερη', 'ή νεότερη έκδοση', 'ή μεταγενέστερη', 'και μετά', 'sau mai nouă', 'sau o versiune ulterioară', 'sau mai recentă', 'sau ulterioară', 'in su',
      'non ancora installato', 'non installato', 'não instalado', 'încă neinstalat', 'neinstalat', 'nu mai este instalat', 'δεν είναι πλέον εγκατεστημένο', 'δεν είναι εγκατεστημένο', 'μη εγκατεστημένο', 'já não está instalado',
      'will not be deployed', 'won t be deployed', 'awaiting maintenance window', 'awaiting deployment', 'awaiting installation', 'awaiting install', 'cancelled by user', 'annulée', 'annulé', 'отменено', 'deployment cancelled', 'rollout cancelled', 'installation cancelled', 'update cancelled',
      'in download', 'se descarcă', 'и старше', 'доступен для загрузки', 'approval pending', 'awaiting approval', 'waiting for reboot', 'installation in progress', 'couldn t be installed', 'could not be installed', 'ist noch nicht drauf', 'noch nicht drauf',
      ...STATE_AFTER,
      // Said after the build: solved from it on (German), plans and "from … up" (Turkish, Greek, Hungarian, Swedish), at
      // least and "or newer" (Arabic, Hebrew, Greek) (red-team rounds 169, 173).
      'not yet used', 'never used', 'reference only', 'пакет подготовлен', 'by eom', 'лежит в', 'in the pipeline', 'yet to be pushed', 'yet to be',
      'on the to do list', 'in the works', 'to be rolled', 'on the cards', 'test vm only', 'lab vm only', 'is where offline im starts', 'introduced', 'a twinkle', 'setup to', 'haven t run it', 'not here',
      'se quitó', 'foi retirado', 'o più recente', 'se revirtió', 'a echoue', 'desinstalle', 'désinstallé', 'borrado', 'eliminato', 'apagado', 'prêt dans', 'pret dans',
      // Fixes, warnings, withdrawals and installs to come, said after the build: "… resolves it", «… не ставьте его», "… was pulled",
      // «… установится сегодня ночью», "… — coming next week" (red-team round 268).
      'resolves it', 'это исправлено', 'не ставьте его', 'was pulled', 'got pulled', 'pulled back',
      'установится', 'установятся', 'обновится', 'обновятся', 'coming next week', 'coming soon',
      'in der warteschlange', 'queued for install', 'queued for installation',
      'is available', 'will install at', 'download failed', 'can be applied', 'not yet', 'and below', 'and older', 'and earlier', 'und älter', 'und darunter', 'и старше', 'и ниже',
      'скачано', 'не начиналась', 'rollout not started', 'in the software center',
      'ist das problem gelöst', 'ist das problem behoben', 'nicht mehr auf', 'sürümüne yükseltmeyi planlıyoruz', 'yükseltmeyi planlıyoruz', 'planlıyoruz', 'güncelleyeceğiz', 'sürümüne güncelleyeceğiz', 'indirdik',
      'θα εγκατασταθεί', 'και νεότερες', 'και νεότερη', 'tervezzük frissíteni', 'tervezzük', 'verzióra', 'felfelé', 'tól felfelé', 'ska installeras', 'على الأقل', 'أو أحدث', 'غير مثبت', 'לפחות', 'ואילך', 'או חדשה יותר', 'לא מותקן',
      // Lower bounds and plans not carried out: "from 16.0.x upwards", "… 16.0.x — rollout postponed".
      'upwards', 'and upwards', 'or upwards', 'rollout postponed', 'postponed', 'verschoben', 'reporté', 'reportée', 'отложено', 'отложен',
      'sau o versiune mai nouă', 'sau mai nouă', 'released', 'was released', 'iso', 'iso image', 'catalogue entry', 'catalog entry', 'catalog item', 'catalogue item', 'or a later', 'or any later', 'or a newer', 'or any newer', 'onwards', 'and up', 'und höher', 'und neuer', 'und später', 'et plus', 'et ultérieures', 'et versions ultérieures', 'et version ultérieure', 'или позднее', 'и позднее', 'и позже',
    ],
  ],
  [
    'threshold-before',
    [
      // An allow rule's bounds (AppLocker/WDAC "BinaryVersionRange LowSection=…"), a cut-off told loosely (red-team rounds 313, 315).
      'lowsection', 'highsection', 'wants', 'fixed', 'passer tous les postes', 'passer les postes', 'basculer tous les postes', 'migrer tous les postes', 'some users may', 'users may be unable', 'may be unable to', 'affected build', 'affected builds', 'affects build', 'affects builds', 'minimumfileversion', 'maximumfileversion', 'граница', 'the line is', 'the cutoff is', 'the cut-off is', 'cutoff', 'cut-off', 'sous', 'sous la',
      'at least', 'minimum', 'minimal', 'min', 'require', 'required', 'requires', 'need', 'needs', 'needed', 'must be', 'should be', 'update to', 'upgrade to', 'be updated to', 'be upgraded to',
      'threshold', 'thresholds', 'between', 'zwischen', 'между', 'supersedes', 'superseded', 'replaces build', 'geplant', 'aktualisierung', 'mindestens', 'erforderlich', 'benötigt', 'au moins', 'minimale', 'requis', 'nécessite', 'al menos', 'mínimo', 'mínima', 'requiere', 'не ниже', 'не нижче', 'не ранее', 'не раніше', 'мінімально необхідна', 'минимально необходим*', 'минимум', 'минимальн*', 'переведём на', 'переведем на', 'переводим на', 'перейдём на', 'перейдем на', 'переходим на',
      'требуется', 'требу*', 'нужн*', 'необходим*', 'обнов* до', 'начиная с', 'начиная со', 'starting with', 'starting from', 'almeno', 'serve almeno',
      'above', 'well above', 'well past', 'выше', 'below', 'under', 'older than', 'lower than', 'less than', 'earlier than', 'prior to', 'ниже', 'меньше', 'старее', 'раньше', 'unter', 'inférieure à', 'inferior a', 'en dessous de', 'en dessous de la', 'debajo de', 'por debajo de', 'sotto la', 'al di sotto di', 'al di sotto della', 'alles onder', 'onder de', 'lager dan', 'au dessus de', 'au dessus de la', 'por encima de', 'sopra la', 'boven de', 'hoger dan',
      // Targets and baselines: a build to reach, not one installed.
      // A rollout tracker's sheet of targets, a deployment's status page, a plan's ring (red-team rounds 294, 296).
      'targets', 'deployment status', 'sccm application', 'mecm application', 'configmgr application', 'приложение sccm', 'приложение mecm', 'anwendung sccm', 'статус развертывания', 'статус развёртывания', 'bereitstellungsstatus', 'по плану', 'согласно плану', 'laut plan',
      'target', 'targetversion', 'updatetoversion', 'updatetargetversion', 'update', 'baseline*', 'sfbbaseline*', 'skypebaseline*', 'lyncbaseline*', 'clientbaseline*', 'supported from', 'since', 'newer than', 'higher than', 'greater than', 'later than',
      // A deployment's package and type ("Skype for Business package 16.0.x is ready on the distribution points", "Deployment
      // Type: SfB 2016 C2R (16.0.x)", red-team round 308).
      ...SKYPE_NAMES.map((n) => `${n} package`), 'sfb package', 's4b package', 'skype package', 'deployment type',
      'fixedin', 'fixed_in', 'fixedversion', 'fixed_version', 'ab', 'requiert', 'обнови*', 'от', 'план', 'планируем*', 'запланировал*', 'wir planen', 'planen wir',
      // A vendor's requirement, said with a verb: "Microsoft verlangt …", "Microsoft exige …", "Prérequis Microsoft : …".
      'verlangt', 'verlangen', 'setzt voraus', 'exige', 'exigen', 'pide', 'piden', 'richiede', 'richiedono', 'prérequis', 'prerrequisito', 'prerequisito', 'wymaga',
      // Plans: "move everyone to 16.0.x", "roll out 16.0.x".
      'move everyone to', 'move everybody to', 'move all users to', 'move users to', 'move all clients to', 'roll out', 'rolling out', 'rollout', 'deploy', 'deployment of', 'planned', 'plan to', 'move all sfb clients to', 'move all skype clients to', 'move all skype for business clients to', 'move all pcs to', 'u003e', 'u003c', 'pas encore en', 'n est pas encore en', 'pas encore sur', 'noch nicht auf', 'ist noch nicht auf', 'todavía no está en', 'aún no está en', 'ещё не на', 'еще не на', 'not yet on', 'is not yet on', 'isn t on yet', 'patch tuesday plan', 'update plan', 'migration plan', 'deployment plan', 'maintenance plan', 'patch plan', 'план обновления', 'план обновлений', 'план перехода', 'план миграции', 'aktualisierungsplan', 'updateplan', 'migrationsplan', 'plan de mise à jour', 'plan de migration', 'plan de actualización', 'plan de migración', 'piano di aggiornamento', 'plan aktualizacji', 'install', 'installer', 'instalar', 'installieren', 'установить', 'установите', 'планов*', 'запланирован*', 'objectif', 'переведите всех на', 'перевести всех на'
      ,'fixed in', 'fixes', 'исправлено в',
      // What a build will or should be: "will be 16.0.x after the window", «должно быть 16.0.x», a rollback candidate.
      'will be', 'should have', 'should show', 'should display', 'should report', 'sollte', 'sollten', 'должен', 'должна', 'должно', 'devrait', 'debería', 'deployment ring', 'push', 'pushing', 'schedule', 'scheduled',
      'pin', 'pinned to', 'revert to', 'revert clients to', 'revert all clients to', 'roll back clients to', 'downgrade to', 'downgrade clients to', 'roll back to', 'roll back', 'back out', 'reverting to', 'rollback to', 'mettre à jour', 'mettez à jour', 'actualizar', 'actualice', 'aggiornare', 'aggiorna', 'zaktualizuj*', 'zaktualizować', 'zaktualizowac', 'порог', 'должно быть', 'должна быть', 'должен быть', 'будет', 'candidate', 'кандидат*', 'fallback', 'rollback', 'rollback build', 'откат', 'откатить на',
      // Keys of rules in exports: "minBuildOnPrem", "minimumVersion", "requiredBuild".
      'minbuild*', 'minimum*', 'sfbminimum*', 'skypeminimum*', 'lyncminimum*', 'clientminimum*', 'sfbmin*', 'minversion*', 'minsupported*', 'minclient*', 'minagent*',
      // Rollout waves and hypothetical moves; builds a vendor certified.
      'compareop', 'released in', 'fix was released in', 'fix released in', 'updates available', 'staged', 'rollbackbuild', 'rollbackversion', 'vendor validated',
      'moved everyone to', 'moved everybody to', 'moved all users to', 'wave', 'waves', 'welle', 'волна', 'волне', 'certified', 'zertifiziert', 'certifié', 'certifiée', 'сертифицирован*', 'requiredversion*', 'requiredbuild*', 'targetbuild*',
      'officetarget', 'clienttarget', 'sfbtarget', 'sfbclienttarget*', 'skypeclienttarget*', 'lyncclienttarget*', 'clienttargetversion', 'clienttargetbuild', 'zielversion', 'ziel', 'mindestversion', 'mindest*', 'cible', 'objetivo', 'целев*',
      'minima', 'minimo', 'richiesta', 'richiesto', 'requise', 'requerida', 'requerido',
      // Approved, recommended, expected and available builds, and requests, in the admins' languages: releases, not installs.
      'next', 'nächste', 'следующ*', 'approved*', 'change request', 'make sure', 'ensure', 'must reach', 'reach', 'replacement', 'last known good', 'lastknowngood', 'update available', 'available update',
      'minclient*', 'requiredclient*', 'required*', 'greater than or equal', 'greater or equal',
      'утвержден*', 'утверждён*', 'одобрен*', 'согласов*', 'рекомендуем*', 'ожидаем*', 'доступно обновление', 'доступна новая', 'доступн* обновлени*', 'больше или равн*', 'убедитесь',
      'es mayor que', 'mayor que', 'es menor que', 'menor que', 'más nueva que', 'más reciente que', 'más antigua que', 'supérieure à', 'plus récente que', 'plus ancienne que', 'maggiore di', 'più recente di', 'minore di', 'новее чем', 'старее чем', 'старше чем', 'freigegeben', 'freigabe', 'empfohlen*', 'erwartet*', 'sollversion', 'soll', 'verfügbar', 'freigegebene', 'freigegebenen', 'größer oder gleich', 'grösser oder gleich', 'größer als oder gleich', 'grösser als oder gleich', 'größer gleich', 'kleiner als',
      'approuvée', 'approuvé', 'approuvées', 'déploierons', 'déployer', 'déploiement', 'disponible', 'recommandée', 'recommandé', 'attendue', 'supérieure ou égale', 'supérieur ou égal',
      'aprobado', 'aprobada', 'recomendada', 'recomendado', 'esperada', 'mayor o igual',
      'destinazione', 'approvata', 'approvato', 'disponibile', 'consigliata', 'prevista', 'maggiore o uguale',
      'alvo', 'aprovada', 'aprovado', 'disponível', 'esperada', 'maior ou igual',
      'doelversie', 'doel', 'goedgekeurd', 'goedgekeurde', 'beschikbaar', 'aanbevolen', 'verwacht*', 'groter dan of gelijk',
      'docelow*', 'zatwierdzon*', 'dostępn*', 'zalecan*', 'oczekiwan*', 'większ* lub równ*',
      'målversion', 'mål', 'målet', 'godkänd', 'godkända', 'tillgänglig', 'krav', 'rekommenderad', 'förväntad',
      '최소', '목표', '승인된', '승인', '사용 가능한', '권장',
      // Builds to approve, the latest, newest or standard release, builds to be installed: releases, not installs.
      'approve', 'to approve', 'latest', 'newest', 'our standard', 'bump', 'eta', 'eta for', 'standardise on', 'standardize on', 'proposed', 'proposé', 'proposée', 'propuesta', 'propuesto', 'vorgeschlagen', 'предложенная', 'предлагаемая', 'prerequisite', 'cutoff', 'cut off for', 'as of', 'hold', 'looking for', 'search for', 'searching for', 'does anyone', 'anyone still', 'no registrations from', 'no sessions from', 'hold at', 'available in', 'wanted', 'sera déployé', 'seront déployés', 'standard build', 'sera installé', 'seront installés', 'wird installiert', 'будет установлен*',
      // Builds a client should get, or would be on: "should get 16.0.x tonight", "If Skype for Business were on 16.0.x".
      'should get', 'will get', 'were on', 'would be on', 'sollwert', 'soll wert', 'ожидалось', 'ожидаемо', 'plan de reversión', 'volver a', 'voltar para', 'reverter para', 'homologada', 'homologado', 'build de referência', 'versión de referencia', 'plánujeme', 'planujemy', 'поставимо', 'встановимо', 'оновимо', 'eşik', 'мінімальна збірка', 'мінімальна', 'pobrałem', 'pobrałam', 'indirdim', 'завантажив', 'il est prévu', 'est prévu', 'è previsto', 'planejamos', 'planeamos', 'lägsta version', 'vähimmäisversio', 'laveste versjon', 'laveste version', 'minimumversie', 'målversjon', 'tavoiteversio', 'pianificato', 'wird aktualisiert', 'proposal', 'quote for', 'sccm package', 'intune package', 'deployment package', 'app package', 'package created', 'future state', 'desired state', 'end state', 'acceptance criterion', 'acceptance criteria', 'will include', 'will carry', 'will ship', 'will contain', 'standardise', 'standardize', 'standardisieren', 'replace lync with', 'replace lync 2013 with', 'replace lync 2010 with', 'to replace', 'will replace', 'last build validated', 'build validated', 'is the last build', 'we accept', 'we still accept', 'we allow', 'we still allow', 'must equal', 'must match', 'should equal', 'should match', 'must show', 'must report', 'will report', 'expected to show', 'that support', 'which support', 'that supports',
      // Updates under way, to-dos, release notes, fixes and vendors' tests: builds that are not (yet) the installed one.
      // The client version policy's cmdlets, in a prompt above their output: its builds are the rules'.
      'csclientversionpolicyrule', 'csclientversionpolicy', 'csclientversionconfiguration',
      'upgrade', 'please upgrade', 'will not be installed', 'never seen',
      // Targets, plans, packages and comparisons in German, French, Spanish, Italian and Portuguese (red-team rounds 75, 76).
      'heben', 'hochziehen', 'angehoben', 'migration', 'vorgabe', 'neueste', 'künftig', 'rückfallebene', 'paket', 'neuer als', 'höher als',
      'bis', 'vor', 'über', 'seit', 'eingeführt mit', 'benötigte', 'geplante', 'geplanter', 'schwelle', 'schwellwert', 'mind', 'sera mis à jour', 'seront mis à jour', 'passeront sur', 'passera sur', 'on vise',
      'version de destination', 'de destination', 'téléchargement', 'paquet', 'se actualizará a', 'se actualizarán a', 'se ha planificado', 'versión de destino', 'de destino', 'paquete', 'subimos todos a',
      'desde la versión', 'a partir de la versión', 'verrà aggiornato', 'verranno aggiornati', 'abbiamo pianificato', 'li portiamo', 'a partire dalla versione', 'a partire dalla', 'pacchetto',
      'será atualizado', 'serão atualizados', 'agendamos', 'está planeada', 'está planejada', 'vamos subir', 'vamos atualizar', 'versão de destino', 'pelo menos', 'desde a versão', 'pacote', 'fix version', 'fix versions', 'compare', 'compare with', 'reference build', 'reference version', 'referenzversion', 'advised user to move to', 'advise to move to', 'please move to', 'mise à niveau', 'montée de version', 'avons planifié', 'planifiée', 'планируется', 'próxima actualización', 'actualización programada', 'geplantes update', 'пакет', 'ошибка установки', 'сбой установки', 'раскатываем', 'раскатываю', 'лучше последнюю', 'descargando', 'скачивание', 'скачиваю', 'échec de l installation', 'échec d installation', 'installation von',
      'content distributed', 'distributed to', 'package library',
      // A deployment of a build, in Russian: «развёртывание 16.0.x висит в статусе «Выполняется»» (red-team round 378).
      'развёртывание', 'развертывание',
      // A vulnerability scanner's patch target: "Fixed version : 16.0.x" (Nessus), "Version corrigée" (red-team round 245).
      'fixed version', 'fixed versions', 'version corrigée', 'versión corregida', 'versão corrigida', 'behobene version', 'исправленная версия',
      // Scanners' and compliance reports' other names for it: "Patched version", "Compliant version", "Remediated version" (red-team round 267).
      'vorgeschrieben', 'vorgeschriebene version', 'changes in', 'new in', 'affected versions', 'affected builds', 'affected build', 'issue occurs in', 'occurs in', 'known issue in', 'problème connu dans', 'problème connu', ...SKYPE_NAMES.map((n) => `downgrade ${n} to`), 'cut off used', 'compliance floor', 'seuil de l alerte', 'seuil d alerte', 'test string', 'regex test string', 'test ua', 'sample ua', 'needs update to', 'needs an update to', 'needs upgrade to', 'needs an upgrade to', 'needs updating to', 'need update to', 'нужно обновить до', 'надо обновить до', 'необходимо обновить до', 'muss auf', 'muss aktualisiert werden auf', 'patched version', 'patched versions', 'compliant version', 'remediated version', 'remediation version', 'secure version', 'safe version', 'gepatchte version', 'sichere version', 'konforme version', 'версия с исправлением', 'безопасная версия',
      // Search terms and filters ("Snooper filter: …", "Snooper search string: …") and advice ("Try …", "Avoid …", «Не ставьте пока …») (red-team rounds 266, 268).
      'search string', 'search term', 'filter used', 'filter range', 'suchbegriff', 'filtre', 'фильтр', 'try', 'попробуйте', 'avoid', 'не ставьте', 'не ставьте пока', 'moving everyone to', 'moving everybody to', 'moving all users to', 'switching to',
      // Releases and fixes: "The fix is included in …", «Вышел …», «Исправление вошло в …», «Известная проблема …» (red-team round 268).
      'not yet updated to', 'not yet upgraded to', 'not updated to', 'not upgraded to', 'still not updated to', 'noch nicht aktualisiert auf', 'ещё не обновлён до', 'еще не обновлен до', 'ещё не обновлен до', 'withdrawn', 'zurückgezogen', 'отозвала', 'отозвал',
      'included in', 'is included in', 'вышел', 'вышла', 'вошло в', 'вошла в', 'known issue', 'известная проблема', 'описание выпуска', 'release history', 'история обновлений', 'история выпусков',
      'package source', 'source path', 'content source', 'updating to', 'upgrading to', 'upgrading', 'updating', 'installing', 'installs', 'downloading',
      'älter als', 'niedriger als', 'antérieur à', 'antérieure à', 'inférieur à', 'ниже чем', 'старше чем',
      'поставить', 'поставь', 'поставьте', 'скачал', 'скачала', 'скачали', 'появились в', 'появилась в', 'появился в', 'introduced in', 'eingeführt in', 'introduit dans', 'before applying', 'applying', 'wird auf', 'verteilung von', 'vers la version', 'actualizando', 'actualizar a', 'wordt bijgewerkt naar', 'todo',
      'release notes', 'release note', 'versionshinweise', 'notes de publication', 'заметки о выпуске', 'notas de la versión', 'notas de versión', 'notas de la version', 'notas da versão', 'note di rilascio', 'informacje o wersji',
      // An example in a manual, a move still to come in Spanish: «als Beispiel», «pasará a …» (red-team round 372).
      'als beispiel', 'pasará a', 'pasarán a', 'se pasará a', 'migrará a', 'migrarán a',
      // Moves to come in French and German: «Nous devrions passer en Version 2402 (build …) le mois prochain» (red-team round 386).
      'devrions passer en', 'allons passer en', 'passerons en', 'wechseln auf', 'umstellen auf',
      // Headings of update histories: "Known issues", "What's new in …", "Fixed issues" (red-team round 233).
        'known issues', 'what s new', 'fixed issues', 'update history', 'version history', 'updateverlauf', 'versionsverlauf', 'historique des versions', 'historique des mises à jour', 'bekannte probleme', 'problèmes connus', 'известные проблемы', 'что нового', 'problemas conocidos', 'tested with', 'tested against', 'getestet mit', 'testé avec', 'validated with', 'validated client builds', 'validated builds', 'validated client build', 'resolved in', 'behoben in', 'corrigé dans', 'we fixed',
      'поставим', 'установим', 'обновим', 'накатим', 'раскатим',
      // More Russian plans and examples: «Обновлю … до», «Установлю», «Задеплоим», «К установке:», «Например, …», «первая
      // сборка с …» (red-team round 280).
      'обновлю', 'обновят', 'обновляю', 'будем обновлять', 'установлю', 'установят', 'поставлю', 'поставят', 'задеплоим', 'апнем', 'раскатаем', 'накатим', 'к установке', 'например', 'к примеру', 'пример правильной версии', 'for example', 'e g', 'eg', 'z b', 'zb', 'p ex', 'p ej', 'напр', 'for instance', 'zum beispiel', 'beispielsweise', 'par exemple', 'por ejemplo', 'as an example',
      // An illustration, not an install: "shows something like …", "Example of a compliant build: …", "builds such as …" (red-team round 323).
      'something like', 'example of', 'examples of', 'example of a compliant build', 'builds such as', 'a build such as', 'versions such as', 'beispiel für', 'exemple de', 'ejemplo de', 'пример сборки', 'пример версии',
      // Russian plans, moves, waits, rollbacks to come and minimums (red-team round 239).
      // Deploying, a threshold and a required version in Spanish, Italian and Portuguese (red-team round 244).
      'desplegar', 'implantar', 'vamos implantar', 'rilasciare', 'soglia', 'versão necessária', 'versión necesaria', 'versione necessaria', 'versione richiesta',
      // Bounds and firsts of a vendor's support, and the next image's build (red-team round 242).
      'builds from', 'builds before', 'kompatibel ab', 'workaround until', 'first supported', 'first build', 'the first sfb build', 'nächster build', 'next build',
      // Slovak thresholds, plans and targets; rollback plans that reinstall a build (red-team round 247).
      'alebo novšiu', 'alebo novší', 'alebo novšia', 'od verzie', 'cieľová verzia', 'plánovaná aktualizácia', 'stiahneme', 'minimálne',
      'reinstaller', 'herinstalleren', 'przywrócić', 'reinstalovat', 'preinštalovať', 'asenna', 'rollbackplan', 'rollback plan', 'tilbakerullingsplan', 'palautussuunnitelma', 'plan wycofania', 'plán návratu',
      'не менее', 'откатимся на', 'откатимся', 'откатим', 'переход на', 'переводим', 'переведём', 'переведем', 'удалить', 'график', 'крайний срок',
      'обновление клиентов', 'обновление клиента', 'обновления клиентов', 'переход клиентов',
      // Fixes and features a build brought, in support replies (red-team round 169); plans, updates to make, targets and
      // requirements in Swedish, Greek, Hungarian, Czech, Turkish, Arabic and Hebrew (round 173).
      // A step that checks for the build the change brings ("4. Verify Skype for Business shows 16.0.x", «Убедиться, что версия — …»),
      // builds kept for reference (red-team round 174).
      'verify', 'verify that', 'убедиться', 'убедитесь', 'убедиться что', 'убедитесь что', 'prüfen ob', 'prüfen sie',
      'for reference', 'known good', 'known good builds', 'supported builds',
      // Chats: plans in the present, builds asked about before anyone ran them, releases (red-team round 171).
      // Idioms of plans, wishes, requests, hearsay and absence; VDI and ticket wording (red-team rounds 182, 183).
      'due to be', 'due to be bumped to', 'll be running', 'will be running', 'sitting on the', 'chuck', 'grab', 'wish', 'north of', 'anything north of', 'rumour has it', 'rumor has it',
      'pending version', 'offered version', 'ausstehende version', 'ожидающая установки версия', 'доступна версия', 'загружаемая версия', 'скачиваемая версия', 'anfrage installation',
      // Block lists of a client version policy: "Blocked build list: …", "Known crashing … build, blocked: 16.0.x".
      'blocked build', 'blocked builds', 'blocked build list', 'blocked versions', 'blocked version', 'block list', 'blocklist',
      'verfügbare version', 'version disponible', 'versión disponible', 'versione disponibile', 'доступная версия', 'dostępna wersja', 'beschikbare versie', 'versão disponível', 'to apply', 'terminated to apply',
      'failed application installation', 'successful application removal',
      'does not have', 'doesn t have', 'don t have', 'do not have', 'after the update to', 'update to',
      // A build promised, not there yet: "IT told me I'd get 16.0.x this week" (red-team round 396).
      'assigned package', 'assigned version', 'assigned build', 'zugewiesenes paket', 'zugewiesene version', 'paquet attribué', 'назначенный пакет',
      'i d get', 'i would get', 'you d get', 'you would get', 'you ll get', 'you will get', 'we ll get', 'we will get', 'they ll get', 'they will get',
      'don t run', 'do not run', 'hasn t picked up', 'has not picked up', 'not picked up', 'пока не обновился до', 'пока не обновился', 'handed back', 'rolling back from', 'per the kb', 'заменим на', 'available version', 'в планах',
      'to do', 'to-do', 'пример из документации', 'beispiel aus der', 'test user agent string', 'sample image',
      // A claim the text goes on to deny, a belief, an update offered, cancelled or broken off, a number taken from an
      // article (red-team round 325): «утверждает, что обновился до …», «думал, что у него до сих пор …», «предлагалась …»,
      // «Обновление на … отменил», «Ставили обновление на … — прервалось», "copied 16.0.x from a Microsoft article".
      'наш стандарт', 'стандарт', 'наш эталон',
      'grenzwert', 'seuil', 'пример',
      // A limit named as such ("(Grenze für On-Prem-Postfächer: 16.0.6920.1000)", red-team round 389).
      'grenze', 'untergrenze', 'mindestgrenze', 'limite', 'límite', 'limit', 'lower limit', 'cutoff', 'граница', 'нижняя граница', 'umbral', 'целевая сборка', 'целевая версия', 'zielbuild', 'zielversion', 'mindestbuild', 'mindestversion',
      'будут обновлены до', 'будут обновлены', 'должны быть обновлены до', 'должны быть обновлены', 'будет обновлён до', 'будет обновлен до', 'будет обновлена до',
      // A guess, an expected value, a pending update's target, a vendor's lab (red-team round 334).
      'i thought it was', 'thought it was', 'i thought i had', 'attendu', 'attendue', 'valeur attendue', 'en attente de la mise à jour', 'mise à jour des clients',
      'verified the fix on', 'verified the fix in', 'tested the fix on',
      'claims she s on', 'claims he s on', 'claims she is on', 'claims he is on', 'claims to be on', 'claimed to be on', 'moves to', 'will move to',
      'claims he updated to', 'claims she updated to', 'claims they updated to', 'claims to have updated to', 'says he updated to', 'says she updated to',
      'утверждает что обновился до', 'утверждает что обновилась до', 'утверждает что у него', 'утверждает что у неё', 'утверждает что у нее',
      'думал что у него', 'думала что у неё', 'думала что у нее', 'думал что у него до сих пор', 'думала что у неё до сих пор', 'думал что у него всё ещё',
      'thought he had', 'thought she had', 'thought he was on', 'thought she was on', 'thought he still had', 'thought she still had',
      'предлагалась', 'предлагалось', 'предлагали', 'предложил обновиться до', 'was offered', 'were offered',
      'обновление на', 'ставили обновление на', 'ставили обновление до', 'сорвалось на', 'обновлять не будем до', 'не будем обновлять до',
      'взял из статьи', 'number from the article',
      // Examples, thresholds and comparisons in Czech, Hungarian, Ukrainian, Turkish and Greek (red-team round 332).
      'např', 'například', 'például', 'наприклад', 'örneğin', 'για παράδειγμα', 'π χ',
      // Plans, requests, requirements, the latest release, failures and packages in French, Spanish, Italian and Portuguese,
      // with and without accents; lower bounds in Russian and English (red-team rounds 188, 190).
      'se instalará', 'se instalará la versión', 'mise à jour prévue', 'mise a jour prevue', 'más reciente', 'mas reciente', 'mais recente', 'por favor instalen', 'por favor instalem',
      'per favore installate', 'per favore installare', 'vai ser atualizado para', 'vai ser atualizado', 'passez', 'atualize', 'hay que desplegar', 'hay que instalar', 'bisogna distribuire',
      'bisogna installare', 'é preciso implantar', 'é preciso instalar', 'deveria estar com', 'debería estar en', 'va a pasar a', 'ficará na', 'ficará em', 'versão exigida', 'versión exigida',
      'echec', 'échec', 'errore durante l installazione', 'errore durante l aggiornamento', 'fallo en la actualizacion', 'fallo en la actualización',
      'impossibile installare', 'desinstalei', 'desinstalamos', 'verrà installato', 'pianificato l aggiornamento', 'le package', 'el paquete', 'il pacchetto', 'o pacote',
      'goal', 'our goal', 'wir wollen auf', 'nächster schritt', 'цель',
      'мин', 'только с', 'only works from', 'works from', 'erst ab', 'searched kb for', 'searched for', 'googled', 'search for',
      'хотим поднять', 'хотим', 'зальём', 'зальем', 'раскатаем', 'скоро прилетит', 'минималка', 'ставить будем', 'будем ставить', 'говорят', 'по слухам', 'слышал', 'кажется',
      'вроде как', 'нет у нас', 'собирались', 'ziehen wir', 'beabsichtigt', 'kriegt', 'kommt mit', 'kommt dann mit', 'die paketierung für', 'der change für', 'die anhebung auf',
      'die bereitstellung von', 'die installation der version', 'runtergeladen', 'hab runtergeladen',
      'выпустила', 'выпустил', 'выпущенные в версии', 'выпущен в', 'выпущена в', 'выпущено в', 'скачаю', 'поставлю', 'поставлю сам', 'установщик',
      'the plan', 'plan is', 'ставим', 'anyone tested', 'has anyone tested', 'anybody tested', 'кто нибудь пробовал', 'кто пробовал', 'microsoft released', 'released',
      'fixed with', 'fixed by', 'was fixed with', 'arrived with', 'arrived in', 'came in', 'came with', 'behoben ab', 'behoben mit', 'behoben durch', 'tritt ab',
      'kam mit', 'kam in', 'erster build mit', 'erste version mit', 'aktuellste version', 'aktuellste', 'исправлена в', 'исправлен в', 'исправлена в версии', 'исправлено в версии',
      'устранено в', 'устранена в', 'устранён в', 'устранен в', 'доступны с', 'доступно с', 'доступна с', 'доступен с', 'появилось в',
      'planerar att uppgradera', 'vi planerar', 'kommer att uppgradera', 'uppgradera till', 'från version', 'θα αναβαθμίσουμε', 'σχεδιάζουμε', 'σχεδιάζουμε αναβάθμιση', 'αναβάθμιση σε',
      'frissíteni fogjuk', 'aktualizujeme na', 'aktualizujeme', 'يجب تحديث', 'تحديث', 'الإصدار المستهدف', 'الحد الأدنى المطلوب', 'الحد الأدنى', 'سنقوم بالترقية إلى', 'الترقية إلى',
      'يتطلب', 'تتطلب', 'גרסת יעד', 'צריך לעדכן', 'לעדכן', 'דורשות', 'דורש', 'דורשת', 'נדרשת גרסה', 'נדרשת', 'נשדרג', 'לשדרג', 'לגרסה',
      // Plans in the infinitive and the first person future, targets and media (red-team rounds 154, 156).
      'раскатить', 'накатить', 'развернуть', 'проверить установку', 'срок обновления', 'эталонн*', 'конечное состояние', 'дистр', 'дистрибутив*',
      'installeremo', 'aggiorneremo', 'distribuiremo', 'installeranno', 'aggiorneranno', 'for atualizado para', 'viene aggiornato a',
      // Keys of exports and API objects: "desiredVersion", "nextVersion", "availableVersions", "downloadBuild", "supportedBuilds".
      'desired*', 'expected*', 'recommended*', 'nextversion*', 'nextbuild*', 'deployversion*', 'availableversion*', 'availablebuild*', 'downloadbuild*', 'downloadversion*',
      'upgradeto*', 'newestversion*', 'newestbuild*', 'latestavailable*', 'pilotbuild*', 'pilotversion*', 'stagedversion*', 'stagedbuild*', 'downloadedversion*',
      'downloadedbuild*', 'updatesreadytoapply*',
      'supportedbuild*', 'supportedversion*', 'updateversion*', 'latestversion*', 'latestbuild*', 'plannedbuild*', 'plannedversion*', 'requested*',
      // Updates to make and downloads, in the admins' languages: "Mise à jour vers Skype Entreprise 16.0.x", "Download: …".
      'mise à jour vers', 'aggiornamento a', 'actualización a', 'atualização para', 'aktualizacja do', 'download', 'descargar', 'descargue', 'herunterladen', 'télécharger',
      'téléchargez', 'scaricare', 'scarica', 'baixar', 'baixe', 'pobierz', 'pobrać', 'скачать', 'скачайте',
      // Minimums, "from … on", "older than" and "at least" in the Polish, Dutch, Spanish, Portuguese, Czech and Turkish admins write.
      // Updates to make, plans, targets, "from … on", "at least" and the newest release in Dutch, the Nordic languages, Polish, Czech,
      // Turkish, Ukrainian, Hungarian and Finnish (red-team round 89).
      'vanaf', 'nieuwste', 'updaten naar', 'bijwerken naar', 'bijgewerkt naar', 'downloadpagina', 'uppgraderas till', 'uppdateras till', 'uppgradering till', 'uppdatering till', 'planerad', 'planerat', 'planerad uppgradering',
      'från och med', 'senaste', 'minst', 'oppdateres til', 'oppgraderes til', 'oppdatering til', 'oppgradering til', 'opdateres til', 'opgraderes til', 'opdatering til', 'opgradering til', 'fra og med', 'nyeste', 'planlagt', 'mindst',
      'päivitetään versioon', 'päivitys versioon', 'versioon', 'vähintään', 'uusin', 'versiosta', 'zostanie zaktualizowany do', 'zostanie zaktualizowana do', 'zostaną zaktualizowane do', 'od wersji', 'co najmniej', 'cel', 'do pobrania',
      'bude aktualizován na', 'bude aktualizována na', 'budou aktualizovány na', 'aktualizace na', 'od verze', 'minimálně', 'cíl', 'cílová', 'cílová verze', 'stáhnout', 'nejnovější', 'plánováno', 'naplánováno',
      'hedef', 'hedef sürüm', 'en son sürüm', 'planlanan', 'буде оновлено до', 'оновлення до', 'щонайменше', 'починаючи з', 'найновіша', 'заплановано', 'цільов*',
      'legalább', 'legújabb', 'tervezett', 'frissítés', 'frissítjük', 'célverzió',
      ...STATE_BEFORE,
      ...STATE_EITHER,
      // Requirements, minimums, plans, targets, downloads and updates under way in Greek, Romanian, Italian, Spanish and Portuguese;
      // Russian "нужен", "с версии", "последняя сборка"; future wording in English, German and French (red-team rounds 93-98).
      'απαιτείται', 'τουλάχιστον', 'από την έκδοση', 'προγραμματισμένη ενημέρωση', 'ενημέρωση σε εξέλιξη', 'λήψη σε εξέλιξη', 'λήψη', 'έκδοση στόχος', 'στόχος', 'προγραμματισμένο', 'σε εξέλιξη',
      'versiune minimă', 'minim necesar', 'începând cu', 'începând cu versiunea', 'versiune țintă', 'țintă', 'cea mai recentă', 'cea mai recentă versiune', 'actualizare în curs', 'programat', 'programată', 'în curs',
      'obiettivo', 'aggiornamento pianificato', 'in programma', 'dalla', 'versione richiesta', 'actualización en curso', 'atualização em curso', 'atualização agendada', 'agendada para', 'a transferir', 'em curso', 'plan',
      'нужен', 'надо', 'с версии', 'последняя сборка', 'beginning with', 'req', 'erforderliche', 'erforderliche version', 'erforderliche clientversion',
      'you ll get', 'you will get', 'you ll have', 'will have', 'du bekommst', 'sie bekommt', 'passera en', 'vous recevrez', 'tu auras',
      // Requirements named as such, updates under way, the latest release in Russian, and builds a client beats (red-team round 92).
      'requirement', 'requirement is', 'the requirement is', 'requirements are', 'voraussetzung', 'voraussetzung ist', 'anforderung', 'требование', 'требования', 'exigence', 'requisito',
      'being upgraded to', 'being updated to', 'is being upgraded to', 'is being updated to', 'getting upgraded to', 'getting updated to', 'wird gerade auf', 'wird gerade aktualisiert auf', 'muss auf', 'müssen auf', 'mise à jour prévue vers', 'prévue vers', 'anything from', 'everything from',
      'последняя версия', 'последняя доступная', 'последняя доступная версия', 'новейшая версия', 'самая новая версия', 'beats', 'exceeds', 'übertrifft',
      'the cut off',
      'minstens', 'minimaln*', 'minimaal', 'vereist', 'vereiste', 'a partir de', 'à partir de', 'a partir da', 'a partir do', 'starsi niż', 'starszy niż', 'starsze niż', 'starsza niż', 'starší než',
      'alespoň', 'nejméně', 'anteriores a', 'anterior a', 'anteriores à', 'anterior à', 'en az', 'gereksinim*', 'minonline*', 'minonprem*', 'onlinemin*', 'onpremmin*',
    ],
  ],
  // The install states' status cells, so that a row holding one is read for it; listed last, so that a word another
  // kind also holds keeps that kind (written without blanks: UNSPACED).
  ['status', STATE_CELLS.filter((w) => !/[\u3040-\u9fff\uac00-\ud7af]/u.test(w))],
];

/**
 * Threshold words that are also everyday prepositions ("under Help > About",
 * "unter Info:", «письмо от Иванова», "since Monday"): they quote a build only
 * right before it (NEXT_ONLY_GAP in scan.ts), never one further on the line.
 */
export const NEXT_ONLY: ReadonlySet<string> = new Set(['fixed', 'under', 'unter', 'ab', 'от', 'since', 'раньше', 'min', 'bis', 'vor', 'über', 'seit', 'dalla', 'plan', 'req']);

/** Negations that deny a whole clause, not only the word after them ("None of our clients are on 16.0.x"). */
export const CLAUSE_NEGATIONS: ReadonlySet<string> = new Set(['none of', 'nobody', 'no one', 'don t have any', 'do not have any']);

/**
 * Comparisons: between two builds ("lync.exe 16.0.x >= 16.0.6920.1000", "16.0.x ist kleiner als 16.0.6920.1000") the
 * second is the rule's and the first the build compared with it (scan.ts).
 */
export const COMPARISONS: ReadonlySet<string> = new Set([
  '>=', '<=', '>', '<', '≥', '≤', 'below', 'above', 'under', 'less than', 'lower than', 'older than', 'earlier than', 'newer than', 'higher than', 'greater than', 'later than',
  'es mayor que', 'mayor que', 'es menor que', 'menor que', 'más nueva que', 'más reciente que', 'más antigua que', 'supérieure à', 'plus récente que', 'plus ancienne que', 'maggiore di', 'più recente di', 'minore di', 'новее чем', 'старее чем', 'старше чем',
  'kleiner als', 'größer als', 'grösser als', 'unter', 'ниже', 'выше', 'меньше', 'старее', 'inférieure à', 'inferior a', 'beats', 'exceeds', 'übertrifft',
  'en dessous de', 'en dessous de la', 'au dessus de', 'au dessus de la', 'debajo de', 'por debajo de', 'por encima de', 'sotto la', 'sopra la', 'al di sotto di', 'al di sotto della', 'onder de', 'boven de', 'lager dan', 'hoger dan',
]);

/**
 * A rollout batch's label ("Wave 1 (IT): 16.0.x"): a plan's, said of the build after it; on a user's row of a
 * migration's status sheet ("anna@contoso.nl,Wave 1,Islands,16.0.x") it is the user's batch (scan.ts).
 */
export const BATCH_LABELS: ReadonlySet<string> = new Set(['wave', 'waves', 'welle', 'волна', 'волне']);

/** Phrases of scripts without spaces between words (and signs), found by indexOf. */
export const UNSPACED: ReadonlyArray<[MentionKind, string]> = [
  ...STATE_UNSPACED,
  // Status cells written without blanks (インストール保留中, 等待安装): they send the scanner to the row's status cells too.
  ...STATE_CELLS.filter((w) => /[\u3040-\u9fff]/u.test(w) && !/\s/.test(w)).map((w): [MentionKind, string] => ['status', w]),
  // Targets, the newest release, updates and downloads under way, plans and uninstalls in Japanese, Korean and Chinese (red-team round 93).
  ['threshold-before', '対象バージョン'],
  ['threshold-before', '最新バージョン'],
  ['threshold-before', '更新中'],
  ['threshold-before', '업데이트 예정'],
  ['threshold-before', '최신 버전'],
  ['threshold-before', '排程更新'],
  ['threshold-before', '計畫'],
  ['threshold-before', '计划中'],
  ['threshold-before', '已计划'],
  ['threshold-before', '计划'],
  ['threshold-before', '正在更新'],
  ['threshold-before', '最新版本'],
  ['threshold-before', '更新予定'],
  // A build denied: «私の Skype は 16.0.x ではありません», «我的 Skype 不是 16.0.x» (red-team round 379).
  ['threshold-after', 'ではありません'],
  ['threshold-after', 'ではない'],
  ['threshold-after', 'じゃない'],
  ['negation', '不是'],
  ['threshold-after', 'ダウンロード中'],
  ['threshold-after', '다운로드 중'],
  ['threshold-after', '正在下载'],
  ['threshold-after', '未インストール'],
  ['threshold-after', 'もうインストールされていません'],
  ['threshold-after', '더 이상 설치되어 있지 않'],
  ['threshold-after', '설치 안 됨'],
  ['threshold-after', '진행 중'],
  ['threshold-after', '已不再安装'],
  ['threshold-after', '已不再安裝'],
  ['past', 'アンインストール済み'],
  ['past', '제거됨'],
  ['past', '已卸载'],
  ['past', '卸载'],
  ['threshold-after', '既知の問題'],
  ['threshold-after', '與更新版本'],
  ['threshold-after', '及更新版本'],
  ['threshold-after', '以降'],
  ['threshold-after', '以上'],
  ['threshold-after', '或更高'],
  ['threshold-after', '或更新'],
  ['threshold-after', '이상'],
  // Below: 未満/以下 (ja, after the build), 미만 (ko, written onto the build), 低于/早于 (zh, before it); より前 (ja).
  ['threshold-after', '未満'],
  ['threshold-after', '以下'],
  ['threshold-after', '미만'],
  ['threshold-after', 'より前'],
  ['threshold-after', 'より古い'],
  // An update to make (not one made, 업데이트했습니다), written onto the build: "16.0.x(으)로 업데이트할 예정" (ko); a plan, 계획.
  ['threshold-after', '로 업데이트할'],
  ['threshold-after', '로 업데이트합니다'],
  ['threshold-after', '으로 업데이트할'],
  ['threshold-after', '으로 업데이트합니다'],
  ['threshold-after', '로 업그레이드할'],
  ['threshold-after', '로 업그레이드합니다'],
  ['threshold-after', '으로 업그레이드할'],
  ['threshold-after', '예정'],
  ['threshold-before', '계획'],
  // Not updated yet, said after the build: "…は16.0.xにまだ更新されていません" (ja), "还没有更新到16.0.x" (zh).
  ['threshold-after', 'にまだ更新されていません'],
  ['threshold-after', 'に更新されていません'],
  ['threshold-before', '还没有更新到'],
  ['threshold-before', '没有更新到'],
  ['threshold-before', '尚未更新到'],
  ['threshold-before', '低于'],
  // "比 16.0.6920.1000 低吗？", "是否高於門檻 16.0.6920.1000": the build compared with (red-team round 332).
  ['threshold-before', '比'],
  ['threshold-before', '門檻'],
  ['threshold-before', '门槛'],
  ['threshold-before', '高於'],
  ['threshold-before', '低於'],
  ['threshold-before', '早于'],
  ['threshold-before', '高于'],
  // "Please update to …": an update to make.
  // Builds a client had before: 之前/以前 (zh), 以前は/前は (ja), 이전에 (ko).
  // Before and after an update, a target said before what is ("更新前: x / 更新後: y", "升级前版本 x，升级后为 y", "本来は x のはず",
  // "客户端应为 x，实际为 y", "还不是 x，仍然是 y", "…は x に更新されます", red-team round 340).
  ['past', '更新前'],
  ['past', '이전 pc는'],
  ['past', '이전 PC는'],
  ['past', '예전에는'],
  ['past', '예전 값'],
  ['past', '예전 값이고'],
  ['past', 'は誤り'],
  ['past', '誤りで'],
  ['past', '旧电脑'],
  ['past', '舊電腦'],
  ['past', '旧电脑是'],
  ['past', '古いPC'],
  ['past', '古い PC'],
  ['past', '昨日までは'],
  ['past', '先週までは'],
  ['past', '升级前'],
  ['past', '升級前'],
  ['past', 'アップデート前'],
  ['threshold-after', 'のはず'],
  ['threshold-before', '应为'],
  ['threshold-before', '應為'],
  ['threshold-before', '应该是'],
  ['threshold-before', '還不是'],
  ['threshold-before', '还不是'],
  ['threshold-after', 'に更新されます'],
  ['threshold-after', 'へ更新されます'],
  ['threshold-after', 'にアップデートされます'],
  ['past', '之前'],
  ['past', '先前'],
  ['past', '以前'],
  ['past', '前は'],
  ['past', '이전에'],
  // "Originally x, after the update y": 原本是 / 原来是 / 원래 / 이전 버전은 / もともと (red-team round 328).
  ['past', '原本是'],
  ['past', '原來是'],
  ['past', '原来是'],
  ['past', '원래'],
  ['past', '이전 버전은'],
  ['past', '이전 버전'],
  ['past', 'もともと'],
  ['past', '元々'],
  ['threshold-after', 'を修正'],
  // Plans, updates to make and removals in Japanese, Chinese and Korean (red-team round 173).
  ['threshold-after', 'へのアップグレードを検討中'],
  ['threshold-after', '検討中'],
  ['threshold-before', '請將'],
  ['threshold-before', '请将'],
  ['threshold-after', '버전으로 업데이트하세요'],
  ['threshold-after', '업데이트하세요'],
  ['past', '삭제함'],
  ['past', '삭제했습니다'],
  // Updates under way, support from a build on, uninstalls: "…に更新しています", "…から対応", "开始支持", "…부터 지원", "已卸载", "제거 완료".
  // Not installed yet, planned, downloaded, targets, failures and "later" in Chinese, Japanese and Korean (red-team round 77).
  ['threshold-before', '將於'],
  ['threshold-before', '将于'],
  ['threshold-before', '部署中'],
  ['threshold-after', '安装失败'],
  ['threshold-after', '安裝失敗'],
  ['threshold-after', 'に更新します'],
  ['threshold-after', 'になる見込み'],
  ['threshold-after', '見込み'],
  ['threshold-after', '다운로드 완료'],
  ['threshold-after', '미설치'],
  ['threshold-after', '未展開'],
  ['threshold-after', '等待中'],
  ['threshold-after', 'をダウンロードしました'],
  ['threshold-after', 'インストールされていません'],
  ['threshold-after', 'まだインストールしていません'],
  ['threshold-after', '没有安装'],
  ['threshold-after', '沒有安裝'],
  ['threshold-after', '及更高版本'],
  ['threshold-after', '以后'],
  ['threshold-after', '以後'],
  ['threshold-after', '이후'],
  ['threshold-after', '尚未安装'],
  ['threshold-after', '未安装'],
  ['threshold-after', '尚未安裝'],
  ['threshold-after', '未安裝'],
  ['threshold-after', 'ダウンロード済み'],
  ['threshold-after', '未実施'],
  ['threshold-after', '未適用'],
  ['threshold-after', '설치 실패'],
  ['threshold-after', '설치되지 않'],
  ['threshold-before', '待部署'],
  ['threshold-before', '已下载'],
  ['threshold-before', '已下載'],
  ['threshold-before', '安装包'],
  ['threshold-before', '預計'],
  ['threshold-before', '预计'],
  ['threshold-before', '配布対象'],
  ['threshold-before', '업데이트 대상'],
  ['threshold-before', '예상 버전'],
  ['threshold-before', '대상 버전'],
  ['past', '已删除'],
  ['past', '已移除'],
  ['past', '解除安裝'],
  ['past', 'アンインストール完了'],
  ['past', '삭제됨'],
  ['past', '제거된'],
  ['threshold-after', 'のインストールに失敗'],
  ['threshold-after', 'インストールに失敗'],
  ['threshold-after', 'に更新しています'],
  ['threshold-after', 'に更新中'],
  ['threshold-after', 'へ更新中'],
  ['threshold-after', 'から対応'],
  ['threshold-after', 'からサポート'],
  ['threshold-after', '开始支持'],
  ['threshold-after', '起支持'],
  ['threshold-after', '부터'],
  ['threshold-before', '下周'],
  ['threshold-before', '将推送'],
  ['past', 'アンインストール済み'],
  ['past', 'アンインストールしました'],
  ['past', '已卸载'],
  ['past', '卸载了'],
  ['past', '제거 완료'],
  ['past', '제거됨'],
  ['past', '제거했습니다'],
  // Plans: "… へ更新予定" (an update planned), "计划" (plan).
  ['threshold-after', '予定'],
  ['threshold-before', '计划'],
  // "展開予定のバージョン: 16.0.x": the version planned for deployment, before its build.
  ['threshold-before', '展開予定'],
  ['threshold-before', '予定のバージョン'],
  // Minimum, target, approved, available, recommended; "greater than or equal".
  ['threshold-before', '最小'],
  ['threshold-before', '目標'],
  ['threshold-before', '目标'],
  ['threshold-before', '承認'],
  ['threshold-before', '批准'],
  ['threshold-before', '利用可能'],
  ['threshold-before', '可用更新'],
  ['threshold-before', '推奨'],
  ['threshold-before', '推荐'],
  ['threshold-before', '大于或等于'],
  ['threshold-before', '大于等于'],
  ['threshold-before', '以上である'],
  ['threshold-before', '計劃'],
  ['threshold-after', 'に更新してください'],
  ['threshold-after', 'へ更新してください'],
  ['threshold-after', 'にアップデートしてください'],
  ['threshold-before', '最低'],
  ['threshold-before', '必要'],
  ['threshold-before', '至少'],
  ['threshold-before', '需要'],
  ['threshold-before', '≥'],
  ['threshold-before', '≧'],
  ['threshold-before', '＞＝'],
  ['threshold-before', '≦'],
  ['threshold-before', '＜＝'],
  ['threshold-after', '未インストール'],
  // The same signs as a web page's entities ("&ge; 16.0.x", "&amp;gt;= 16.0.x").
  ['threshold-before', '&ge;'],
  ['threshold-before', '&#8805;'],
  ['threshold-before', '&#x2265;'],
  ['threshold-before', '&gt;='],
  ['threshold-before', '&amp;gt;='],
  ['threshold-before', '&le;'],
  ['threshold-before', '&#8804;'],
  ['threshold-before', '&#x2264;'],
  ['threshold-before', '&lt;='],
  ['threshold-before', '&amp;lt;='],
  ['threshold-before', '正在将'],
  ['threshold-before', '正在更新'],
  ['threshold-before', '>='],
];
