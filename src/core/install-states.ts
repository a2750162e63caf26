import type { MentionKind } from './evidence.ts';

// An install's state other than "installed", in the languages admins write
// (docs/evidence.md): a plan, an update, download or install under way, a
// failed install, one not made yet, one taken away, and the release words a
// quoted threshold uses. One list per place a word stands, each in lower
// case as mentions.ts reads words; phrases.ts and scan.ts take them from here.

/**
 * Installed but waiting for a restart, said before the build or after it, also past a comma ("Skype for Business 16.0.x
 * installato, in attesa di riavvio"): the build before the restart is the one running.
 */
export const STATE_RESTART: readonly string[] = [
  'awaiting restart', 'awaiting reboot', 'waiting for restart', 'waiting for a restart', 'waiting for a reboot', 'restart pending', 'restart required', 'reboot required',
  'requires a restart', 'neustart ausstehend', 'neustart erforderlich', 'wartet auf neustart', 'wartet auf den neustart', 'en attente de redémarrage', 'redémarrage en attente',
  'redémarrage requis', 'redémarrage nécessaire', 'pendiente de reinicio', 'reinicio pendiente', 'esperando reinicio', 'requiere reinicio', 'in attesa del riavvio', 'in attesa di riavvio',
  'riavvio necessario', 'wacht op herstart', 'wacht op opnieuw opstarten', 'herstart vereist', 'oczekuje na ponowne uruchomienie', 'wymagane ponowne uruchomienie',
  'aguardando reinicialização', 'reinicialização pendente', 'ожидает перезагрузки', 'ожидает перезапуска', 'требуется перезагрузка', 'очікує перезавантаження',
  'yeniden başlatma bekleniyor', 'yeniden başlatma bekliyor', 'čeká na restart', 'vyžaduje restart', 'genstart afventer', 'afventer genstart', 'kræver genstart',
  'venter på omstart', 'omstart kreves', 'omstart krävs', 'väntar på omstart', 'odottaa uudelleenkäynnistystä', 'vaatii uudelleenkäynnistyksen', 'újraindításra vár',
  'újraindítás szükséges', 'necesită repornire', 'așteaptă repornirea', 'εκκρεμεί επανεκκίνηση', 'απαιτείται επανεκκίνηση',
  'needs a restart', 'needs a reboot', 'pending restart', 'pending reboot', 'ждёт перезагрузки', 'ждет перезагрузки', 'нужна перезагрузка', 'serve il riavvio', 'richiede il riavvio',
  'nécessite un redémarrage', 'benötigt einen neustart', 'braucht einen neustart',
];

