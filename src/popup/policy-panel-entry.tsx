// dist/policy-panel-entry.js: the policy-rules panel as a module of its own, with
// its own Preact root, imported by the popup only when the panel is opened.
import { render } from 'preact';
import { PolicyRulesPanel, type PolicyRulesPanelProps } from './policy-rules-panel.tsx';

export function mountPolicyPanel(element: Element, props: PolicyRulesPanelProps): void {
  render(<PolicyRulesPanel {...props} />, element);
}

export function unmountPolicyPanel(element: Element): void {
  render(null, element);
}
