// Reads frontwire's public JSON API (same origin): event pages, one event, one article, counts.

const PAGE_SIZE = 5000;

async function getJSON(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch {
      // the body was not JSON: keep the status text
    }
    throw new Error(`${path}: ${response.status} ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

/** Every located event matching the filters, as GeoJSON features (follows next_cursor). */
export async function fetchFeatures(filters) {
  const features = [];
  let cursor = null;
  do {
    const params = { ...filters, limit: String(PAGE_SIZE) };
    if (cursor) params.cursor = cursor;
    const page = await getJSON("/api/events.geojson", params);
    features.push(...page.features);
    cursor = page.next_cursor;
  } while (cursor);
  return features;
}

/** Events per week and type for the filters. */
export function fetchTimeline(filters) {
  return getJSON("/api/stats/timeline", { ...filters, interval: "week" });
}

/** One event with its mentions and quotes. */
export function fetchEvent(id) {
  return getJSON(`/api/events/${encodeURIComponent(id)}`);
}

/** One article's text and coded spans. */
export function fetchArticle(id) {
  return getJSON(`/api/articles/${encodeURIComponent(id)}`);
}

/** The most often named actors, for the actor box's suggestions. */
export async function fetchActorNames() {
  return (await getJSON("/api/actors", { limit: "500" })).actors.map((a) => a.name);
}

/** The busiest places, for the place box's suggestions. */
export async function fetchPlaces() {
  return (await getJSON("/api/places", { limit: "500" })).places;
}
