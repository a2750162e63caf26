// Preloaded (node --import) by `npm run lint:ext`: web-ext's lint table is
// as wide as the terminal, and 78 columns when the output is a pipe (npm
// test, CI), which cuts its messages. Give a pipe the width of COLUMNS, or 160.
if (!process.stdout.isTTY) process.stdout.columns = Number(process.env.COLUMNS) || 160;
