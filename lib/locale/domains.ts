/**
 * Email-domain signal: country-code TLDs (through the public suffix list, so `.co.uk` is GB and
 * `.com.br` is BR), national free-mail providers, and the global providers and vanity TLDs that
 * say little or nothing about where someone is.
 */
import { parse } from 'tldts';
import { W, type Evidence } from './evidence';

/** Providers used overwhelmingly in one country, whatever their TLD says. */
export const NATIONAL_FREEMAIL: Record<string, string> = {
  'web.de': 'DE', 'gmx.de': 'DE', 'gmx.net': 'DE', 't-online.de': 'DE', 'freenet.de': 'DE', 'posteo.de': 'DE', 'arcor.de': 'DE',
  'gmx.at': 'AT', 'chello.at': 'AT', 'aon.at': 'AT',
  'gmx.ch': 'CH', 'bluewin.ch': 'CH', 'hispeed.ch': 'CH',
  'orange.fr': 'FR', 'wanadoo.fr': 'FR', 'free.fr': 'FR', 'sfr.fr': 'FR', 'laposte.net': 'FR', 'neuf.fr': 'FR',
  'skynet.be': 'BE', 'telenet.be': 'BE',
  'ziggo.nl': 'NL', 'kpnmail.nl': 'NL', 'planet.nl': 'NL', 'home.nl': 'NL',
  'libero.it': 'IT', 'virgilio.it': 'IT', 'tiscali.it': 'IT', 'alice.it': 'IT', 'tin.it': 'IT',
  'telefonica.net': 'ES', 'terra.es': 'ES',
  'sapo.pt': 'PT', 'iol.pt': 'PT', 'netcabo.pt': 'PT',
  'uol.com.br': 'BR', 'bol.com.br': 'BR', 'terra.com.br': 'BR', 'ig.com.br': 'BR',
  'prodigy.net.mx': 'MX',
  'fibertel.com.ar': 'AR', 'speedy.com.ar': 'AR',
  'btinternet.com': 'GB', 'sky.com': 'GB', 'virginmedia.com': 'GB', 'talktalk.net': 'GB', 'ntlworld.com': 'GB',
  'eircom.net': 'IE',
  'comcast.net': 'US', 'verizon.net': 'US', 'att.net': 'US', 'sbcglobal.net': 'US', 'cox.net': 'US', 'charter.net': 'US', 'bellsouth.net': 'US',
  'shaw.ca': 'CA', 'rogers.com': 'CA', 'sympatico.ca': 'CA', 'videotron.ca': 'CA', 'telus.net': 'CA',
  'bigpond.com': 'AU', 'bigpond.net.au': 'AU', 'optusnet.com.au': 'AU',
  'xtra.co.nz': 'NZ',
  'mail.ru': 'RU', 'yandex.ru': 'RU', 'list.ru': 'RU', 'bk.ru': 'RU', 'inbox.ru': 'RU', 'rambler.ru': 'RU', 'ya.ru': 'RU',
  'ukr.net': 'UA', 'i.ua': 'UA', 'meta.ua': 'UA',
  'tut.by': 'BY',
  'seznam.cz': 'CZ', 'email.cz': 'CZ', 'centrum.cz': 'CZ', 'post.cz': 'CZ', 'volny.cz': 'CZ',
  'azet.sk': 'SK', 'zoznam.sk': 'SK', 'centrum.sk': 'SK',
  'wp.pl': 'PL', 'o2.pl': 'PL', 'onet.pl': 'PL', 'interia.pl': 'PL', 'gazeta.pl': 'PL', 'op.pl': 'PL',
  'freemail.hu': 'HU', 'citromail.hu': 'HU',
  'abv.bg': 'BG',
  'inbox.lv': 'LV',
  'suomi24.fi': 'FI', 'luukku.com': 'FI',
  'online.no': 'NO',
  'telia.com': 'SE', 'bredband.net': 'SE',
  'naver.com': 'KR', 'daum.net': 'KR', 'hanmail.net': 'KR', 'nate.com': 'KR', 'kakao.com': 'KR',
  '163.com': 'CN', '126.com': 'CN', 'qq.com': 'CN', 'sina.com': 'CN', 'sina.cn': 'CN', 'sohu.com': 'CN', 'yeah.net': 'CN', 'foxmail.com': 'CN', 'aliyun.com': 'CN', '139.com': 'CN',
  'docomo.ne.jp': 'JP', 'ezweb.ne.jp': 'JP', 'softbank.ne.jp': 'JP', 'i.softbank.jp': 'JP', 'nifty.com': 'JP', 'biglobe.ne.jp': 'JP', 'ybb.ne.jp': 'JP',
  'hinet.net': 'TW', 'pchome.com.tw': 'TW',
  'netvigator.com': 'HK',
  'singnet.com.sg': 'SG',
  'rediffmail.com': 'IN', 'sify.com': 'IN',
  'walla.co.il': 'IL', 'bezeqint.net': 'IL',
};

