//! The page's address follows the view (see [`crate::view::url`]): a new selection is a new
//! history entry, so that back and forward step through selections; a camera or filter change
//! replaces the entry once the view has been still for a moment. Opening an address, or going
//! back or forward, restores the view it holds, and says what of it could not be read.

use super::input::listen;
use super::{dom, on_timer, App, ADDRESS};
use crate::view::{url, Action, Dirty};
use wasm_bindgen::prelude::*;

/// How long (ms) the view stays still before the address follows a camera move.
const ADDRESS_MS: i32 = 400;

impl App {
    /// The address of the view now.
    pub(super) fn address(&self) -> String {
        let loc = web_sys::window().map(|w| w.location());
        let base = loc
            .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
            .unwrap_or_default();
        let fragment = url::encode(&self.view, &self.data);
        if fragment.is_empty() {
            base
        } else {
            format!("{base}#{fragment}")
        }
    }

    /// Restores the view the address holds (at start, and on back and forward).
    pub(super) fn read_address(&mut self) {
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
            return;
        };
        let (link, problems) = url::decode(&hash, &self.data);
        self.dispatch(Action::Restore(link));
        self.written = url::encode(&self.view, &self.data);
        self.written_selection = self.view.selection.clone();
        self.address_push = false;
        let notice = dom::by_id(&self.ui.doc, "notice");
        if let Ok(n) = notice {
            let text = crate::details::link_notice(&problems);
            n.set_text_content(Some(&text));
            n.set_hidden(problems.is_empty());
        }
    }

    /// The view changed: a new selection becomes a new history entry as soon as the page is
    /// idle (off the click's path); anything else replaces the entry once the view settles.
    pub(super) fn follow_address(&mut self, d: Dirty) {
        if !d.url {
            return;
        }
        let new_selection = self.view.selection != self.written_selection;
        self.address_push |= new_selection;
        if let (Some(t), Some(w)) = (self.address_timer.take(), web_sys::window()) {
            w.clear_timeout_with_handle(t);
        }
        let ms = if self.address_push { 0 } else { ADDRESS_MS };
        self.address_timer = on_timer(&ADDRESS, ms);
    }

    /// Writes the view into the address: a new history entry when the selection changed, else
    /// in place of the current one.
    pub(super) fn write_address(&mut self) {
        self.address_timer = None;
        let new_entry = std::mem::take(&mut self.address_push);
        let fragment = url::encode(&self.view, &self.data);
        self.written_selection = self.view.selection.clone();
        if fragment == self.written {
            return;
        }
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        // The whole network with nothing else: the address without a fragment.
        let target = if fragment.is_empty() {
            page_address()
        } else {
            format!("#{fragment}")
        };
        let r = if new_entry {
            history.push_state_with_url(&JsValue::NULL, "", Some(&target))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
        };
        if r.is_ok() {
            self.written = fragment;
        }
    }
}

/// The address of the page without its fragment (its query kept).
pub(super) fn page_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| {
            Some(format!(
                "{}{}{}",
                l.origin().ok()?,
                l.pathname().ok()?,
                l.search().ok()?
            ))
        })
        .unwrap_or_default()
}

/// The address of the page as the full atlas: without its fragment and without `embed=1`.
pub(super) fn full_page_address() -> String {
    page_address()
        .replace("?embed=1", "")
        .replace("&embed=1", "")
}

/// Back and forward restore the view of their entry.
pub fn install() -> Result<(), JsValue> {
    let window: web_sys::EventTarget = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .into();
    listen::<web_sys::Event>(&window, "popstate", true, |a, _| a.read_address())
}
