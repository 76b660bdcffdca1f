// The list of events in view: the keyboard's way to the same cards the markers open.

import { el, fill } from "./dom.js";
import { formatDay, typeOf } from "./vocab.js";

const SHOWN = 200;

function item(p, onOpen) {
  const type = typeOf(p.event_type);
  const button = el("button", { type: "button", class: "event-item", "data-id": p.id },
    el("span", { class: `dot t-${type.slug}`, "aria-hidden": "true" }),
    el("span", { class: "event-main" },
      el("span", { class: "event-title" }, p.sub_event_type || p.event_type),
      el("span", { class: "event-meta" }, [p.location, p.admin1].filter(Boolean).join(", ") || "place unknown")),
    el("span", { class: "event-side" },
      el("time", { datetime: p.time_start || "" }, formatDay(p.time_start)),
      el("span", { class: "event-meta" }, `${p.n_sources} source${p.n_sources === 1 ? "" : "s"}`)));
  button.addEventListener("click", () => onOpen(p.id, button));
  return el("li", {}, button);
}

// ISO days order as text (no locale needed); undated events go last.
function newestFirst(a, b) {
  const [x, y] = [a.properties.time_start || "", b.properties.time_start || ""];
  return x < y ? 1 : x > y ? -1 : 0;
}

/** Show these features (newest first) as buttons; onOpen(id, button) opens one. */
export function renderList(node, features, onOpen) {
  const sorted = [...features].sort(newestFirst);
  const items = sorted.slice(0, SHOWN).map((f) => item(f.properties, onOpen));
  if (!items.length) items.push(el("li", { class: "empty" }, "No events in view. Zoom out or loosen the filters."));
  if (sorted.length > SHOWN) items.push(el("li", { class: "empty" }, `${sorted.length - SHOWN} more: zoom in to list them.`));
  fill(node, items);
}

/** Mark the open event's row. */
export function markOpen(node, id) {
  for (const button of node.querySelectorAll(".event-item")) {
    button.classList.toggle("is-open", button.dataset.id === id);
    if (button.dataset.id === id) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}
