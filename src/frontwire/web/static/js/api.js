// Reads frontwire's public JSON API (same origin): event pages, one event, one article, counts.

// A small first page puts markers on the map soon; the later pages are the size bench/bench_api.py
// times (MARKER_PAGE there), which keeps each one well under 100 ms on the server.
const FIRST_PAGE = 500;
const PAGE_SIZE = 2000;

async function getJSON(path, params = {}, signal = undefined) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" }, signal });
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

function markerPage(filters, cursor, limit, signal) {
  const params = { ...filters, fields: "map", limit: String(limit) };
  if (cursor) params.cursor = cursor;
  return getJSON("/api/events.geojson", params, signal);
}

/**
 * The located events matching the filters as marker features, newest first, one page per step
 * (for await ... of). The next page is already on its way while the caller draws this one;
 * aborting signal stops it (the loop then throws an AbortError).
 */
export async function* markerPages(filters, signal) {
  let next = markerPage(filters, null, FIRST_PAGE, signal);
  try {
    while (next) {
      const page = await next;
      next = page.next_cursor ? markerPage(filters, page.next_cursor, PAGE_SIZE, signal) : null;
      yield page.features;
    }
  } finally {
    next?.catch(() => {}); // left behind by a caller that stopped early: its abort is expected
  }
}

/** Events per week and type for the filters. */
export function fetchTimeline(filters, signal) {
  return getJSON("/api/stats/timeline", { ...filters, interval: "week" }, signal);
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
