import type { MailboxLocation, Summary, Verdict } from '../core/types.ts';
import { formatNumber, t } from '../platform/i18n.ts';
import { VERDICT_ICON } from './verdict-badge.tsx';
import { VERDICT_MESSAGE } from '../core/verdict-message.ts';

/** Bar order: what works, then what needs doing, most fixable first. */
const ORDER: readonly Verdict[] = ['eligible', 'upgrade-required', 'blocked', 'not-supported', 'unknown'];
const WIDTH = 100;

/**
 * The fleet at a glance: one stacked bar per location (SVG, drawn here, no
 * chart library). The bar is decoration for sighted users; the counts beside
 * it are text, so screen readers and colour-blind readers get the same facts.
 */
export function FleetBar({ summary, locations }: { summary: Summary; locations: readonly MailboxLocation[] }) {
  return (
    <div class="fleet" data-testid="fleet">
      <p class="summary-total" data-testid="summary-total">
        {t('popup_summary_total', { clients: summary.findings, builds: summary.distinctBuilds, lines: summary.lines })}
      </p>
      {locations.map((location) => {
        const counts = summary.byLocation[location];
        const total = ORDER.reduce((n, v) => n + counts[v], 0) || 1;
        let x = 0;
        const parts = ORDER.filter((v) => counts[v] > 0);
        return (
          <div key={location} class="fleet-location" data-location={location}>
            <h3 class="fleet-title">{t(`location_${location}`)}</h3>
            <svg class="fleet-bar" viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              {parts.map((v) => {
                const w = (counts[v] / total) * WIDTH;
                const rect = <rect key={v} class={`bar-${v}`} x={x} y={0} width={w} height={10} />;
                x += w;
                return rect;
              })}
            </svg>
            <ul class="fleet-counts">
              {parts.map((v) => (
                <li key={v} class={`fleet-count count-${v}`} data-verdict={v}>
                  <span class={`swatch bar-${v}`} aria-hidden="true">
                    {VERDICT_ICON[v]}
                  </span>
                  {t(VERDICT_MESSAGE[v])}: <strong>{formatNumber(counts[v])}</strong>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
