// The map page: wires the filters, map, timeline, list and card to the API and the page address.

import { fetchActorNames, fetchPlaces, fetchTimeline, markerPages } from "./api.js";
import { EventCard } from "./card.js";
import { markOpen, renderList } from "./eventlist.js";
import { EventMap } from "./eventmap.js";
import { Filters } from "./filters.js";
import { readState, serverFilters, writeState } from "./state.js";
import { Timeline, renderLegend } from "./timeline.js";
import { typeOf } from "./vocab.js";

const $ = (selector) => document.querySelector(selector);

class Page {
  constructor() {
    this.state = readState(window.location.search);
    this.features = [];
    this.shown = [];
    this.buckets = [];
    this.loadedKey = null;
    this.loading = null;
    this.framed = null;
    this.list = $("#events-list");
    this.summary = $("#summary");
    this.filters = new Filters($("#filters"), { onChange: (change) => this.update(change, true) });
    this.timeline = new Timeline($("#timeline"), { onBrush: (range) => this.update(range, false) });
    this.card = new EventCard($("#card"), { onClose: () => this.closed() });
    this.map = new EventMap($("#map"), { view: this.state.view, onOpen: (id, opener) => this.open(id, opener),
                                          onMove: (view) => this.moved(view) });
    this.map.ready.catch((error) => this.fail(error));
  }

  async start() {
    renderLegend($("#legend"));
    this.filters.show(this.state);
    this.timeline.setRange(this.state);
    if (this.state.event) this.open(this.state.event, null);
    await this.load(!this.state.view);
    Promise.all([fetchActorNames(), fetchPlaces()])
      .then(([actors, places]) => this.filters.suggest(actors, places))
      .catch((error) => this.fail(error));
  }

  /** Apply a change of filters; reframe the map on the results when the server filters changed. */
  async update(change, reframe) {
    Object.assign(this.state, change);
    this.filters.show(this.state);
    this.timeline.setRange(this.state);
    this.sync();
    if (JSON.stringify(serverFilters(this.state)) !== this.loadedKey) await this.load(reframe);
    else this.render();
  }

  /**
   * Load the events for the server filters, drawing each page as it arrives; a newer load aborts
   * this one. When reframe, the map frames the first page, and all the matches at the end unless
   * the map was moved meanwhile.
   */
  async load(reframe) {
    this.loading?.abort();
    const loading = new AbortController();
    const filters = serverFilters(this.state);
    [this.loading, this.loadedKey, this.features, this.framed] = [loading, JSON.stringify(filters), [], null];
    this.summary.classList.remove("error");
    this.summary.setAttribute("aria-busy", "true");
    this.render();
    fetchTimeline(filters, loading.signal).then((timeline) => {
      this.buckets = timeline.buckets;
      this.timeline.setData(this.buckets, this.state.types);
    }).catch((error) => loading.signal.aborted || this.fail(error));
    try {
      for await (const features of markerPages(filters, loading.signal)) {
        if (loading.signal.aborted) return;
        this.add(features);
        if (reframe && this.framed === null) this.frame();
      }
    } catch (error) {
      if (loading.signal.aborted) return;
      this.loading = null;
      this.fail(error);
      return;
    }
    this.loading = null;
    if (reframe && JSON.stringify(this.map.view()) === this.framed) this.frame();
    this.listInView();
  }

  /** Take in a page of features: keep them, draw those that match, recount. */
  add(features) {
    const matching = features.filter((f) => this.matches(f));
    this.features.push(...features);
    this.shown.push(...matching);
    this.map.addEvents(matching);
    this.listInView();
  }

  frame() {
    this.map.frame(this.shown.length ? this.shown : this.features);
    this.framed = JSON.stringify(this.map.view());
  }

  matches(f) {
    const p = f.properties;
    if (!this.state.types.includes(typeOf(p.event_type).slug)) return false;
    if (this.state.since && !(p.time_start && p.time_start >= this.state.since)) return false;
    return !(this.state.until && !(p.time_start && p.time_start <= this.state.until));
  }

  render() {
    this.shown = this.features.filter((f) => this.matches(f));
    this.map.setEvents(this.shown);
    this.timeline.setData(this.buckets, this.state.types);
    this.listInView();
  }

  listInView() {
    const inView = this.map.inView(this.shown);
    renderList(this.list, inView, (id, opener) => this.open(id, opener));
    markOpen(this.list, this.state.event);
    $("#list-count").textContent = `(${inView.length})`;
    const [shown, total] = [this.shown.length, this.features.length];
    this.summary.textContent = this.loading
      ? `Loading events… ${total} so far, ${shown} match, ${inView.length} in view`
      : `${shown} of ${total} events match · ${inView.length} in view`;
    Object.assign(this.summary.dataset, { shown, total, inView: inView.length });
    if (!this.loading) this.summary.removeAttribute("aria-busy");
  }

  moved(view) {
    this.state.view = view;
    this.sync();
    this.listInView();
  }

  open(id, opener) {
    this.state.event = id;
    this.sync();
    this.map.select(id);
    markOpen(this.list, id);
    this.card.open(id, opener);
  }

  closed() {
    this.state.event = "";
    this.sync();
    this.map.select(null);
    markOpen(this.list, "");
  }

  sync() {
    window.history.replaceState(null, "", writeState(this.state) || window.location.pathname);
  }

  fail(error) {
    this.summary.textContent = `Could not load: ${error.message}`;
    this.summary.classList.add("error");
    this.summary.removeAttribute("aria-busy");
  }
}

function bindChrome() {
  const toggle = $("#toggle-filters");
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    $("#filters").classList.toggle("is-open", open);
  });
  const copy = $("#copy-link");
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      copy.textContent = "Link copied";
    } catch {
      copy.textContent = "Copy the address bar";
    }
    setTimeout(() => { copy.textContent = "Copy link to this view"; }, 2500);
  });
}

bindChrome();
new Page().start();
