//! The table of ties the filters let through, over the map: sortable by any column (the sort is
//! part of the view, so a link keeps it), each place a button that opens its details, and the
//! downloads of exactly those rows as CSV and GeoJSON.

use super::dom::{self, el};
use super::input::listen;
use super::panel::{append_names, place_button, sources_line};
use super::App;
use crate::details::{self, TABLE_HEADINGS};
use crate::export;
use crate::view::{Action, TableColumn, TableSort, Target};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

#[derive(Debug)]
pub struct TablePanel {
    host: HtmlElement,
    toggle: HtmlElement,
}

impl TablePanel {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        Ok(Self {
            host: dom::by_id(doc, "table")?,
            toggle: dom::by_id(doc, "table-toggle")?,
        })
    }
}

impl App {
    /// The table as the view says: hidden, or the shown ties in the view's sort.
    pub(super) fn show_table(&mut self) {
        let open = self.view.table.is_some();
        let t = &self.ui.table;
        let _ = t
            .toggle
            .set_attribute("aria-pressed", if open { "true" } else { "false" });
        t.host.set_hidden(!open);
        let Some(sort) = self.view.table else {
            t.host.set_text_content(None);
            return;
        };
        if let Err(e) = self.render_table(sort) {
            web_sys::console::error_1(&e);
        }
    }

    fn render_table(&mut self, sort: TableSort) -> Result<(), JsValue> {
        let vis = self.derived.visibility(&self.data, &self.view.filters);
        let rows = details::table_rows(self.data.atlas(), &vis.links, sort);
        let doc = &self.ui.doc;
        let host = &self.ui.table.host;
        host.set_text_content(None);
        let bar = el(doc, "div", "table-bar", "")?;
        let count = el(doc, "p", "", &details::count(rows.len(), "tie"))?;
        count.set_attribute("role", "status")?;
        bar.append_child(&count)?;
        for (what, label) in [("csv", "Download CSV"), ("geojson", "Download GeoJSON")] {
            let b = el(doc, "button", "", label)?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-download", what)?;
            bar.append_child(&b)?;
        }
        let close = el(doc, "button", "table-close", "Back to the map")?;
        close.set_attribute("type", "button")?;
        bar.append_child(&close)?;
        host.append_child(&bar)?;

        let table = el(doc, "table", "", "")?;
        let caption = el(
            doc,
            "caption",
            "sr",
            "Ties shown by the filters; sort by a heading",
        )?;
        table.append_child(&caption)?;
        let head = el(doc, "tr", "", "")?;
        for (column, heading) in TABLE_HEADINGS {
            let th = el(doc, "th", "", "")?;
            th.set_attribute("scope", "col")?;
            if column == sort.column {
                let s = if sort.descending {
                    "descending"
                } else {
                    "ascending"
                };
                th.set_attribute("aria-sort", s)?;
            }
            let b = el(doc, "button", "sort", heading)?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-sort", column.word())?;
            th.append_child(&b)?;
            head.append_child(&th)?;
        }
        // The sources column has no sort.
        let th = el(doc, "th", "", "Sources")?;
        th.set_attribute("scope", "col")?;
        head.append_child(&th)?;
        let thead = el(doc, "thead", "", "")?;
        thead.append_child(&head)?;
        table.append_child(&thead)?;
        let body = el(doc, "tbody", "", "")?;
        for r in &rows {
            let tr = el(doc, "tr", "", "")?;
            tr.set_attribute("data-key", &r.key)?;
            for p in [&r.a, &r.b] {
                let td = el(doc, "td", "", "")?;
                let b = place_button(doc, &p.id, p.country)?;
                append_names(doc, &b, "pname", &p.name_en, &p.name_local, p.country)?;
                td.append_child(&b)?;
                tr.append_child(&td)?;
            }
            tr.append_child(&*el(doc, "td", "", r.b.country.name())?)?;
            tr.append_child(&*el(doc, "td", "", r.kind)?)?;
            let date = el(doc, "td", "date", r.date.as_deref().unwrap_or("unknown"))?;
            tr.append_child(&date)?;
            let src = el(doc, "td", "", "")?;
            src.append_child(&*sources_line(doc, r.date_source.as_deref(), &r.sources)?)?;
            tr.append_child(&src)?;
            body.append_child(&tr)?;
        }
        table.append_child(&body)?;
        host.append_child(&table)?;
        Ok(())
    }

    /// A click in the table: a heading sorts, a place opens its details, a button downloads or
    /// closes.
    fn on_table_click(&mut self, e: &web_sys::MouseEvent) {
        if let Some(w) = dom::clicked_attr(e, "[data-sort]", "data-sort") {
            if let (Some(c), Some(s)) = (TableColumn::parse(&w), self.view.table) {
                self.dispatch(Action::Table(Some(s.toggled(c))));
                self.focus_sort(c);
            }
        } else if let Some(id) = dom::clicked_attr(e, "[data-id]", "data-id") {
            self.select_and_reveal(Target::Place(id));
        } else if let Some(what) = dom::clicked_attr(e, "[data-download]", "data-download") {
            let vis = self.derived.visibility(&self.data, &self.view.filters);
            let atlas = self.data.atlas();
            let r = match what.as_str() {
                "csv" => dom::download(
                    &self.ui.doc,
                    "sister-city-ties.csv",
                    "text/csv;charset=utf-8",
                    &format!("\u{feff}{}", export::ties_csv(atlas, &vis.links)),
                ),
                _ => dom::download(
                    &self.ui.doc,
                    "sister-city-ties.geojson",
                    "application/geo+json",
                    &export::ties_geojson(atlas, &vis.links),
                ),
            };
            if let Err(e) = r {
                web_sys::console::error_1(&e);
            }
        } else if dom::clicked_attr(e, ".table-close", "class").is_some() {
            self.close_table();
        }
    }

    /// After a re-sort the table is built anew: the focus goes back to the heading clicked.
    fn focus_sort(&self, c: TableColumn) {
        let sel = format!("#table [data-sort=\"{}\"]", c.word());
        if let Ok(Some(b)) = self.ui.doc.query_selector(&sel) {
            if let Ok(b) = b.dyn_into::<HtmlElement>() {
                let _ = b.focus();
            }
        }
    }

    fn close_table(&mut self) {
        self.dispatch(Action::Table(None));
        let _ = self.ui.table.toggle.focus();
    }
}

/// Listens to the table button and the table.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let toggle: web_sys::EventTarget = dom::by_id(doc, "table-toggle")?.into();
    listen::<web_sys::Event>(&toggle, "click", true, |a, _| {
        let next = match a.view.table {
            Some(_) => None,
            None => Some(TableSort::default()),
        };
        a.dispatch(Action::Table(next));
    })?;
    let host: web_sys::EventTarget = dom::by_id(doc, "table")?.into();
    listen::<web_sys::MouseEvent>(&host, "click", true, |a, e| a.on_table_click(e))?;
    listen::<web_sys::KeyboardEvent>(&host, "keydown", true, |a, e| {
        if e.key() == "Escape" {
            // Escape closes the table only, not also the selection behind it.
            e.stop_propagation();
            a.close_table();
        }
    })
}
