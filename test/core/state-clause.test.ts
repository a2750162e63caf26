import { describe, expect, test } from 'vitest';
import { clauseAround } from '../../src/core/clause-around.ts';
import { notThereLater, notThereNow } from '../../src/core/state-clause.ts';
import { scan } from '../../src/core/scan.ts';

/** Whether the first build in `line` is said not to be there now, by its clause (or a later part of its sentence). */
function notThere(line: string): boolean {
  const m = /\d+\.\d+\.\d+\.\d+/.exec(line)!;
  const clause = clauseAround(line, m.index, m.index + m[0].length, true);
  if (clause === undefined) throw new Error(`no clause: ${line}`);
  return notThereNow(line, m.index, m.index + m[0].length, clause) || notThereLater(clause);
}

describe('another state, in everyday words', () => {
  test.each([
    // Under way.
    'сфб 16.0.8201.2102 ждёт перезагрузки, юзер не ребутается уже неделю',
    'обнова на скайп 16.0.8625.2139 скачалась, но ещё не применилась',
    'Skype for Business 16.0.11629.20196 staat klaar in Software Center, nog niet geïnstalleerd',
    'Skype dla firm 16.0.11001.20074 czeka w Centrum oprogramowania',
    'SfB 16.0.9001.2138 zieht er sich grad runter, Download bei 80%',
    'lync 16.0.7070.2036 ... not there yet',
    // Failed.
    'SfB 16.0.10730.20102 failed, exit code 17044',
    's4b → 16.0.7369.2038 ❌ failed',
    'ошибка 30088-26 при установке скайпа 16.0.13929.20296',
    'tried 16.0.7571.2109 on her sfb, bombed out with 30088-4, back on 16.0.7369.2038',
    // Taken away.
    'скайп 16.0.9330.2087 — rollback сделали, клиента нет',
    'Aktualizacja SfB 16.0.8827.2148 została wycofana',
    'сфб 16.0.12527.20278 деинсталлирован',
    'she was on sfb 16.0.7070.2036 until tuesday when we reimaged',
    'User was on Skype for Business 16.0.17928.20114 but we rolled back to 16.0.6366.2062.',
    // To come, a target.
    'Данияр, тебе скайп 16.0.12527.20278 прилетит ночью, не выключай комп',
    'таргет версия для сфб: 16.0.17928.20114',
    'sfb 16.0.18129.20116 kommt erst mit dem nächsten monthly enterprise channel',
    'der Skype-Client 16.0.8067.2115 wird nach dem Reboot installiert',
    'Skype for Business 16.0.12527.21416 64-Bit, Semi-Annual Channel, Installation geplant',
    // The grammar: a negation or a future's auxiliary, then a verb of installing (or of arriving on machines).
    'Skype for Business 16.0.7070.2036 non è stato installato',
    "Skype Entreprise 16.0.7070.2036 n'a pas encore été installé",
    'Skype för företag 16.0.7070.2036 har inte installerats ännu',
    'Skype для бізнесу 16.0.7070.2036 ще не встановили',
    'A Vállalati Skype 16.0.7070.2036 még nem telepítettük',
    'O Skype for Business 16.0.7070.2036 vai ser instalado amanhã',
    'Skype for Business 16.0.7070.2036 kommer att rullas ut nästa vecka',
    "Skype for Business 16.0.7070.2036 hasn't reached the PCs in Leeds yet",
    'Skype Kurumsal 16.0.7070.2036 kurulmadı',
    // Put off, blocked when the install owns it, in other languages.
    'Skype för företag 16.0.8431.2079 ligger i kö för ekonomigruppen.',
    'Utrullningen av Skype för företag 16.0.11328.20158 är blockerad av CAB.',
    'Skype pro firmy 16.0.13127.20408 – instalace zrušena',
    // Receiving or seeing the client later, said before its name or its build.
    'Der Rechner erhält Skype for Business 16.0.9126.2116 am Freitag.',
    'Le poste recevra Skype for Business 16.0.9126.2116 lors de la prochaine fenêtre de maintenance.',
    'Après la mise à jour, vous verrez Skype Entreprise 16.0.9126.2116.',
    'after the update you should see Skype for Business 16.0.9126.2116',
    'Besprechungsraum-PC bekommt 16.0.9126.2116 morgen.',
    'PC-FIN-014 bekommt heute Nacht Skype for Business 16.0.7070.2036, aktuell ist da noch gar nichts installiert.',
    // Moving to it, showing it after a restart, approved for a rollout; no longer there.
    'Recursos Humanos pasará a Skype Empresarial 16.0.8431.2079 el jueves.',
    'La contabilidad pasará a Skype Empresarial 16.0.7070.2036 en enero.',
    'Après un redémarrage, Skype Entreprise affichera 16.0.7070.2036.',
    'CAB minutes item 3: Skype for Business 16.0.7369.2055 — approved for rollout from week 47.',
    'Протокол CAB, пункт 3: Skype для бизнеса 16.0.7369.2055 — одобрено к развертыванию с 47-й недели.',
    "Skype Entreprise 16.0.6965.2058 n'est plus installé sur ce poste.",
    'Skype for Business 16.0.6965.2058 läuft auf den Rechnern im dritten Stock nicht mehr, dort ist jetzt Teams.',
    'Skype for Business 16.0.6965.2058 non gira più sui PC del terzo piano.',
    'El sábado Skype Empresarial 16.0.6965.2058 dejó de estar instalado en la tercera planta.',
  ])('not there: %s', (line) => expect(notThere(line)).toBe(true));

  test.each([
    // Words of trouble that are not about the install.
    'Skype for Business 2016 (MSI) 16.0.4549.1000 — awaiting user reply',
    'lync.exe 15.0.4937.1000 — процесс висит в диспетчере задач.',
    'Reckon the lads in dispatch are still stuck on Skype for Business 16.0.6366.2062.',
    'Sign-in failed on Skype for Business 16.0.12527.20242 with error 0x80072EE2.',
    'Skype for Business 16.0.8201.2102 — Windows Update failed (KB4022719), unrelated',
    // The build a client went back to, a removal to come, an update after it.
    'откатились на Lync 2013 15.0.5023.1000, он сейчас у всех',
    'Wir haben Skype for Business auf 16.0.6769.2040 zurückgerollt, seitdem läuft es stabil.',
    'Lync 2013 15.0.5023.1000 — to be removed in phase 2',
    'На ресепшене Skype для бизнеса 16.0.6001.1034 — обновим на следующей неделе.',
    // The present state in the build's clause, or a later part with its own subject or another build.
    'Статус раскатки Skype для бизнеса 16.0.7766.2060: 40 из 40 ПК, завершено',
    'Skype for Business – Anna 16.0.6965.2058, Jens nicht installiert',
    'у неё скайп 16.0.9001.2171, а у него скайп не встал',
    'Skype for Business 16.0.6868.2067, upgrade scheduled for Friday',
    'Сейчас у него Skype для бизнеса 16.0.7070.2036, в субботу обновим до 16.0.17928.20114.',
    'Auf den Kiosk-PCs läuft noch Lync 2013 (15.0.4875.1001), Austausch geplant.',
    // Offline messages that do not arrive, a sign-in that fails, a channel's name, an account blocked.
    'o usuário está com Skype for Business 16.0.10730.20102 e as mensagens offline não chegam.',
    'User on SfB 16.0.6741.2048 says offline IMs are not arriving',
    'Skype for Business 16.0.7766.2060: logowanie nie powiodło się, błąd certyfikatu',
    'Skype for Business 16.0.11328.20146 op Semi-Annual Channel (Uitgesteld)',
    'Skype for Business 16.0.6366.2036 never updated since deployment',
    'Skype для бизнеса 16.0.9126.2116 — удалили профиль sip_petrov@corp.ru, после входа всё ок',
    'Outlook was reverted to 1803 but Skype for Business 16.0.10325.20118 was left as is',
    // Receiving messages, not the client.
    'Der Benutzer mit Skype for Business 16.0.9126.2116 erhält keine Offline-Nachrichten.',
    'Alice gets offline IMs again on Skype for Business 16.0.9126.2116',
    'Skype for Business 16.0.6965.2058 läuft wieder, nach dem Neustart ist alles ok.',
  ])('there: %s', (line) => expect(notThere(line)).toBe(false));

  test('scan: the build is no client, with the not-installed reason; the build beside it keeps its answer', () => {
    const r = scan('Skype for Business 16.0.7369.2038 queued, 16.0.7070.2036 still running');
    expect(r.findings.map((f) => [f.version, f.verdicts.online])).toEqual([['16.0.7070.2036', 'eligible']]);
    const taken = scan('сфб 16.0.12527.20278 деинсталлирован');
    expect(taken.findings).toEqual([]);
    expect(taken.unrecognized[0]!.note?.key).toBe('ignored_not_installed');
  });

  test('a supposition or a build of the past keeps its own reason (unknown), not this one', () => {
    const r = scan('PC-0412 (reimaged last week) had Skype for Business 16.0.6741.2021 before the wipe.');
    expect(r.findings.map((f) => [f.version, f.reasons.online.key])).toEqual([['16.0.6741.2021', 'reason_unconfirmed_past']]);
  });
});
