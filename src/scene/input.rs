//! What the network and overlay builders and the picker read: the dataset, the view state and
//! what the filters let through; where each place and tie is drawn, how big, how prominent, and
//! whether the roll-up into regions hides it.

use super::{Marker, Sizes};
use crate::dataset::Dataset;
use crate::geometry::{self, Curve};
use crate::layout::Arrangement;
use crate::model::{Atlas, Item, Level};
use crate::view::{ViewState, Visibility};

/// What the network and overlay builders (and the picker) read: the dataset, the view state and
/// what the filters let through, derived from both.
#[derive(Debug, Clone, Copy)]
pub struct SceneInput<'a> {
    pub data: &'a Dataset,
    pub view: &'a ViewState,
    pub vis: &'a Visibility,
}

impl<'a> SceneInput<'a> {
    pub fn atlas(&self) -> &'a Atlas {
        self.data.atlas()
    }

    /// Where place `p` is drawn (CSS px), if it has a position.
    pub fn screen(&self, p: usize) -> Option<[f32; 2]> {
        self.view
            .world(self.data, p)
            .map(|w| self.view.to_screen(w))
    }

    /// Whether place `p` is hidden in its region's marker (the places are rolled up and its
    /// region is closed).
    pub fn collapsed(&self, p: usize) -> bool {
        let Some(r) = self.view.rollup.as_ref() else {
            return false;
        };
        let regions = self.atlas().regions();
        !r.is_open(&regions.list[regions.of_place(p)].key)
    }

    /// Whether place `p` is drawn as a place: the filters let it through and no closed region
    /// holds it.
    pub fn drawn_place(&self, p: usize) -> bool {
        self.vis.places[p] && !self.collapsed(p)
    }

    /// Whether tie `l` is drawn as a tie: the filters let it through and both ends are drawn
    /// as places.
    pub fn drawn_link(&self, l: usize) -> bool {
        let Some(t) = self.atlas().links.get(l) else {
            return false;
        };
        self.vis.links[l] && !self.collapsed(t.cn) && !self.collapsed(t.partner)
    }

    /// Calls `f(place, world distance)` for the places within `r` (world units) of `w`, in the
    /// arrangement the view rests in (none while the places move between two).
    pub fn places_near(&self, w: [f32; 2], r: f32, f: impl FnMut(usize, f32)) {
        let arrangement = match self.view.blend {
            b if b <= 0.0 => Arrangement::Map,
            b if b >= 1.0 => Arrangement::Network,
            _ => return,
        };
        self.data.place_index(arrangement).within(w, r, f);
    }

    /// A tie's curve on screen, from its Chinese end to its partner; `None` while either end
    /// has no position. Every place that draws or picks a tie goes through here.
    pub fn curve(&self, link: usize) -> Option<Curve> {
        let l = self.atlas().links.get(link)?;
        let (a, b) = (self.screen(l.cn)?, self.screen(l.partner)?);
        // Curved like a great circle on the map, straight in the network.
        Some(geometry::bent(a, b, 1.0 - self.view.blend))
    }

    /// How place `p` is drawn at the current zoom: a dot, or a ring for a region.
    pub fn marker(&self, p: usize) -> Marker {
        self.marker_at(self.sizes(), p)
    }

    /// Marker sizes at the current zoom (for loops over many places).
    pub fn sizes(&self) -> Sizes {
        Sizes::at(self.view.zoom())
    }

    /// How place `p` is drawn with `sizes`.
    pub fn marker_at(&self, sizes: Sizes, p: usize) -> Marker {
        let ring = self.atlas().places[p].level == Level::Province;
        sizes.marker(self.vis.degree[p], ring)
    }

    /// The outer radius of place `p`'s marker (CSS px) at the current zoom.
    pub fn radius(&self, p: usize) -> f32 {
        self.marker(p).outer()
    }

    /// How prominent place `p` is in the picture: its shown ties, and its level (a province or a
    /// municipality stands for more than a town with as many ties, a region's seat for more than
    /// its neighbours). Labels go to the most prominent first, and the most prominent of several
    /// stacked places is picked.
    pub fn prominence(&self, p: usize) -> f32 {
        let level = match self.atlas().places[p].level {
            Level::Province | Level::Municipality => 3.0,
            Level::City | Level::CountyCity => 1.0,
            Level::County | Level::Town => 0.5,
            Level::District => 0.0,
        };
        let seat = if self.data.is_seat(p) { 1.0 } else { 0.0 };
        self.vis.degree[p] as f32 + level + seat
    }

    pub fn selection(&self) -> Option<Item> {
        self.view.selection.as_ref()?.resolve(self.atlas())
    }

    pub fn hover(&self) -> Option<Item> {
        self.view.hover.as_ref()?.resolve(self.atlas())
    }
}