/** Global providers: an address there says nothing about the country. */
export const GLOBAL_FREEMAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'mail.com', 'gmx.com', 'zoho.com', 'zohomail.com', 'yandex.com', 'tutanota.com', 'tuta.io', 'fastmail.com', 'hey.com',
]);

/**
 * TLDs that are sold worldwide as brand names (.io, .ai, .co …). They still belong to a country,
 * but only a small share of their registrants are there: a weak signal, never a strong one.
 */
export const VANITY_TLDS = new Set(['io', 'ai', 'co', 'me', 'tv', 'fm', 'ly', 'to', 'cc', 'ws', 'gg', 'sh', 'ac', 'nu', 'vc', 'la', 'so', 'sc', 'im', 'ag', 'gl', 'gd', 'vu']);

/** Two-letter TLDs that are not one country. */
const NON_COUNTRY_TLDS = new Set(['eu', 'su']);

/** Geographic gTLDs that name a city or country. */
const GEO_TLDS: Record<string, string> = {
  berlin: 'DE', hamburg: 'DE', koeln: 'DE', bayern: 'DE', nrw: 'DE', wien: 'AT', tirol: 'AT', swiss: 'CH', zuerich: 'CH', paris: 'FR', bzh: 'FR',
  alsace: 'FR', corsica: 'FR', brussels: 'BE', vlaanderen: 'BE', gent: 'BE', amsterdam: 'NL', frl: 'NL', london: 'GB', scot: 'GB', wales: 'GB',
  cymru: 'GB', barcelona: 'ES', madrid: 'ES', cat: 'ES', gal: 'ES', eus: 'ES', tokyo: 'JP', osaka: 'JP', nyc: 'US', quebec: 'CA', sydney: 'AU',
  melbourne: 'AU', istanbul: 'TR', moscow: 'RU', rio: 'BR', capetown: 'ZA', joburg: 'ZA', durban: 'ZA',
};

/** The registrable domain (`mail.acme.co.uk` → `acme.co.uk`), lower-cased, or null. */
export function registrableDomain(emailOrHost: string): string | null {
  const host = emailOrHost.includes('@') ? emailOrHost.slice(emailOrHost.lastIndexOf('@') + 1) : emailOrHost;
  const p = parse(host.trim().toLowerCase());
  return p.domain ?? null;
}

/** Country evidence from an email address's domain. */
export function domainEvidence(email: string): Evidence[] {
  const at = email.lastIndexOf('@');
  if (at < 0) return [];
  const host = email.slice(at + 1).trim().toLowerCase();
  const p = parse(host);
  if (!p.domain || !p.publicSuffix) return [];
  const domain = p.domain;
  if (GLOBAL_FREEMAIL.has(domain)) return [{ kind: 'domain', country: null, weight: 0, reason: `${domain}: global free mail, no country signal` }];
  const national = NATIONAL_FREEMAIL[domain] ?? NATIONAL_FREEMAIL[host];
  if (national) return [{ kind: 'domain', country: national, weight: W.nationalFreemail, reason: `${domain} (a national mail provider)` }];
  const tld = p.publicSuffix.split('.').pop()!;
  if (tld in GEO_TLDS) {
    const cc = GEO_TLDS[tld];
    return cc ? [{ kind: 'domain', country: cc, weight: W.ccTld, reason: `.${tld} domain` }] : [];
  }
  if (tld.length !== 2 && !/^xn--/.test(tld)) return [];
  if (VANITY_TLDS.has(tld)) {
    return [{ kind: 'domain', country: tld.toUpperCase(), weight: W.vanityTld, reason: `.${tld} domain (often used as a brand, weak)` }];
  }
  if (NON_COUNTRY_TLDS.has(tld)) return [];
  const cc = tld === 'uk' ? 'GB' : tld.toUpperCase();
  if (!/^[A-Z]{2}$/.test(cc)) return [];
  return [{ kind: 'domain', country: cc, weight: W.ccTld, reason: `.${p.publicSuffix} domain` }];
}
