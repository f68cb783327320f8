// The docs site: the catalog embedded in index.html, shown and searched in the browser.
// Routes: #/ (overview), #/relation/<schema.name>, #/search/<words>, #/diagrams.
"use strict";

const CATALOG = JSON.parse(document.getElementById("catalog").textContent);
const BY_ID = new Map(CATALOG.relations.map((r) => [r.id, r]));
const SCHEMAS = [
  ["main", "Tables", "The star schema (the trial and its child tables) and the load's own records."],
  ["history", "History", "Every version of each table a record fills: each row with the Last Updated dates between which it held (valid_from, valid_to)."],
  ["bi", "BI views", "Flat views over the tables, in types every BI driver reads: connect BI tools here."],
  ["ctgov", "AACT views", "AACT's tables, columns and values, so SQL written for AACT runs unchanged."],
];
const main = document.getElementById("main");
const search = document.getElementById("search");

function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function link(id, label) {
  return BY_ID.has(id) ? `<a href="#/relation/${esc(id)}"><code>${esc(label || id)}</code></a>` : `<code>${esc(label || id)}</code>`;
}

function words(query) {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function mark(text, terms) {
  let html = esc(text);
  for (const term of terms) {
    const pattern = new RegExp(esc(term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
    html = html.replace(pattern, (m) => `<mark>${m}</mark>`);
  }
  return html;
}

function renderTree(current) {
  const tree = document.getElementById("tree");
  tree.innerHTML = SCHEMAS.map(([schema, title]) => {
    const items = CATALOG.relations.filter((r) => r.schema === schema);
    const links = items
      .map((r) => `<a href="#/relation/${esc(r.id)}"${r.id === current ? ' class="current"' : ""}>${esc(r.name)}</a>`)
      .join("");
    return `<details open><summary>${esc(title)} (${items.length})</summary>${links}</details>`;
  }).join("");
}

function renderOverview() {
  const counts = SCHEMAS.map(([schema, title, about]) => {
    const items = CATALOG.relations.filter((r) => r.schema === schema);
    const columns = items.reduce((n, r) => n + r.columns.length, 0);
    return `<tr><td><code>${schema}</code></td><td>${esc(title)}</td><td>${items.length}</td><td>${columns}</td><td>${esc(about)}</td></tr>`;
  }).join("");
  main.innerHTML = `
    <h1>Data dictionary</h1>
    <p>Every table and view of the warehouse: what one row is (grain), the columns that identify a row (key), how it joins,
    each column's type and meaning, and where it comes from: the registry field a table column is loaded from, the table
    columns a view column is computed from. The same descriptions are stored in the warehouse as <code>COMMENT ON</code>.</p>
    <table><thead><tr><th>Schema</th><th></th><th>Relations</th><th>Columns</th><th></th></tr></thead><tbody>${counts}</tbody></table>
    <h2>Start here</h2>
    <ul>
      <li>${link("main.trials")}: one row per trial, the centre of the star. Every child table joins it on <code>nct_id</code>.</li>
      <li>${link("bi.trial_overview")}: one row per trial in flat columns, for BI tools.</li>
      <li>${link("bi.relationships")}: every join, one row each, with its condition. <a href="#/diagrams">The diagrams</a> draw them.</li>
      <li>${link("ctgov.studies")}: AACT's <code>studies</code>.</li>
    </ul>`;
}

function columnSource(relation, column) {
  if (column.registry.length) {
    return `<span class="from">From the record: ${column.registry.map((p) => `<code>${esc(p)}</code>`).join(", ")}</span>`;
  }
  if (column.lineage.length) {
    const parts = column.lineage.map((source) => {
      const [schema, table, name] = source.split(".");
      return link(`${schema}.${table}`, `${table}.${name}`);
    });
    return `<span class="from">From ${parts.join(", ")}</span>`;
  }
  return relation.kind === "view" ? '<span class="from muted">computed (no column)</span>' : '<span class="from muted">computed by the pipeline (no registry field)</span>';
}

function renderRelation(relation) {
  const key = relation.key.length ? relation.key.map((k) => `<code>${esc(k)}</code>`).join(", ") : "none: rows are events, never updated";
  const joins = relation.joins
    .map((j) => `<li>${link(j.to)} on <code>${esc(j.condition.replaceAll("c.", relation.name + ".").replaceAll("p.", j.to.split(".")[1] + "."))}</code>${j.optional ? ' <span class="muted">(may be NULL)</span>' : ""}</li>`)
    .join("");
  const joinedBy = relation.joined_by.map((j) => `<li>${link(j.from)} by <code>${esc(j.via)}</code></li>`).join("");
  const rows = relation.columns
    .map(
      (c) => `<tr id="col-${esc(c.name)}"><td><code>${esc(c.name)}</code></td><td class="mono">${esc(c.type)}</td><td>${c.nullable ? "yes" : "no"}</td>
      <td>${esc(c.description)}<br>${columnSource(relation, c)}</td></tr>`,
    )
    .join("");
  main.innerHTML = `
    <h1>${esc(relation.id)}<span class="badge">${relation.kind}</span></h1>
    <p>${esc(relation.description)}</p>
    <dl class="facts"><dt>Grain</dt><dd>${esc(relation.grain)}</dd><dt>Key</dt><dd>${key}</dd>
    <dt>Columns</dt><dd>${relation.columns.length}</dd></dl>
    ${joins ? `<h2>Joins</h2><ul>${joins}</ul>` : ""}
    ${joinedBy ? `<h2>Joined by</h2><ul>${joinedBy}</ul>` : ""}
    <h2>Columns</h2>
    <table><thead><tr><th>Column</th><th>Type</th><th>Nullable</th><th>Description and source</th></tr></thead><tbody>${rows}</tbody></table>
    <h2>SQL</h2><details><summary>${relation.kind === "view" ? "The view's definition" : "The table's DDL"}</summary><pre>${esc(relation.sql)}</pre></details>`;
}

function renderSearch(query) {
  const terms = words(query);
  const hits = [];
  for (const relation of CATALOG.relations) {
    const own = `${relation.id} ${relation.description} ${relation.grain}`.toLowerCase();
    if (terms.every((t) => own.includes(t))) hits.push({ relation, column: null, score: relation.name.includes(terms.join("_")) ? 0 : 1 });
    for (const column of relation.columns) {
      const text = `${relation.id} ${column.name} ${column.description} ${column.registry.join(" ")}`.toLowerCase();
      if (terms.every((t) => text.includes(t))) hits.push({ relation, column, score: column.name === terms.join("_") ? 2 : 3 });
    }
  }
  hits.sort((a, b) => a.score - b.score);
  const shown = hits.slice(0, 300).map(({ relation, column }) => {
    if (!column) {
      return `<div class="hit">${link(relation.id)} <span class="badge">${relation.kind}</span><br>${mark(relation.description, terms)}</div>`;
    }
    return `<div class="hit"><a href="#/relation/${esc(relation.id)}"><code>${mark(relation.id + "." + column.name, terms)}</code></a>
      <span class="muted mono">${esc(column.type)}</span><br>${mark(column.description, terms)}</div>`;
  });
  main.innerHTML = `<h1>Search</h1><p id="hits-count">${hits.length} ${hits.length === 1 ? "match" : "matches"} for
    <strong>${esc(query)}</strong>${hits.length > 300 ? " (the first 300 shown)" : ""}</p>${shown.join("") || "<p>Nothing matches every word.</p>"}`;
}

async function renderDiagrams() {
  const names = Object.keys(CATALOG.diagrams);
  main.innerHTML = `<h1>Diagrams</h1>
    <p>The tables a record fills and the joins their contracts declare. An edge is labelled with the column that names the parent row;
    <code>|o</code> marks a join that may be NULL. Every join is within one trial (<code>nct_id</code>); every child table's key is
    <code>nct_id, ordinal</code>, and a box lists the columns that name another row.</p>
    ${names.map((n) => `<h2>${esc(n[0].toUpperCase() + n.slice(1))}</h2><div class="diagram"><pre class="mermaid" id="diagram-${esc(n)}">${esc(CATALOG.diagrams[n])}</pre></div>`).join("")}`;
  if (window.mermaid) {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", maxTextSize: 500000, er: { useMaxWidth: false } });
    await window.mermaid.run({ querySelector: "pre.mermaid" });
    document.body.dataset.diagrams = "drawn";
  }
}

function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ""));
  const [view, ...rest] = hash.split("/");
  const arg = rest.join("/");
  renderTree(view === "relation" ? arg : null);
  if (view === "relation" && BY_ID.has(arg)) {
    renderRelation(BY_ID.get(arg));
  } else if (view === "search") {
    if (search.value !== arg) search.value = arg;
    renderSearch(arg);
  } else if (view === "diagrams") {
    renderDiagrams();
  } else if (view === "relation") {
    main.innerHTML = `<h1>Not found</h1><p>No table or view is called <code>${esc(arg)}</code>. Try the search.</p>`;
  } else {
    renderOverview();
  }
  window.scrollTo(0, 0);
}

search.addEventListener("input", () => {
  const query = search.value.trim();
  history.replaceState(null, "", query ? `#/search/${encodeURIComponent(query)}` : "#/");
  route();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "/" && document.activeElement !== search) {
    event.preventDefault();
    search.focus();
  }
});
window.addEventListener("hashchange", route);
const initial = new URLSearchParams(location.search).get("q");
if (initial && !location.hash) history.replaceState(null, "", `#/search/${encodeURIComponent(initial)}`);
route();
