//! Timers and animation frames: the callbacks the shell schedules (a frame, the crisp redraw
//! once a gesture settles, the address write, the index of drawn ties, the inset, the timeline's
//! player) and the
//! settle logic.

use super::{now, with_app, App, Slot, ADDRESS, FRAME, INDEX, INSET, MEASURE, PLAY, SETTLE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

impl App {
    /// (Re)starts the timer that redraws crisply once a gesture settles.
    pub(super) fn schedule_settle(&mut self) {
        if let (Some(t), Some(w)) = (self.settle_timer.take(), web_sys::window()) {
            w.clear_timeout_with_handle(t);
        }
        self.settle_timer = on_timer(&SETTLE, SETTLE_MS);
    }

    /// The settle timer fired: redraw crisply, or wait while a pointer is still down.
    fn settle(&mut self) {
        self.settle_timer = None;
        if self.gesture.active() {
            self.schedule_settle();
        } else if self.frame.settle() {
            request_frame();
        }
    }
}

/// A gesture counts as settled after this many milliseconds without a camera move.
const SETTLE_MS: i32 = 140;

/// Runs the callback in `slot` after `ms` milliseconds; the timer's handle.
pub(super) fn on_timer(
    slot: &'static std::thread::LocalKey<Slot<Closure<dyn FnMut()>>>,
    ms: i32,
) -> Option<i32> {
    let w = web_sys::window()?;
    slot.with(|s| {
        let cb = s.borrow();
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.as_ref()?.as_ref().unchecked_ref(),
            ms,
        )
        .ok()
    })
}

pub(super) fn install_timers() {
    FRAME.with(|f| {
        *f.borrow_mut() = Some(Closure::new(|_t: f64| {
            with_app(App::draw);
        }));
    });
    SETTLE.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|| {
            with_app(App::settle);
        }));
    });
    ADDRESS.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|| {
            with_app(App::write_address);
        }));
    });
    MEASURE.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|_t: f64| {
            with_app(|app| {
                if let Some(t0) = app.frame.redrawn_at.take() {
                    app.frame.frame_ms = Some(now() - t0);
                }
            });
        }));
    });
    PLAY.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|| {
            with_app(App::play_step);
        }));
    });
    INSET.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|| {
            with_app(App::draw_inset);
        }));
    });
    INDEX.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|| {
            with_app(|app| {
                // Not while a gesture lasts: the picture is about to change again (a pointer
                // move that needs the index builds it then).
                if !app.gesture.active() {
                    app.frame.link_grid();
                }
            });
        }));
    });
}

pub(super) fn request_frame() {
    let Some(w) = web_sys::window() else { return };
    FRAME.with(|f| {
        if let Some(cb) = f.borrow().as_ref() {
            let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
        }
    });
}

/// Asks the next animation frame to measure how long the last redraw of land and network took
/// until then.
pub(super) fn measure_next_frame() {
    let Some(w) = web_sys::window() else { return };
    MEASURE.with(|f| {
        if let Some(cb) = f.borrow().as_ref() {
            let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
        }
    });
}
