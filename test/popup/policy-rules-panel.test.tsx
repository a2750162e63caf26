// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { groupByBuild, scan } from '../../src/core/index.ts';
import { policyRuleId } from '../../src/core/policy-rules.ts';
import { message } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
const { PolicyRulesPanel } = await import('../../src/popup/policy-rules-panel.tsx');

const groups = groupByBuild(
  scan(['OC/16.0.6741.2017 (Skype for Business)', 'OC/15.0.4569.1503 (Microsoft Lync)', 'OC/16.0.6965.2058 (Skype for Business)'].join('\n')).findings,
);
const script = () => (document.getElementById('policy-script') as HTMLTextAreaElement).value;
const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

afterEach(cleanup);

describe('PolicyRulesPanel', () => {
  test('starts on AllowWithUrl and asks for the URL before showing commands', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    expect((screen.getByRole('radio', { name: /AllowWithUrl/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Enter the update page URL to see the commands.')).toBeTruthy();
    expect(document.getElementById('policy-script')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('on-premises threshold, the URL, and the builds the rule catches', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    type(/Update page URL/, 'https://intranet.contoso.com/skype');
    expect(script()).toContain('-BuildNumber 6920 -QfeNumber 1000');
    expect(script()).toContain("-Action AllowWithUrl -ActionUrl 'https://intranet.contoso.com/skype'");
    expect(screen.getByText('Threshold 16.0.6920.1000: Exchange on-premises mailboxes.')).toBeTruthy();
    expect(screen.getByText('This rule catches 2 of the checked clients. Builds (2): 16.0.6741.2017, 15.0.4569.1503.')).toBeTruthy();
    expect((document.getElementById('policy-remove') as HTMLTextAreaElement).value).toBe(
      `Remove-CsClientVersionPolicyRule -Identity 'Global/${policyRuleId('Global', '16.0.6920.1000')}'`,
    );
  });

  test('"both" explains why the on-premises threshold is used', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="both" />);
    fireEvent.click(screen.getByRole('radio', { name: /^Allow\s*: users log on as before/ }));
    expect(script()).toContain('-Action Allow ');
    expect(screen.getByText(/Mailbox location mixed or unknown: the rule uses the on-premises build 16.0.6920.1000/)).toBeTruthy();
  });

  test('Exchange Online uses 6701 and catches only the Lync build', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="online" />);
    fireEvent.click(screen.getByRole('radio', { name: /^Allow\s*: users log on as before/ }));
    expect(script()).toContain('-BuildNumber 6701 -QfeNumber 1000');
    expect(screen.getByText('This rule catches 1 of the checked clients. Builds (1): 15.0.4569.1503.')).toBeTruthy();
  });

  test('BlockWithUrl shows the lock-out warning with an icon and text', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    fireEvent.click(screen.getByRole('radio', { name: /BlockWithUrl/ }));
    type(/Update page URL/, 'https://intranet.contoso.com/skype');
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Blocking locks users out.');
    expect(note.textContent).toContain('locks out every user whose client is below 16.0.6920.1000');
    expect(script()).toContain('# WARNING: BlockWithUrl LOCKS OUT');
  });

  test('bad input: a clear error and no commands', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    type(/Update page URL/, 'javascript:alert(1)');
    expect(screen.getByRole('alert').textContent).toContain('javascript:alert(1) is not a valid http:// or https:// address.');
    expect(document.getElementById('policy-script')).toBeNull();
    type(/Update page URL/, 'https://ok.example');
    type(/Policy scope/, "site:x'; Remove-CsUser");
    expect(screen.getByRole('alert').textContent).toContain('is not a policy scope');
  });

  test('quotes in the description are escaped in the output', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    type(/Update page URL/, 'https://ok.example');
    type(/Description/, "Update now, it's required");
    expect(script()).toContain("-Description 'Update now, it''s required'");
  });

  test('the organisation minimum raises the threshold', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" organisationMinimum="16.0.17928.20114" />);
    type(/Update page URL/, 'https://ok.example');
    expect(script()).toContain('-BuildNumber 17928 -QfeNumber 20114');
    expect(screen.getByText("Threshold 16.0.17928.20114: your organisation's minimum build.")).toBeTruthy();
  });

  test('copy buttons copy exactly the shown text and say so', async () => {
    const copied: string[] = [];
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" copy={async (text) => void copied.push(text)} />);
    type(/Update page URL/, 'https://ok.example');
    fireEvent.click(screen.getByRole('button', { name: 'Copy commands' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied: Create and check the rule'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy removal command' }));
    await waitFor(() => expect(copied).toHaveLength(2));
    expect(copied[0]).toBe(script());
    expect(copied[1]).toMatch(/^Remove-CsClientVersionPolicyRule -Identity 'Global\//);
  });

  test('a failed copy says how to copy by hand', async () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" copy={() => Promise.reject(new Error('denied'))} />);
    type(/Update page URL/, 'https://ok.example');
    fireEvent.click(screen.getByRole('button', { name: 'Copy commands' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy; select the text and copy it by hand.'));
  });

  test('BlockWithUrl names the threshold before the URL is typed (never "below ,")', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="online" />);
    fireEvent.click(screen.getByRole('radio', { name: /BlockWithUrl/ }));
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('whose client is below 16.0.6701.1000, including');
    expect(note.textContent).not.toMatch(/below\s*,/);
  });

  test('the empty URL field is not marked invalid before anything is typed; a bad URL is', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    const url = screen.getByLabelText(/Update page URL/);
    expect(url.getAttribute('aria-invalid')).toBeNull();
    type(/Update page URL/, 'ftp://x');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    type(/Update page URL/, 'https://ok.example');
    expect(url.getAttribute('aria-invalid')).toBeNull();
  });

  test('"Copied" goes when the script it speaks of is hidden', async () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" copy={async () => undefined} />);
    type(/Update page URL/, 'https://ok.example');
    fireEvent.click(screen.getByRole('button', { name: 'Copy commands' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied: Create and check the rule'));
    type(/Update page URL/, '');
    expect(document.getElementById('policy-script')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  test('counts the users the rule catches when the lines name them', () => {
    const findings = scan(['alice@contoso.com OC/16.0.6741.2017', 'bob@contoso.com OC/16.0.6741.2017', 'carol@contoso.com OC/16.0.6965.2058'].join('\n')).findings.map(
      (f, i) => ({ ...f, user: f.user ?? ['alice@contoso.com', 'bob@contoso.com', 'carol@contoso.com'][i] }),
    );
    render(<PolicyRulesPanel groups={groupByBuild(findings)} findings={findings} mailbox="onprem" />);
    type(/Update page URL/, 'https://ok.example');
    expect(document.querySelector('.policy-affected')!.textContent).toBe('This rule catches 2 of the checked clients. Builds (1): 16.0.6741.2017. Users among them: 2.');
  });

  test('the section has one name: the heading says what the popup panel says', () => {
    render(<PolicyRulesPanel groups={groups} mailbox="onprem" />);
    expect(screen.getByRole('heading').textContent).toBe(message('popup_policy_title'));
  });

  test('every control has a label', () => {
    render(<PolicyRulesPanel groups={[]} mailbox="onprem" />);
    for (const input of document.querySelectorAll('input')) {
      expect(input.closest('label'), input.outerHTML).toBeTruthy();
    }
  });
});
