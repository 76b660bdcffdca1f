// Article text with its coded spans: cut at span offsets into text nodes and <mark>/<span> elements.

import { el } from "./dom.js";

const CLASSES = { evidence: "hl-evidence", quote: "hl-quote", place: "hl-place" };

// The API counts characters (code points); JavaScript strings count UTF-16 units.
function unitIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return (i) => units[Math.min(Math.max(i, 0), units.length - 1)];
}

function relevant(spans, eventId, text) {
  const unit = unitIndex(text);
  return spans
    .filter((s) => s.kind in CLASSES && (s.kind !== "evidence" || s.event_id === eventId))
    .map((s) => ({ kind: s.kind, start: unit(Math.max(0, s.start)), end: Math.min(text.length, unit(s.end)) }))
    .filter((s) => s.start < s.end);
}

function segments(length, spans) {
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const kinds = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.kind))].sort();
    const last = out[out.length - 1];
    if (last && last.kinds.join() === kinds.join()) last.end = end;
    else out.push({ start, end, kinds });
  }
  return out;
}

function piece(text, kinds) {
  if (!kinds.length) return document.createTextNode(text);
  const tag = kinds.includes("evidence") || kinds.includes("quote") ? "mark" : "span";
  return el(tag, { class: kinds.map((k) => CLASSES[k]).join(" ") }, text);
}

/** The article text as a fragment: this event's evidence, quotes and places marked, all as text. */
export function highlightedText(text, spans, eventId) {
  const fragment = document.createDocumentFragment();
  for (const { start, end, kinds } of segments(text.length, relevant(spans, eventId, text))) {
    fragment.append(piece(text.slice(start, end), kinds));
  }
  return fragment;
}
