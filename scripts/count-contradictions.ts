/**
 * Counts contradictions in the call briefs, read as text: for every curated country and every
 * curated home country (and no home country), build the brief, split it into sentences, classify
 * each sentence by a fixed list of patterns into (topic, stance), and count briefs in which one
 * topic receives opposite stances. Also counts comparison sentences that call a country that
 * scores above 50 on individualism "group-oriented".
 *
 * It reads only the English text, so the same script measures the brief before and after a change
 * to how briefs are built. Run: `npx tsx scripts/count-contradictions.ts [--list]`.
 */
import { buildBrief } from '../lib/brief/index';
import { countryCodes, getProfile, type CountryProfile } from '../lib/profiles/index';

type Pole = 'a' | 'b';
/** topic → [pattern for one pole, pattern for the opposite pole]. */
export const POLES: Record<string, [RegExp, RegExp]> = {
  disagreeing: [
    /disagreement[^.]*\b(acceptable|constructive|valued|expected)\b|debate is valued|argue the point|disagree openly|open debate/i,
    /avoid open disagreement|open (confrontation|disagreement|conflict) (is|are) avoided|avoid (public )?confrontation|never contradict|disagreement is rarely (voiced|expressed)/i,
  ],
  time: [
    /deadlines are taken seriously|deadlines (are|as) (firm|commitments|respected|met)|deadlines and meeting times are commitments|keep to (it|the agenda)|punctual(ity)? (is|are) (expected|important)|start on time/i,
    /plans are flexible|plans change|deadlines can move|plans and deadlines (to|will|can) move|deadlines (are|tend to be) (flexible|elastic)|schedules? (are|is) flexible/i,
  ],
  bargaining: [
    /hold firm on your numbers|initial toughness|hard bargaining is (normal|expected)|bargaining can be competitive|hard opening/i,
    /aim for compromise|hard bargaining can damage/i,
  ],
  silence: [
    /silence is (normal|comfortable|respected)|don't rush to fill|silences? [a-z ]*means? (consent|reflection)/i,
    /silences? can be read as disengagement|silence (is|feels) (awkward|uncomfortable)/i,
  ],
  trust: [/\btask first\b|trust (grows|comes) (from|out of) (reliable|competen|doing)/i, /\brelationship first\b|trust is personal/i],
  feedback: [/criticism is stated plainly|criticism is (direct|blunt)/i, /criticism is (softened|indirect|wrapped)|never criticise in public/i],
};

const sentences = (t: string) => t.split(/(?<=[.!?;])\s+|:\s+/).filter(Boolean);

export function classify(text: string): Array<{ topic: string; pole: Pole; sentence: string }> {
  const out: Array<{ topic: string; pole: Pole; sentence: string }> = [];
  for (const s of sentences(text)) {
    for (const [topic, [a, b]] of Object.entries(POLES)) {
      if (a.test(s)) out.push({ topic, pole: 'a', sentence: s });
      else if (b.test(s)) out.push({ topic, pole: 'b', sentence: s });
    }
  }
  return out;
}

export function briefTexts(to: CountryProfile, from: CountryProfile | null): string[] {
  return buildBrief(to, from).sections.flatMap((s) => s.items.map((i) => i.text));
}

function main(): void {
  const list = process.argv.includes('--list');
  const curated = countryCodes().filter((c) => getProfile(c)!.norms);
  let briefs = 0;
  let bad = 0;
  let pairs = 0;
  let wording = 0;
  const perTopic: Record<string, number> = {};
  for (const to of curated) {
    for (const from of [null, ...curated.filter((c) => c !== to)]) {
      briefs++;
      const texts = briefTexts(getProfile(to)!, from ? getProfile(from)! : null);
      const found = texts.flatMap(classify);
      const topics = new Set(found.map((f) => f.topic));
      let conflicts = 0;
      for (const t of topics) {
        const a = found.filter((f) => f.topic === t && f.pole === 'a');
        const b = found.filter((f) => f.topic === t && f.pole === 'b');
        if (a.length && b.length) {
          conflicts += a.length * b.length;
          perTopic[t] = (perTopic[t] ?? 0) + 1;
          if (list && from === null) console.log(`${to}: ${t}: "${a[0].sentence}" vs "${b[0].sentence}"`);
        }
      }
      if (conflicts) bad++;
      pairs += conflicts;
      const idv = getProfile(to)!.dimensions.hofstede.idv?.value;
      if (idv !== undefined && idv > 50 && texts.some((t) => /more group-oriented/.test(t))) wording++;
    }
  }
  const single = curated.filter((to) => {
    const found = briefTexts(getProfile(to)!, null).flatMap(classify);
    return [...new Set(found.map((f) => f.topic))].some((t) => found.some((f) => f.topic === t && f.pole === 'a') && found.some((f) => f.topic === t && f.pole === 'b'));
  }).length;
  console.log(`curated countries: ${curated.length}`);
  console.log(`briefs built (every curated target × every curated home, plus no home): ${briefs}`);
  console.log(`briefs with at least one contradiction: ${bad} (${((100 * bad) / briefs).toFixed(1)}%)`);
  console.log(`contradicting sentence pairs: ${pairs}`);
  console.log(`curated countries whose brief (no home) contradicts itself: ${single} of ${curated.length}`);
  console.log(`briefs calling an individualist country (IDV > 50) "more group-oriented": ${wording}`);
  console.log(`briefs with a contradiction, by topic: ${JSON.stringify(perTopic)}`);
}

if (process.argv[1] && /count-contradictions/.test(process.argv[1])) main();
