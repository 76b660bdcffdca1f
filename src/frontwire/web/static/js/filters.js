// The filter form: builds its type and status choices, and turns edits into state changes.

import { el, fill } from "./dom.js";
import { STATUSES, TYPES } from "./vocab.js";

const TYPING_PAUSE_MS = 350;

function typeBoxes(container) {
  const boxes = TYPES.concat([{ name: "Other", slug: "other" }]).map((t) =>
    el("label", { class: "check" },
      el("input", { type: "checkbox", name: "types", value: t.slug, checked: true }),
      el("span", { class: `swatch t-${t.slug}`, "aria-hidden": "true" }), t.name));
  fill(container, el("legend", {}, "Event type"), boxes);
}

function statusOptions(select) {
  fill(select, el("option", { value: "" }, "Any status"),
       STATUSES.map((s) => el("option", { value: s }, s === "disputed" ? "disputed (sources disagree)" : s)));
}

export class Filters {
  /** The form; onChange(partialState) fires after each edit. */
  constructor(form, { onChange }) {
    this.form = form;
    this.onChange = onChange;
    typeBoxes(form.querySelector("#type-choices"));
    statusOptions(form.elements.status);
    let timer = null;
    form.addEventListener("input", (e) => {
      clearTimeout(timer);
      const typing = e.target.type === "search" || e.target.type === "number";
      timer = setTimeout(() => this.onChange(this.read()), typing ? TYPING_PAUSE_MS : 0);
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      clearTimeout(timer);
      this.onChange(this.read());
    });
    form.addEventListener("reset", (e) => {
      e.preventDefault();
      this.onChange({ types: TYPES.map((t) => t.slug).concat("other"), status: "", actor: "", place: "",
                      minSources: 1, since: "", until: "" });
    });
  }

  /** The filters as the form shows them. */
  read() {
    const f = this.form.elements;
    const min = Number.parseInt(f.min_sources.value, 10);
    return {
      types: [...this.form.querySelectorAll('input[name="types"]:checked')].map((b) => b.value),
      status: f.status.value, actor: f.actor.value.trim(), place: f.place.value.trim(),
      minSources: Number.isFinite(min) && min > 1 ? min : 1, since: f.since.value, until: f.until.value,
    };
  }

  /** Make the form show a state. */
  show(state) {
    const f = this.form.elements;
    for (const box of this.form.querySelectorAll('input[name="types"]')) box.checked = state.types.includes(box.value);
    f.status.value = state.status;
    f.actor.value = state.actor;
    f.place.value = state.place;
    f.min_sources.value = String(state.minSources);
    f.since.value = state.since;
    f.until.value = state.until;
  }

  /** Offer these names in the actor and place boxes. */
  suggest(actors, places) {
    fill(this.form.querySelector("#actor-names"), actors.map((name) => el("option", { value: name })));
    const names = [...new Set(places.flatMap((p) => [p.location, p.admin1]).filter(Boolean))].sort();
    fill(this.form.querySelector("#place-names"), names.map((name) => el("option", { value: name })));
  }
}