/** Said before the build, as a label or a verb ("Plánovaná aktualizace: …", "Trwa aktualizacja: lync.exe …", "Stahuje se …"). */
export const STATE_BEFORE: readonly string[] = [
  // Plans and requests.
  // Lists of builds allowed or supported, configuration management's desired package, an app's assignment (red-team round 261).
  'whitelist', 'allowlist', 'supported_versions', 'sfb_supported_versions', 'allowed_versions', 'win_package', 'creates_version', 'app assignment',
  // French obligations and the next version, before the build (red-team round 263).
  'il faudrait', 'faudrait', 'il faut passer', 'prochaine version', 'doit être installé', 'doit être installée',
  // Plans in the Polish first person and German verbs split around the client ("rollen wir … aus") (red-team round 251).
  'wdrożymy', 'zainstalujemy', 'zainstaluję', 'wdrożę', 'zaktualizujemy', 'zaktualizuję', 'rollen wir', 'installieren wir', 'verteilen wir',
  'pending install', 'to be installed', 'upcoming', 'awaiting deployment', 'queued',
  'warten auf verteilung', 'gewünschte version', 'angeforderte version', 'sollstand', 'zu installierende version',
  'version demandée', 'version souhaitée', 'planifié', 'planifiée', 'ожидается установка', 'запрошенная версия', 'версия для установки',
  'actualizare planificată', 'se va instala', 'planificat', 'planificată', 'προγραμματισμένη αναβάθμιση', 'zamanlanmış güncelleme', 'güncelleme planlandı',
  'заплановане оновлення', 'ütemezve', 'plánovaná aktualizace', 'bude nainstalován', 'bude nainstalována', 'zaplanowana aktualizacja', 'aktualizacja zaplanowana',
  'planujemy wdrożenie', 'zaplanowano', 'zaplanowano aktualizację', 'se descargó', 'se ha descargado', 'agendado', 'agendada', 'será instalado', 'en espera de instalación', 'in attesa di installazione', 'σε αναμονή εγκατάστασης',
  'en attente d installation', 'ожидает установки', 'en cola', 'instalación pendiente', 'in coda', 'oczekuje na instalację', 'čeká na instalaci', 'kurulum bekleniyor',
  'planlanmış kurulum', 'installation ausstehend', 'version prévue', 'geplande versie', 'geplande update', 'versión solicitada', 'gevraagde versie', 'zielwert',
  'on prévoit', 'prévoit de passer', 'nous prévoyons', 'on va passer', 'nous allons passer', 'we gaan', 'gaan we', 'aggiorneremo', 'porteremo', 'verrà portato', 'verranno portati',
  'está previsto', 'están previstos', 'previsto pasar', 'vamos a actualizar',
  'nous passerons', 'vamos a pasar', 'lo metemos', 'ελάχιστη έκδοση', 'da installare', 'versione da installare', 'puntiamo alla', 'apuntar a', 'descarga en curso',
  'frühestens', 'steht im software center bereit', 'in paketierung', 'introduced with', 'first shipped in', 'added in', 'lowest build allowed', 'the lowest build',
  'sera poussé', 'à installer', 'dernière version', 'ultima versione', 'l ultima versione', 'próxima versión', 'свежая версия', 'не старше',
  'we ll have everyone on', 'once the image is rebuilt with', 'plan is to get',
  // Updates, downloads and installs under way.
  'trwa aktualizacja', 'trwa instalacja', 'pobieranie', 'probíhá aktualizace', 'stahuje se', 'stahování', 'atualização em andamento', 'baixando',
  'güncelleme devam ediyor', 'indiriliyor', 'yükleme başarısız', 'помилка встановлення', 'αποτυχία εγκατάστασης', 'виконується оновлення', 'завантажується', 'завантаження', 'letöltés folyamatban', 'γίνεται λήψη',
  'téléchargement en cours', 'скачивается',
  ...STATE_RESTART,
  // Failed installs.
  'installation fehlgeschlagen', 'installatie mislukt', 'installazione non riuscita', 'error de instalación', 'error de instalación de', 'erro de instalação', 'помилка інсталяції',
  'η εγκατάσταση απέτυχε', 'instalarea a eșuat', 'sikertelen telepítés', 'instalace selhala', 'instalacja nie powiodła się', 'błąd instalacji', 'falha na instalação',
  // Minimums and the newest release.
  'minimální verze', 'minimális verzió', 'versiunea minimă', 'мінімальна версія', 'τελευταία διαθέσιμη έκδοση', 'остання доступна версія',
];

