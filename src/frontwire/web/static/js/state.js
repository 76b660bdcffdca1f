// The view as state, and its round trip through the page address (?types=...&map=zoom/lat/lon).

import { STATUSES, TYPES } from "./vocab.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ALL_TYPES = TYPES.map((t) => t.slug).concat("other");

/** The state of a fresh page: every type, no filter, no event open, the whole map. */
export function emptyState() {
  return { types: [...ALL_TYPES], status: "", actor: "", place: "", minSources: 1,
           since: "", until: "", event: "", view: null };
}

function parseView(value) {
  const parts = (value || "").split("/").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { zoom: Math.min(Math.max(Math.round(zoom), 2), 12), lat, lon };
}

/** The state an address describes; anything malformed falls back to the default. */
export function readState(search) {
  const q = new URLSearchParams(search);
  const state = emptyState();
  if (q.has("types")) state.types = q.get("types").split(",").filter((s) => ALL_TYPES.includes(s));
  if (STATUSES.includes(q.get("status"))) state.status = q.get("status");
  state.actor = (q.get("actor") || "").trim();
  state.place = (q.get("place") || "").trim();
  const min = Number.parseInt(q.get("min_sources") || "1", 10);
  state.minSources = Number.isFinite(min) && min > 1 ? min : 1;
  if (DAY.test(q.get("since") || "")) state.since = q.get("since");
  if (DAY.test(q.get("until") || "")) state.until = q.get("until");
  state.event = (q.get("event") || "").slice(0, 64);
  state.view = parseView(q.get("map"));
  return state;
}

/** The query string (with its "?") that reproduces a state. */
export function writeState(state) {
  const q = new URLSearchParams();
  if (state.types.length !== ALL_TYPES.length) q.set("types", state.types.join(","));
  if (state.status) q.set("status", state.status);
  if (state.actor) q.set("actor", state.actor);
  if (state.place) q.set("place", state.place);
  if (state.minSources > 1) q.set("min_sources", String(state.minSources));
  if (state.since) q.set("since", state.since);
  if (state.until) q.set("until", state.until);
  if (state.event) q.set("event", state.event);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    q.set("map", `${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

/** The filters the server applies (the API's query parameters). */
export function serverFilters(state) {
  const params = {};
  if (state.status) params.status = state.status;
  if (state.actor) params.actor = state.actor;
  if (state.place) params.place = state.place;
  if (state.minSources > 1) params.min_sources = String(state.minSources);
  return params;
}
