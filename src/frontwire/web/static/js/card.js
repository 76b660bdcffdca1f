// The event card: what, where, when, who, figures, status, and each source with its marked-up text.

import { fetchArticle, fetchEvent } from "./api.js";
import { highlightedText } from "./article.js";
import { el, fill, safeLink } from "./dom.js";
import { countryName, formatDay, geoPrecision, timePrecision, typeOf } from "./vocab.js";

function fact(term, ...details) {
  return [el("dt", {}, term), el("dd", {}, ...details)];
}

function when(e) {
  const span = e.time_end && e.time_end !== e.time_start
    ? `${formatDay(e.time_start)} to ${formatDay(e.time_end)}` : formatDay(e.time_start);
  return [span || "date unknown", el("span", { class: "precision" }, timePrecision(e.time_precision))];
}

function where(e) {
  const names = [e.location, e.admin2 !== e.location ? e.admin2 : null, e.admin1, countryName(e.country)];
  return [[...new Set(names.filter(Boolean))].join(", ") || "place unknown",
          el("span", { class: "precision" }, geoPrecision(e.geo_precision))];
}

function who(e) {
  if (!e.actors.length) return ["no actor named"];
  return [el("ul", { class: "plain" }, e.actors.map((a) =>
    el("li", {}, a.name, el("span", { class: "muted" }, ` · ${a.role}${a.inter ? `, ACLED inter ${a.inter}` : ""}`))))];
}

function figures(e) {
  if (e.fatalities === null || e.fatalities === undefined) return ["no fatalities reported"];
  const range = e.fatalities_max !== e.fatalities_min ? ` (sources give ${e.fatalities_min} to ${e.fatalities_max})` : "";
  return [`${e.fatalities} ${e.fatalities === 1 ? "fatality" : "fatalities"}${range}`,
          e.fatalities_conflict ? el("span", { class: "flag" }, "sources disagree") : null];
}

function status(e) {
  const others = e.statuses.filter((s) => s !== e.status);
  return [el("span", { class: `status s-${e.status}` }, e.status),
          e.status_conflict ? el("span", { class: "flag" }, `sources disagree: also ${others.join(", ")}`) : null];
}

function quoteLine(q) {
  const who = [q.speaker, q.role, q.organization].filter(Boolean).join(", ");
  const via = q.channel ? ` (via ${q.channel})` : "";
  return el("li", {}, el("span", { class: "speaker" }, who || "unnamed source"), via, ": ",
            q.direct ? el("q", {}, q.text) : el("span", { class: "reported" }, q.text));
}

// Scroll the article box (only it, not the card) so that the first evidence mark is in sight.
function showFirstMark(box) {
  const mark = box.querySelector(".hl-evidence");
  if (mark && mark.offsetTop + mark.offsetHeight > box.clientHeight) box.scrollTop = mark.offsetTop - 24;
}

export class EventCard {
  /** The card in node; onClose() fires when it is closed. */
  constructor(node, { onClose }) {
    this.node = node;
    this.onClose = onClose;
    this.opener = null;
    this.token = 0;
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !this.node.hidden) this.close();
    });
  }

  /** Load and show an event; focus returns to opener on close. */
  async open(id, opener) {
    const token = ++this.token;
    this.opener = opener || this.opener;
    this.node.hidden = false;
    this.node.setAttribute("aria-busy", "true");
    fill(this.node, this.header("Loading event…"), el("p", { class: "muted" }, "Loading…"));
    let detail;
    try {
      detail = await fetchEvent(id);
    } catch (error) {
      if (token === this.token) fill(this.node, this.header("Event not found"), el("p", { class: "error" }, error.message));
      this.node.removeAttribute("aria-busy");
      return;
    }
    if (token !== this.token) return;
    this.render(detail);
    this.node.removeAttribute("aria-busy");
    this.node.querySelector("h2").focus();
  }

  /** Hide the card and give focus back to what opened it. */
  close() {
    this.token += 1;
    this.node.hidden = true;
    fill(this.node);
    const opener = this.opener;
    this.opener = null;
    if (opener && opener.isConnected) opener.focus();
    this.onClose();
  }

  header(title, type) {
    const close = el("button", { type: "button", class: "close", "aria-label": "Close the event card" }, "×");
    close.addEventListener("click", () => this.close());
    return el("header", { class: "card-head" },
      type ? el("span", { class: `chip t-${type.slug}` }, type.name) : null,
      el("h2", { id: "card-title", tabindex: "-1" }, title), close);
  }

  render(e) {
    const type = typeOf(e.event_type);
    const title = `${e.sub_event_type || e.event_type} in ${e.location || countryName(e.country) || "an unknown place"}`;
    fill(this.node, this.header(title, type),
      el("dl", { class: "facts" },
        fact("What", `${e.sub_event_type} (${e.event_type})`, el("span", { class: "muted" }, ` · PLOVER ${e.plover} · ${e.kind}`)),
        fact("Where", ...where(e)), fact("When", ...when(e)), fact("Who", ...who(e)),
        fact("Figures", ...figures(e)), fact("Status", ...status(e))),
      this.sources(e));
  }

  sources(e) {
    const items = e.sources.map((s, i) => this.source(e, s, i === 0));
    return el("section", { class: "sources", "aria-labelledby": "sources-title" },
      el("h3", { id: "sources-title" }, `Sources (${e.sources.length})`), el("ol", { class: "plain" }, items));
  }

  source(e, s, expand) {
    const mentions = e.mentions.filter((m) => m.article_id === s.article_id);
    const quotes = e.quotes.filter((q) => q.article_id === s.article_id);
    const body = el("div", { class: "article-text", id: `article-${s.article_id.slice(0, 16)}`, hidden: true });
    const toggle = el("button", { type: "button", class: "link", "aria-expanded": "false", "aria-controls": body.id },
                      "Show the article with the evidence marked");
    toggle.addEventListener("click", () => this.toggleArticle(toggle, body, s.article_id, e.id));
    if (expand) queueMicrotask(() => this.toggleArticle(toggle, body, s.article_id, e.id));
    return el("li", { class: "source" },
      el("div", { class: "source-head" }, el("strong", {}, s.outlet || "Unknown outlet"),
         s.published ? ` · ${formatDay(s.published)}` : ""),
      el("p", { class: "headline" }, s.headline || "(no headline)"),
      mentions.flatMap((m) => m.evidence).map((ev) => el("blockquote", { class: "evidence" }, ev.text)),
      quotes.length ? el("div", { class: "quoted" }, el("h4", {}, "Quoted"), el("ul", { class: "plain" }, quotes.map(quoteLine))) : null,
      el("div", { class: "source-actions" }, toggle, s.url ? safeLink(s.url, "Original article ↗") : null),
      body);
  }

  async toggleArticle(button, body, articleId, eventId) {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Hide the article" : "Show the article with the evidence marked";
    body.hidden = !open;
    if (!open || body.dataset.loaded) return;
    body.dataset.loaded = "1";
    fill(body, el("p", { class: "muted" }, "Loading the article…"));
    try {
      const article = await fetchArticle(articleId);
      fill(body, el("p", { class: "key" }, el("mark", { class: "hl-evidence" }, "evidence"), " for this event, ",
                    el("mark", { class: "hl-quote" }, "quotes"), ", ", el("span", { class: "hl-place" }, "places")),
           el("div", { class: "text" }, highlightedText(article.text, article.spans, eventId)));
      showFirstMark(body.querySelector(".text"));
    } catch (error) {
      delete body.dataset.loaded;
      fill(body, el("p", { class: "error" }, error.message));
    }
  }
}