/** Said after the build ("… 16.0.x bu gece yüklenecek", "… — jeszcze nie zainstalowano", "… sürümünden itibaren"). */
export const STATE_AFTER: readonly string[] = [
  'yüklenecek', 'telepítése ütemezve', 'kurulum sürüyor', 'se instalează', 'встановлюється', 'instalace probíhá', 'instalação pendente', 'telepítés folyamatban',
  'jeszcze nie zainstalowano', 'nie jest już zainstalowany', 'δεν έχει εγκατασταθεί ακόμη', 'δεν έχει εγκατασταθεί', 'zatím nenainstalováno', 'nenainstalováno',
  'již není nainstalován', 'henüz yüklenmedi', 'henüz yüklü değil', 'ще не встановлено', 'neinstalat încă', 'a eșuat', 'başarısız oldu', 'nie powiodła się',
  'mislukt', 'non riuscita', 'non riuscito', 'завершилась неудачно', 'falló', 'загружается', 'идёт загрузка', 'идет загрузка', 'устанавливается', 'wordt gedownload',
  'abgebrochen', 'lädt noch',
  // An MSP's job results and delivery states, and plans for a time to come ("SfB 16.0.x tmrw", "… pushed via Intune, awaiting check-in").
  'excluded via', 'rolled back on', 'reverted on', 'pending user approval', 'awaiting check in', 'offered via', 'not yet accepted', 'exit code 1603',
  'exit code 1618', 'setup error', 'installer error', 'install error', 'tmrw', 'tomorrow', 'this weekend', 'next weekend', 'download läuft', 'download in corso', 'bezig met downloaden', 'in attesa', 'in wachtrij', 'niet meer geïnstalleerd', 'se desinstaló', 'kommt morgen drauf',
  'in sospeso', 'c est pour ce soir', 'en file d attente', 'en échec', 'fallida', 'fallita', 'fallito', 'fallido', 'non si è installato',
  'cancelada', 'annullata', 'annullato', 'rollbackato', 'no se llegó a instalar', 'o más nuevo', 'o más nueva', 'previsto', 'prevista per',
  'descargado', 'descargué', 'скачан', 'скачана', 'nicht mehr vorhanden', 'fehlt auf', 'oder aktueller', 'bzw neuer', 'beziehungsweise neuer', 'oder aktuellere',
  'немесе жаңарақ', 'немесе одан жоғары', 'және одан жоғары', 'вышла',
  'aún no se ha instalado', 'todavía no se ha instalado', 'no se ha instalado',
  'veya üstü', 'verziótól kezdve', 'verziótól', 'sürümünden itibaren', 'itibaren', 'і вище', 'onward', 'beyond', 'beating',
  // Turkish futures and packages not deployed (red-team rounds 154, 156).
  'dağıtılacak', 'kurulacak', 'güncellenecek', 'не развернут', 'не развёрнут', 'не развернута', 'не развёрнута', 'не раскатан', 'не раскатана',
];

/**
 * Said before the build or after it ("We never installed SfB 16.0.x", "SfB 16.0.x was never installed", "… 16.0.x
 * deployment failed", «… отозвана Microsoft, не устанавливать»): never installed, an install given up, a client left out
 * of the image, a build withdrawn, scheduled or only offered for download.
 */
