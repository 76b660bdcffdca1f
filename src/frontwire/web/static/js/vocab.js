// The page's fixed vocabularies: ACLED event types with their colours, statuses, precision words.

// Okabe-Ito colours: told apart with the common colour-vision deficiencies.
export const TYPES = [
  { name: "Battles", slug: "battles", colour: "#D55E00" },
  { name: "Explosions/Remote violence", slug: "explosions", colour: "#E69F00" },
  { name: "Violence against civilians", slug: "civilians", colour: "#CC79A7" },
  { name: "Protests", slug: "protests", colour: "#0072B2" },
  { name: "Riots", slug: "riots", colour: "#56B4E9" },
  { name: "Strategic developments", slug: "strategic", colour: "#009E73" },
];
const OTHER = { name: "Other", slug: "other", colour: "#8C8C8C" };

export const STATUSES = ["occurred", "ongoing", "planned", "possible", "denied", "historical", "disputed"];

const GEO_PRECISION = {
  1: "exact place",
  2: "near the place, or its district",
  3: "province or region only",
};
const TIME_PRECISION = { 1: "exact day", 2: "within a week", 3: "within a month" };
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** The type record of an ACLED event type name (Other for anything unknown). */
export function typeOf(name) {
  return TYPES.find((t) => t.name === name) || OTHER;
}

/** "exact place (1)" for an ACLED geo_precision. */
export function geoPrecision(code) {
  return code in GEO_PRECISION ? `${GEO_PRECISION[code]} (precision ${code})` : "precision unknown";
}

/** "exact day (1)" for an ACLED time_precision. */
export function timePrecision(code) {
  return code in TIME_PRECISION ? `${TIME_PRECISION[code]} (precision ${code})` : "precision unknown";
}

/** The English name of an ISO 3166 alpha-2 code, the code itself when unknown. */
export function countryName(code) {
  if (!code) return "";
  try {
    return regionNames.of(code) || code;
  } catch {
    return code;
  }
}

// One formatter for every day shown: toLocaleDateString builds a new one per call, which the list
// of events in view, redrawn as each page of events arrives, felt.
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "14 Aug 2019" for an ISO day. */
export function formatDay(iso) {
  if (!iso) return "";
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  return dayFormat.format(day);
}
