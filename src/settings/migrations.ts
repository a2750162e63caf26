// Each migration turns settings of version N into version N + 1. Settings
// without a version predate versioning and count as version 0.

type Raw = Record<string, unknown>;

const MIGRATIONS: ReadonlyArray<(raw: Raw) => Raw> = [
  // 0 -> 1: early builds stored the mailbox location as "location".
  (raw) => {
    const { location, ...rest } = raw;
    return { ...rest, mailbox: rest.mailbox ?? location, version: 1 };
  },
];

export function migrate(raw: Raw): Raw {
  let current = raw;
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  while (version >= 0 && version < MIGRATIONS.length) {
    current = MIGRATIONS[version]!(current);
    version++;
  }
  return current;
}