export const STATE_EITHER: readonly string[] = [
  // A change board's payload to stage, a deployment to try again (red-team round 250).
  'payload', 're-attempt', 'reattempt',
  // An Intune app's package: "Win32 app: … (repackaged)" (red-team round 253).
  'repackaged', 'win32 app',
  // A French update not applied (red-team round 263).
  'n a pas été appliquée', 'n a pas été appliqué', 'pas été appliquée',
  // Downloads and copies in the Spanish and Portuguese first person, releases, migrations and moves to come (red-team round 259).
  'descargué el instalador', 'descargué el paquete', 'bajé', 'baixei', 'copié', 'copiei', 'descargamos', 'baixamos', 'liberó', 'liberou', 'publicó', 'publicou', 'lanzó', 'lançou', 'martes de parches',
  'migrar', 'vamos a migrar', 'vamos migrar', 'migraremos', 'falta atualizar', 'temos que atualizar', 'subir el', 'subir o', 'subir',
  // Downloads and plans in Russian and Ukrainian wiki pages, Ukrainian removals (red-team round 255).
  'ссылка для загрузки', 'ссылка на загрузку', 'ссылка для скачивания', 'завантажити', 'посилання для завантаження', 'собираемся ставить', 'собираемся', 'збираємося встановити', 'збираємося',
  'видалено', 'видалений', 'видалена', 'видалили',
  'never installed', 'never been installed', 'never got installed', 'not been installed', 'hasn t been installed', 'has not been installed', 'haven t installed',
  'have not installed', 'was not installed', 'were not installed', 'deployment failed', 'rollout failed', 'excluded from', 'is excluded from',
  'nie installiert', 'wurde nie installiert', 'installation abgebrochen', 'jamais installé', 'n a jamais été installé', 'não foi instalado', 'nunca foi instalado',
  'ainda não foi instalado', 'todavía no instalado', 'todavía no se instaló', 'nunca se instaló', 'no se instaló', 'nie zainstalowano', 'nie udało się zainstalować',
  'nie został zainstalowany', 'никогда не устанавливался', 'не устанавливать', 'не ставить', 'do not install', 'don t install', 'nicht installieren', 'ne pas installer',
  'ya no tiene', 'ya no tenía', 'deixou de ter', 'já não tem', 'ainda não tem', 'ainda não foi implantada', 'ainda não foi implantado', 'não foi implantado', 'não foi implantada',
  'no se instalará', 'no se va a instalar', 'não será instalado', 'pendiente de instalación', 'pendente de instalação', 'falhou', 'le subo', 'lo subo', 'subiré', 'vou subir', 'vou atualizar',
  'mislykkedes', 'misslyckades', 'mislyktes', 'epäonnistui', 'sikertelen volt', 'nu a reușit', 'ikke installeret', 'ikke installeret endnu', 'ikke installert',
  'inte installerad', 'ej installerad', 'ei asennettu', 'még nincs telepítve', 'прервано', 'прервана', 'откачено', 'откачена', 'не устанавливался', 'eingeplant', 'warten drauf',
  'ещё не установлен', 'еще не установлен', 'ещё не установлена', 'еще не установлена', 'ещё не поставили', 'еще не поставили', 'установка не удалась',
  'не встало', 'не встал', 'не встала', 'ещё не раскатывали', 'еще не раскатывали', 'не раскатывали',
  // Informal Russian and German: not arrived, stuck, failed, taken off, planned, called off (red-team rounds 192, 193).
  'так и не доехал', 'так и не доехало', 'не доехал', 'не доехало', 'пока не доехал', 'так и не установился', 'так и не поставили', 'не встаёт', 'не встает',
  'не взлетел', 'не взлетело', 'не залетел', 'не накатили', 'ещё не накатили', 'еще не накатили', 'не раскатили', 'провалился', 'упало с ошибкой', 'упал с ошибкой', 'никто не ставил',
  'не ставится', 'только скачался', 'ещё едет', 'еще едет', 'его нет', 'её нет', 'ее нет', 'такого нет', 'отменена', 'отменён', 'отменен', 'переносим', 'передумали', 'только в плане',
  'gibt s bei uns nicht mehr', 'nicht mehr drauf', 'wieder runter', 'runtergeworfen', 'runtergeschmissen', 'runtergenommen', 'auf keinem', 'noch nicht installiert', 'ist in arbeit',
  'vorgesehen', 'steht noch aus', 'ist beantragt', 'beantragt', 'zurückgestellt', 'noch keins', 'noch keiner',
  'deinstalled', 'rolled back from', 'больше не стоит', 'откатили с', 'деинсталлируем', 'не ставь пока', 'не обновлять пока', 'not in production yet',
  'errored out', 'still failing', 'will retry', 'awaiting install', 'would have been installed', 'had been installed', 'last seen running', 'no longer present', 'is gone',
  'revert point', 'intunewin', 'chocolatey feed', 'packer template', 'known bug', 'known bugs', 'regression in', 'shipped in', 'fix shipped',
  'shortlisted', 'uat subject', 'test plan', 'validate against', 'roadmap', 'tgt ver', 'target ver', 'sched', 'aiming',
  'nur heruntergeladen', 'wird heruntergeladen', 'install pending', 'installation pending', 'queued for installation', 'queued for install', 'will install later', 'noch nicht zugewiesen', 'not yet assigned', 'in uat', 'in pilot', 'im test', 'в тесте', 'ещё не назначен', 'еще не назначен', 'стоит в очереди на установку', 'в очереди на установку', 'стоит в очереди',
  'what s new in', 'known issue in', 'known issues in', 'release date', 'deadline', 'not yet tested', 'not tested yet', 'to be tested', 'haven t tried', 'have not tried', 'untested', 'pending validation', 'завершилось ошибкой', 'завершилась ошибкой',
  'jeszcze nie instalowałem', 'jeszcze nie instalowałam', 'henüz kurmadım', 'henüz kurulmadı', 'поки не ставив', 'ще не ставив', 'ще не встановлював',
  // Vietnamese, Arabic and Hebrew (written with blanks): "or later", minimums, targets, plans, requests, not installed yet, failed, removed (red-team round 235).
  'trở lên', 'tối thiểu', 'ít nhất', 'mục tiêu', 'phiên bản mục tiêu', 'dự kiến', 'dự kiến nâng cấp', 'sẽ cập nhật', 'sẽ nâng cấp', 'sẽ cài đặt', 'vui lòng cập nhật', 'vui lòng nâng cấp', 'kế hoạch',
  'chưa được cài đặt', 'chưa cài đặt', 'thất bại', 'không thành công', 'gỡ cài đặt', 'đã gỡ cài đặt', 'đã gỡ',
  'نخطط', 'سنقوم', 'سيتم تحديث', 'سيتم تثبيت', 'سيتم التحديث', 'يرجى التحديث', 'يرجى تحديث', 'الحد الأدنى', 'الإصدار المستهدف', 'المستهدف', 'لم يتم تثبيت', 'لم يتم تثبيته', 'فشل', 'فشلت', 'فشل تثبيت', 'إزالة تثبيت', 'تمت إزالة', 'تم إلغاء تثبيت',
  'נכשלה', 'נכשל', 'לא הותקן', 'לא הותקנה', 'עדיין לא הותקן', 'הסרנו', 'הוסר', 'הוסרה', 'מינימלית', 'מינימום', 'גרסת היעד', 'היעד', 'נא לעדכן', 'יש לעדכן', 'מתוכנן', 'מתוכננת', 'נתקין', 'נשדרג', 'נעדכן',
  'zamanlandı', 'güncelleyin', 'sürümüne güncelleyin',
  'not yet built', 'golden image plan', 'не ставили', 'не устанавливали', 'не установили', 'the old pc', 'the old laptop', 'the old machine', 'his old pc', 'her old pc', 'previous pc', 'previous laptop', 'previous machine', 'zur installation bereit', 'steht zur installation bereit', 'not yet deployed', 'not deployed yet', 'previously installed', 'no instalar', 'ha fallado', 'no se pudo instalar', 'non è riuscita', 'non è riuscito', 'is mislukt', 'назначено на', 'назначено', 'доступно для загрузки', 'доступна для загрузки', 'отозвана', 'отозван', 'withdrawn by microsoft', 'pulled by microsoft',
];

