//! The land layer: ocean and land, filled only. It depends on the camera alone, so a shell can
//! keep it on a canvas of its own that selection and filter changes never redraw.

use super::{palette, Batch, Scene, Shape, Style};
use crate::geo::{Land, LandKind};
use crate::geometry::boxes_meet;
use crate::view::ViewState;

pub fn build_land(land: &Land, view: &ViewState) -> Scene {
    let mut scene = Scene::new(view.vp, Some(palette::OCEAN));
    // The network has no geography: no land once the places leave the map.
    if !view.layers.land || view.blend > 0.0 {
        return scene;
    }
    let w = view.camera.visible_world(view.vp);
    let mut other = Batch::new(Style::fill(palette::LAND));
    let mut focus = Batch::new(Style::fill(palette::LAND_FOCUS));
    for ring in &land.rings {
        if !boxes_meet(&ring.bbox, &w) {
            continue;
        }
        let pts = ring.points.iter().map(|&p| view.to_screen(p)).collect();
        let batch = if ring.kind == LandKind::Other {
            &mut other
        } else {
            &mut focus
        };
        batch.shapes.push(Shape::Polygon(pts));
    }
    // Filled, not outlined: the rings are clipped to the atlas's window (an outline would show
    // the cuts), and thin outlines cost more to raster than all the fills together.
    scene.batches = vec![other, focus];
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Viewport;

    #[test]
    fn land_outside_the_view_is_culled_and_the_ocean_stays() {
        let land = Land::decode(crate::data::embedded::LAND).unwrap();
        let vp = Viewport::new(800.0, 500.0, 1.0);
        // The whole Pacific window of the atlas.
        let mut v = ViewState::home([-60.0, -60.0, 60.0, -15.0], vp);
        let s = build_land(&land, &v);
        assert_eq!(s.background, Some(palette::OCEAN));
        let all = s.shape_count();
        assert!(all > 50);
        // Zoomed into open ocean far from any coast: no ring.
        v.camera.center = [0.0, -5.0];
        v.camera.scale *= 50.0;
        let empty = build_land(&land, &v);
        assert!(empty.shape_count() < all / 10, "{}", empty.shape_count());
        v.layers.land = false;
        assert_eq!(build_land(&land, &v).shape_count(), 0);
    }
}
