/** Message key of a verdict's word: 'upgrade-required' -> 'verdict_upgrade_required'. */
export function verdictKey(verdict: string): string {
  return `verdict_${verdict.replace(/-/g, '_')}`;
}