/** Taken away, before or after the build ("Απεγκαταστάθηκε: …"). */
export const STATE_GONE: readonly string[] = [
  'quité', 'removi', 'quitamos',
  // Inventory tools' activity feeds: "Activity: Software removed — …", "Software uninstalled — …" (red-team round 258).
  'software removed', 'software uninstalled', 'software deinstalliert', 'logiciel désinstallé',
  // Removals in the Polish first person, German and French uninstalls under way or asked for, a command's comment (red-team rounds 251, 252).
  'usunęliśmy', 'usunąłem', 'usunęłam', 'skasowałem', 'skasowałam', 'skasowaliśmy', 'odinstalowaliśmy', 'deinstalliere', 'désinstaller', 'désinstallez', 'removes', 'uninstall package', 'uninstall-package',
  'деинсталлирован', 'деинсталлирована', 'снесли', 'снесён', 'снесен', 'снёс', 'выпилили', 'desinstaló', 'desinstalé', 'eliminó',
  'απεγκαταστήσαμε', 'eltávolítottuk', 'odinstalowałem', 'odinstalowałam', 'fue desinstalado', 'è stato disinstallato', 'werd verwijderd', 'is verwijderd', 'απεγκαταστάθηκε', 'odinstalowano', 'removal of', 'uninstall of', 'deinstallation von', 'désinstallation de', 'désinstallation du', 'desinstalación de', 'rimozione di', 'удаление',
];

