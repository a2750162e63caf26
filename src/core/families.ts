import type { FamilyId } from './types.ts';
import { comparePart, type Parts } from './version.ts';

// Which client a version number belongs to, by number alone (docs/domain.md).
// Returns undefined for numbers that are not client builds of any family we
// know, so that the scanner can pass them over.

/** Message key naming each family in words (in _locales; literal types, so the surfaces check them against the catalogue). */
export const FAMILY_MESSAGE = {
  win16: 'family_win16',
  'win16-msi-range': 'family_win16_msi_range',
  lync2013: 'family_lync2013',
  lync2010: 'family_lync2010',
  communicator: 'family_communicator',
  mac: 'family_mac',
  mobile: 'family_mobile',
  web: 'family_web',
  other16: 'family_other16',
  unknown: 'family_unknown',
} as const satisfies Readonly<Record<FamilyId, string>>;

const MSI_RANGE_END = '6701'; // first Click-to-Run build with offline IM (online threshold)
const MAX_BUILD_DIGITS = 7;
const MIN_CLIENT_BUILD = '1000'; // 16.0.0.0 / 15.0.1.x are assembly or server numbers, not clients

/**
 * Family of a dotted number found without any product context.
 * `parts` must have at least three parts.
 */
export function familyOfNumber(parts: Parts): FamilyId | undefined {
  const [major, minor, build] = parts;
  if (build === undefined) return undefined;
  // Office builds have five digits today, room for a few more to come: "16.0.65682025" is "16.0.6568.2025" that lost
  // its dot (OCR, a PDF), two parts run together, no client's build.
  if (build.length > MAX_BUILD_DIGITS) return undefined;
  if (major === '16' && minor === '0') {
    if (comparePart(build, MIN_CLIENT_BUILD) < 0) return undefined;
    return comparePart(build, MSI_RANGE_END) < 0 && comparePart(build, '4000') >= 0
      ? 'win16-msi-range'
      : 'win16';
  }
  // Lync 2013 / SfB 2015 clients are 15.0.4xxx–5xxx; Exchange 2013 is 15.0.<2000.
  if (major === '15' && minor === '0') return comparePart(build, '4000') >= 0 ? 'lync2013' : undefined;
  // Lync 2010 is 4.0.7577.x; other 4.0 numbers are mostly .NET (4.0.30319).
  if (major === '4' && minor === '0' && build === '7577') return 'lync2010';
  // Office Communicator 2007 R2 (3.5.6907.x) and 2007 (2.0.6362.x).
  if ((major === '3' && minor === '5' && build === '6907') || (major === '2' && minor === '0' && build === '6362'))
    return 'communicator';
  // Mac/mobile Office lines such as 16.28.0.147: only as a full four-part number.
  if (major === '16' && minor !== '0' && parts.length === 4) return 'other16';
  return undefined;
}

/**
 * Family of a version written in a SIP user agent, where the product token
 * says what the client is. OC/UCCAPI are the Windows client: the number decides.
 */
export function familyOfAgent(product: AgentProduct, parts: Parts): FamilyId {
  switch (product) {
    case 'MC':
    case 'MacLync':
      return 'mac';
    case 'LWA':
    case 'CWA':
    case 'UCWA':
      return 'web';
    case 'OC':
    case 'UCCAPI':
      break;
    default:
      return 'mobile';
  }
  // Indexed reads: no array destructuring in this per-agent path.
  const major = parts[0];
  const minor = parts[1];
  const build = parts[2];
  if (major === '16' && minor === '0') {
    const msi = build !== undefined && comparePart(build, '4000') >= 0 && comparePart(build, MSI_RANGE_END) < 0;
    return msi ? 'win16-msi-range' : 'win16';
  }
  if (major === '16') return 'other16';
  if (major === '15' && minor === '0') return 'lync2013';
  if (major === '4' && minor === '0') return 'lync2010';
  if (major === '3' || major === '2') return 'communicator';
  return 'unknown';
}

/** Product tokens of Skype for Business / Lync SIP user agents. */
export const AGENT_PRODUCTS = [
  'OC',
  'UCCAPI',
  'MC',
  'LWA',
  'CWA',
  'UCWA',
  'iPhoneLync',
  'iPadLync',
  'AndroidLync',
  'WPLync',
  'NokiaLync',
  // Lync for Mac 2011 and the Mac client over UCWA ("UCWA/16.0.0.0 MacLync/16.28.0.147 (Mac OS X 10.14.6)").
  'MacLync',
] as const;
export type AgentProduct = (typeof AGENT_PRODUCTS)[number];

