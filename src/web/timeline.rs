//! The timeline bar: a year slider, a player (play or pause, a year back or on, its speed), what
//! the map shows by then, and the choice for undated ties. Its controls dispatch actions; the bar
//! follows the view, and while the player plays a timer sends its steps.

use super::input::listen;
use super::timers::on_timer;
use super::{dom, App, PLAY};
use crate::details;
use crate::view::{Action, Facets, YearSpan, SPEEDS};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The bar's elements, and the player's timer.
#[derive(Debug)]
pub struct TimelineBar {
    root: HtmlElement,
    toggle: HtmlElement,
    play: HtmlElement,
    slider: HtmlInputElement,
    label: HtmlElement,
    speed: HtmlSelectElement,
    undated: HtmlInputElement,
    undated_label: HtmlElement,
    timer: Option<i32>,
}

impl TimelineBar {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        Ok(Self {
            root: dom::by_id(doc, "timeline")?,
            toggle: dom::by_id(doc, "timeline-toggle")?,
            play: dom::by_id(doc, "tl-play")?,
            slider: dom::by_id(doc, "tl-year")?.dyn_into()?,
            label: dom::by_id(doc, "tl-label")?,
            speed: dom::by_id(doc, "tl-speed")?.dyn_into()?,
            undated: dom::by_id(doc, "tl-undated")?.dyn_into()?,
            undated_label: dom::by_id(doc, "tl-undated-n")?,
            timer: None,
        })
    }
}

impl App {
    /// The bar follows the timeline's year and player; the player's next step is scheduled.
    pub(super) fn show_timeline(&mut self) {
        let span = YearSpan::of(self.data.atlas());
        let year = self.view.filters.year;
        let player = self.view.player;
        let bar = &self.ui.timeline;
        bar.toggle.set_hidden(span.is_none());
        bar.root.set_hidden(year.is_none());
        let _ = bar
            .toggle
            .set_attribute("aria-pressed", &year.is_some().to_string());
        if let (Some(span), Some(year)) = (span, year) {
            bar.slider.set_min(&span.first.to_string());
            bar.slider.set_max(&span.last.to_string());
            bar.slider.set_value(&year.to_string());
            let vis = self.derived.visibility(&self.data, &self.view.filters);
            let counts = details::year_counts(self.data.atlas(), &vis.links, year);
            let text = details::year_text(year, &counts);
            bar.label.set_text_content(Some(&text));
            let _ = bar.slider.set_attribute("aria-valuetext", &text);
            // What the choice adds, counted beside the other filters as the filter panel does.
            let undated = Facets::compute(self.data.atlas(), &self.view.filters).undated;
            bar.undated_label
                .set_text_content(Some(&details::undated_choice(undated)));
            bar.undated.set_checked(self.view.filters.undated);
        }
        let (glyph, label) = if player.playing {
            ("❚❚", "Pause")
        } else {
            ("▶", "Play the network year by year")
        };
        bar.play.set_text_content(Some(glyph));
        let _ = bar.play.set_attribute("aria-label", label);
        let _ = bar
            .play
            .set_attribute("aria-pressed", &player.playing.to_string());
        bar.speed.set_value(&player.speed.to_string());
        // The player's steps: one timer at a time, none when paused.
        let timer = &mut self.ui.timeline.timer;
        match (player.playing, *timer) {
            (true, None) => *timer = on_timer(&PLAY, player.step_ms() as i32),
            (false, Some(t)) => {
                if let Some(w) = web_sys::window() {
                    w.clear_timeout_with_handle(t);
                }
                *timer = None;
            }
            _ => {}
        }
    }

    /// The player's timer fired: the next year.
    pub(super) fn play_step(&mut self) {
        self.ui.timeline.timer = None;
        self.dispatch(Action::Tick);
    }
}

/// Listens to the bar's controls and the button that opens it.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let target =
        |id: &str| -> Result<web_sys::EventTarget, JsValue> { Ok(dom::by_id(doc, id)?.into()) };
    listen::<web_sys::Event>(&target("timeline-toggle")?, "click", true, |a, _| {
        // Opens at the latest year (the network as it is), closes to every year.
        let year = match a.view.filters.year {
            Some(_) => None,
            None => YearSpan::of(a.data.atlas()).map(|s| s.last),
        };
        a.dispatch(Action::Year(year));
    })?;
    listen::<web_sys::Event>(&target("tl-close")?, "click", true, |a, _| {
        a.dispatch(Action::Year(None));
        let _ = a.ui.timeline.toggle.focus();
    })?;
    listen::<web_sys::Event>(&target("tl-play")?, "click", true, |a, _| {
        let playing = a.view.player.playing;
        a.dispatch(Action::Play(!playing));
    })?;
    for (id, on) in [("tl-back", false), ("tl-next", true)] {
        listen::<web_sys::Event>(&target(id)?, "click", true, move |a, _| {
            let Some(span) = YearSpan::of(a.data.atlas()) else {
                return;
            };
            let y = a.view.filters.year;
            let to = if on {
                span.next(y).unwrap_or(span.last)
            } else {
                span.previous(y)
            };
            a.dispatch(Action::Year(Some(to)));
        })?;
    }
    listen::<web_sys::Event>(&target("tl-year")?, "input", true, |a, _| {
        let y = a.ui.timeline.slider.value().parse::<u16>().ok();
        if y.is_some() {
            a.dispatch(Action::Year(y));
        }
    })?;
    listen::<web_sys::Event>(&target("tl-speed")?, "change", true, |a, _| {
        let s = a.ui.timeline.speed.value().parse::<usize>().unwrap_or(1);
        a.dispatch(Action::Speed(s.min(SPEEDS.len() - 1)));
    })?;
    listen::<web_sys::Event>(&target("tl-undated")?, "change", true, |a, _| {
        let mut f = a.view.filters;
        f.undated = a.ui.timeline.undated.checked();
        a.dispatch(Action::SetFilters(f));
    })
}