/** The same in the scripts written without blanks between words (Japanese, Chinese; Korean phrases keep theirs). */
export const STATE_UNSPACED: ReadonlyArray<[MentionKind, string]> = [
  ['threshold-before', '排定的更新'],
  ['threshold-before', '預定於'],
  ['threshold-before', '将安装'],
  ['threshold-before', '等待安装'],
  ['threshold-before', '예약된 업데이트'],
  ['threshold-before', '업데이트 진행 중'],
  ['threshold-before', '更新進行中'],
  ['threshold-before', '正在下載'],
  ['threshold-before', '最新可用版本'],
  ['threshold-after', 'インストール中'],
  ['threshold-after', '正在安装'],
  ['threshold-after', '安裝中'],
  ['threshold-after', '설치 중'],
  ['threshold-after', 'まだインストールされていません'],
  ['threshold-after', '아직 설치되지 않음'],
  ['threshold-after', 'インストールに失敗'],
  ['threshold-after', '예약됨'],
  ['threshold-after', '실패'],
  ['threshold-after', '失敗'],
  ['threshold-after', '失败'],
  ['threshold-after', 'インストール待ち'],
  ['threshold-before', '建议版本'],
  ['threshold-before', '建議版本'],
  ['threshold-before', '更新してください'],
  ['threshold-before', '更新先'],
  ['threshold-before', '會升到'],
  ['threshold-before', '会升到'],
  ['threshold-before', '將升級至'],
  ['threshold-before', '将升级至'],
  ['threshold-before', '升級至'],
  ['threshold-before', '升级至'],
  ['threshold-after', '未適用'],
  ['threshold-after', '미설치'],
  ['past', '削除済み'],
  ['past', '제거했습니다'],
  ['threshold-before', '再起動待ち'],
  ['threshold-before', '等待重启'],
  ['threshold-before', '等待重新啟動'],
  ['threshold-before', '다시 시작 대기 중'],
  ['past', 'アンインストールされました'],
  ['past', '削除しました'],
  ['threshold-after', 'インストール失敗'],
  ['threshold-after', '待安装'],
  // Thai (no blanks between words), software centers' states in Chinese and Japanese, requests in Chinese and Korean (red-team round 235).
  ['threshold-after', 'ขึ้นไป'],
  ['threshold-after', 'ยังไม่ได้ติดตั้ง'],
  ['threshold-after', 'ล้มเหลว'],
  ['threshold-after', 'ไม่สำเร็จ'],
  ['past', 'ถอนการติดตั้ง'],
  ['threshold-before', 'มีแผน'],
  ['threshold-before', 'จะอัปเดต'],
  ['threshold-before', 'จะอัปเกรด'],
  ['threshold-before', 'จะติดตั้ง'],
  ['threshold-before', 'กรุณาอัปเดต'],
  ['threshold-before', 'เป้าหมาย'],
  ['threshold-before', 'อย่างน้อย'],
  ['threshold-before', 'ขั้นต่ำ'],
  // A rollout put off or rejected, in Japanese: "…の展開は 8/30 に延期", "…の展開は却下されました" (red-team round 250).
  ['threshold-after', '延期'],
  ['threshold-after', '却下'],
  ['threshold-after', '尚未安装'],
  ['threshold-after', '尚未安裝'],
  ['threshold-after', '已排程'],
  ['threshold-after', 'インストール予定'],
  ['threshold-after', '展開をスケジュール'],
  ['threshold-before', '更新為'],
  ['threshold-before', '更新为'],
  ['threshold-after', '업데이트해 주세요'],
  ['threshold-after', '將於'],
  ['threshold-after', '将于'],
];

/**
 * Status cells of a row whose install is not there, beyond those scan.ts lists in English, German, French and
 * Russian (ROW_NOT_INSTALLED): as written in a deployment's or an inventory's status column.
 */
