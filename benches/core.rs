//! Criterion benchmarks of the pure core at real size and at 10× and 100× synthetic sizes:
//! parsing, layout, scene building, label placement and picking.
//!
//!     cargo bench --bench core
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use sister_atlas::geo::Land;
use sister_atlas::labels::{self, Candidate};
use sister_atlas::layout::Layout;
use sister_atlas::model::Atlas;
use sister_atlas::pick::PlaceIndex;
use sister_atlas::scene::{self, Visibility};
use sister_atlas::synthetic::{self, Mulberry32};
use sister_atlas::view::{ViewState, Viewport};

const VP: Viewport = Viewport {
    width: 1280.0,
    height: 800.0,
    dpr: 2.0,
};

/// The real network and synthetic ones of 10× and 100× its size.
fn networks() -> Vec<(String, Atlas)> {
    let (real, _) = Atlas::embedded();
    let n = real.links.len();
    vec![
        (format!("real-{n}"), real),
        (
            format!("synthetic-{}", n * 10),
            synthetic::network(n * 10, 42),
        ),
        (
            format!("synthetic-{}", n * 100),
            synthetic::network(n * 100, 42),
        ),
    ]
}

fn parse(c: &mut Criterion) {
    use sister_atlas::data::embedded as e;
    c.bench_function("parse/embedded-csv", |b| {
        b.iter(|| {
            Atlas::from_csv(
                black_box(e::PLACES),
                black_box(e::LINKS),
                black_box(e::SOURCES),
            )
        })
    });
    c.bench_function("parse/land-outlines", |b| {
        b.iter(|| Land::decode(black_box(e::LAND)))
    });
}

fn layout_scene_pick(c: &mut Criterion) {
    let land = Land::decode(sister_atlas::data::embedded::LAND).unwrap_or_default();
    let mut g = c.benchmark_group("core");
    g.sample_size(20);
    for (name, atlas) in networks() {
        g.bench_with_input(BenchmarkId::new("layout", &name), &atlas, |b, a| {
            b.iter(|| Layout::geographic(a))
        });
        let layout = Layout::geographic(&atlas);
        let Some(bounds) = layout.bounds() else {
            continue;
        };
        let view = ViewState::home(bounds, VP);
        let vis = Visibility::compute(&atlas, &view);
        g.bench_with_input(BenchmarkId::new("scene-network", &name), &atlas, |b, a| {
            b.iter(|| scene::build_network(a, &layout, &view, &vis, VP))
        });
        g.bench_with_input(BenchmarkId::new("scene-land", &name), &atlas, |b, _| {
            b.iter(|| scene::build_land(&land, &view, VP))
        });
        let index = PlaceIndex::new(&layout);
        g.bench_with_input(
            BenchmarkId::new("pick-index-build", &name),
            &atlas,
            |b, _| b.iter(|| PlaceIndex::new(&layout)),
        );
        // 1000 queries at seeded random points of the visible world, radius 8 px.
        let mut rng = Mulberry32::new(7);
        let w = view.camera.visible_world(VP);
        let queries: Vec<[f32; 2]> = (0..1000)
            .map(|_| {
                [
                    w[0] + (w[2] - w[0]) * rng.next_f64() as f32,
                    w[1] + (w[3] - w[1]) * rng.next_f64() as f32,
                ]
            })
            .collect();
        let r = 8.0 / view.camera.scale;
        g.bench_with_input(
            BenchmarkId::new("pick-1000-queries", &name),
            &atlas,
            |b, _| {
                b.iter(|| {
                    queries
                        .iter()
                        .filter_map(|&q| index.nearest(q, r, |_, _| true))
                        .count()
                })
            },
        );
        let candidates: Vec<Candidate> = atlas
            .places
            .iter()
            .zip(&layout.pos)
            .filter_map(|(p, pos)| {
                let s = view.camera.world_to_screen((*pos)?, VP);
                Some(Candidate {
                    text: p.names.en.clone(),
                    at: s,
                    gap: 4.0,
                    size: 11.5,
                    priority: p.degree() as f32,
                })
            })
            .collect();
        g.bench_with_input(BenchmarkId::new("labels", &name), &atlas, |b, _| {
            b.iter(|| labels::place(candidates.clone(), VP.width, VP.height, &[], 113))
        });
    }
    g.finish();
}

criterion_group!(benches, parse, layout_scene_pick);
criterion_main!(benches);
