// The report both popup scripts paste (bench-popup.mjs, trace-popup.mjs), as
// an expression evaluated in the page: a Monitoring-style report of `lines`
// lines (user, SIP user agent, date), every fourth line without a build.
export function reportExpression(lines) {
  return `(() => {
  const builds = ['16.0.6741.2021', '16.0.17928.20114', '16.0.4266.1001', '15.0.4569.1503', '16.0.6965.2058'];
  const lines = [];
  for (let i = 0; i < ${lines}; i++) {
    const b = builds[i % builds.length];
    lines.push(i % 4 === 3
      ? 'user' + i + '@contoso.com;signed in from 10.0.' + (i % 250) + '.' + (i % 200) + ';2024-05-01 10:15'
      : 'user' + i + '@contoso.com;UCCAPI/' + b + ' OC/' + b + ' (Skype for Business);2024-05-01 10:15');
  }
  return lines.join('\\r\\n');
})()`;
}

/**
 * Puts the report on the clipboard from `page` (focused, with the user
 * activation a real copy has: CDP's userGesture); its length in characters.
 */
export async function copyReport(context, page, lines) {
  const cdp = await context.newCDPSession(page);
  await page.bringToFront();
  const written = await cdp.send('Runtime.evaluate', {
    expression: `(() => { const text = ${reportExpression(lines)}; return navigator.clipboard.writeText(text).then(() => text.length, (e) => String(e)); })()`,
    awaitPromise: true,
    userGesture: true,
    returnByValue: true,
  });
  if (typeof written.result.value !== 'number') throw new Error(`clipboard write failed on ${page.url()}: ${written.result.value}`);
  return written.result.value;
}
