//! What has to follow a change of the view: which canvas layers, the panel, the tooltip, the
//! URL and the other parts of the page. [`super::update`] says it; the shell does it.

/// What has to follow a change of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dirty {
    /// The canvases must take the viewport's size.
    pub size: bool,
    /// The camera moved: the land and network layers follow (a shell may slide the last
    /// drawing while a gesture lasts and redraw when it settles).
    pub camera: bool,
    /// What the network layer shows changed (selection, filters, data): redraw it now.
    pub network: bool,
    pub overlay: bool,
    /// The details panel shows the selection.
    pub panel: bool,
    /// The tooltip shows the hover, where the pointer is.
    pub tooltip: bool,
    /// The legend and status line describe the data and filters.
    pub legend: bool,
    /// The part of the view a URL can hold changed.
    pub url: bool,
    /// The search box shows the query.
    pub query: bool,
    /// The table of ties shows what the view says.
    pub table: bool,
    /// The timeline shows its year and its player.
    pub timeline: bool,
    /// The list of hubs shows what the view says.
    pub hubs: bool,
}

impl Dirty {
    pub const NONE: Dirty = Dirty {
        size: false,
        camera: false,
        network: false,
        overlay: false,
        panel: false,
        tooltip: false,
        legend: false,
        url: false,
        query: false,
        table: false,
        timeline: false,
        hubs: false,
    };
    pub const ALL: Dirty = Dirty {
        size: true,
        camera: true,
        network: true,
        overlay: true,
        panel: true,
        tooltip: true,
        legend: true,
        url: true,
        query: true,
        table: true,
        timeline: true,
        hubs: true,
    };
    pub(super) const CAMERA: Dirty = Dirty {
        camera: true,
        overlay: true,
        url: true,
        ..Dirty::NONE
    };

    pub fn any(&self) -> bool {
        *self != Dirty::NONE
    }
}