export const STATE_CELLS: readonly string[] = [
  'agendado', 'baixando', 'falhou', 'não instalado', 'planificat', 'eșuat', 'neinstalat încă', 'ütemezve', 'sikertelen', 'nincs telepítve', 'stahování', 'selhalo',
  'zaplanowano', 'pobieranie', 'oczekuje', 'błąd instalacji', 'henüz yüklü değil', 'başarısız', 'kaldırıldı', 'ダウンロード中', '失敗', '失败', '예약됨', '다운로드 중', '실패',
  'заплановано', 'завантаження', 'помилка', 'προγραμματισμένο', 'απεγκαταστάθηκε', '尚未安裝', '尚未安装', '已解除安裝', 'supprimé', 'supprimée', 'eliminado', 'eliminada',
  'entfernt', 'installation abgebrochen', 'pendiente de instalación', 'pendente de instalação', 'planifié', 'planifiée', 'téléchargement en cours', 'descargando', 'скачивается', 'non applicable', 'no aplicable', 'nie dotyczy', 'nicht zutreffend',
  'не применимо', 'not applicable', 'superseded', 'ersetzt', 'заменено', 'заменён', 'заменен', 'remplacé', 'remplacée', 'reemplazado', 'sostituito', 'substituído', 'dostępne', 'download läuft', 'download in corso', 'bezig met downloaden', 'in attesa', 'non riuscito', 'in wachtrij', 'mislukt',
  'ausstehend', 'en cola', 'in coda', 'в очереди', 'インストール失敗', '待安装', 'fallito', 'fallido', 'fallita', 'sin instalar', 'retiré', 'disinstallato', 'in sospeso', 'en échec', 'annullata', 'cancelada', 'install pending', 'waiting for install', 'installation ausstehend', 'niepowodzenie', 'installation en attente', 'dosud nenainstalováno', 'αποτυχία εγκατάστασης', 'σε εξέλιξη λήψη', 'letöltés alatt', 'descărcare în curs', 'İndiriliyor', 'indiriliyor',
  'ще не встановлено', 'ожидает установки', 'ожидает перезагрузки', 'очікує встановлення', 'очікує перезавантаження', '已排定', '下載中', '下载中', 'yükleme başarısız', 'desinstalado', 'desinstalada', 'odinstalowano', 'dezinstalat',
  // More of the same in German, Dutch, the Nordic languages, Czech, Hungarian, Romanian, Greek, Turkish, Russian, Ukrainian, Japanese, Korean and Chinese.
  'download only', 'not deployed', 'not deployed yet', 'no (excluded)', 'installing', 'uninstalling', 'waiting for maintenance window',
  'wird deinstalliert', 'установка', 'требуется', 'снят с поддержки', 'выйдет',
  // Portuguese, Spanish and Italian deployment states (red-team round 244).
  // Nordic, Slavic, Dutch, Portuguese, Japanese and Chinese deployment states (red-team rounds 247, 248).
  'mislykkedes', 'mislyktes', 'epäonnistui', 'odottaa', 'väntande', 'venter', 'ajoitettu', 'odinštalované', 'zlyhalo', 'naplánované', 'čaká',
  'aguardando instalação', 'インストール保留中', '挂起', '等待安装',
  'em espera', 'en espera', 'errore', 'erro', 'falha', 'requisitos no cumplidos', 'requisiti non soddisfatti', 'requisitos não atendidos',
  'missing', 'fehlt', 'wird heruntergeladen', 'verfügbar', 'disponible', 'доступно', 'ожидание', 'загрузка', 'non installato', 'neinstalat', 'μη εγκατεστημένο', 'pianificato', 'programado', 'programat', 'in download', 'a transferir', 'em curso', 'in corso', 'en curso', 'în curs', 'σε εξέλιξη', '설치 안 됨', '제거됨', 'アンインストール済み', '已卸载', '已计划', '计划中', '正在下载', '未インストール', 'gepland', 'planerad', 'planlagt', 'naplánováno', 'planlandı', 'ütemezett', 'verwijderd', 'avinstallerad', 'avinstallert', 'afinstalleret', 'odinstalováno', 'poistettu', 'eltávolítva', 'видалено', 'не встановлено', 'niet geïnstalleerd', 'nie zainstalowano',
];
