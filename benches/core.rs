//! Criterion benchmarks of the pure core at real size and at 10× and 100× synthetic sizes:
//! parsing, layout, scene building, label placement and picking (places, and ties at 100,000).
//!
//!     cargo bench --bench core
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use sister_atlas::dataset::Dataset;
use sister_atlas::geo::Land;
use sister_atlas::labels::{self, Candidate, Obstacle};
use sister_atlas::layout::Layout;
use sister_atlas::model::Atlas;
use sister_atlas::pick::{self, LinkGrid, PlaceIndex, Pointer};
use sister_atlas::scene::{self, SceneInput};
use sister_atlas::search::SearchIndex;
use sister_atlas::synthetic::{self, Mulberry32};
use sister_atlas::view::{Derived, ViewState, Viewport, Visibility};

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

/// `n` seeded points of the surface.
fn points(n: usize) -> Vec<[f32; 2]> {
    let mut rng = Mulberry32::new(7);
    (0..n)
        .map(|_| {
            let x = rng.next_f64() as f32 * VP.width;
            [x, rng.next_f64() as f32 * VP.height]
        })
        .collect()
}

/// The dataset of `atlas` at the home view, with what the filters let through.
fn at_home(atlas: Atlas) -> Option<(Dataset, ViewState, Visibility)> {
    let data = Dataset::new(atlas, Vec::new()).ok()?;
    let view = ViewState::home(data.bounds(), VP);
    let vis = Derived::default().visibility(&data, &view.filters).clone();
    Some((data, view, vis))
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
    let (atlas, _) = sister_atlas::model::Atlas::embedded();
    c.bench_function("search/index-build", |b| {
        b.iter(|| SearchIndex::new(black_box(&atlas)))
    });
    let index = SearchIndex::new(&atlas);
    // A reader typing "shanghai", a keystroke at a time.
    c.bench_function("search/8-keystrokes", |b| {
        b.iter(|| {
            (1..=8)
                .map(|n| index.search(black_box(&"shanghai"[..n])).len())
                .sum::<usize>()
        })
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
        // The network layout of the real data only: the synthetic networks are one big group
        // each, seconds to lay out, which the page does once at the first switch.
        if name.starts_with("real") {
            g.bench_with_input(BenchmarkId::new("network-layout", &name), &atlas, |b, a| {
                b.iter(|| Layout::network(a, sister_atlas::layout::SEED))
            });
        }
        let Some((data, view, vis)) = at_home(atlas) else {
            continue;
        };
        let input = SceneInput {
            data: &data,
            view: &view,
            vis: &vis,
        };
        g.bench_with_input(BenchmarkId::new("scene-network", &name), &input, |b, i| {
            b.iter(|| scene::build_network(i, &scene::drawn_links(i)))
        });
        g.bench_with_input(BenchmarkId::new("scene-land", &name), &view, |b, v| {
            b.iter(|| scene::build_land(&land, v))
        });
        g.bench_with_input(
            BenchmarkId::new("pick-index-build", &name),
            &data,
            |b, d| b.iter(|| PlaceIndex::new(d.layout())),
        );
        // 1000 queries at seeded random points of the visible world, radius 8 px.
        let w = view.camera.visible_world(VP);
        let queries: Vec<[f32; 2]> = points(1000)
            .into_iter()
            .map(|p| {
                [
                    w[0] + (w[2] - w[0]) * p[0] / VP.width,
                    w[1] + (w[3] - w[1]) * p[1] / VP.height,
                ]
            })
            .collect();
        let r = 8.0 / view.camera.scale;
        g.bench_with_input(
            BenchmarkId::new("pick-1000-queries", &name),
            &data,
            |b, d| {
                b.iter(|| {
                    queries
                        .iter()
                        .filter_map(|&q| d.index().nearest(q, r, |_, _| true))
                        .count()
                })
            },
        );
        let candidates: Vec<Candidate> = data
            .atlas()
            .places
            .iter()
            .zip(&data.layout().pos)
            .filter_map(|(p, pos)| {
                let s = view.camera.world_to_screen((*pos)?, VP);
                Some(Candidate {
                    text: p.names.en.clone(),
                    at: s,
                    gap: 4.0,
                    size: 11.5,
                    priority: p.degree() as f32,
                    place: None,
                })
            })
            .collect();
        // The markers' middles, which keep lesser labels off (as the network layer sets them).
        let obstacles: Vec<Obstacle> = candidates
            .iter()
            .map(|c| {
                let [x, y] = c.at;
                Obstacle {
                    rect: [x - 2.0, y - 2.0, x + 2.0, y + 2.0],
                    keeps_out: c.priority,
                    place: c.place,
                }
            })
            .collect();
        g.bench_with_input(BenchmarkId::new("labels", &name), &candidates, |b, c| {
            b.iter(|| labels::layout(c.clone(), VP.width, VP.height, &[], &obstacles, 113))
        });
    }
    g.finish();
}

/// A pointer move over the whole network: the place under it, else the drawn tie under it, on
/// the real network and at 100,000 ties (where the picture draws a sample).
fn pick_moves(c: &mut Criterion) {
    let mut g = c.benchmark_group("pick");
    g.sample_size(20);
    let (real, _) = Atlas::embedded();
    let nets = [
        (format!("real-{}", real.links.len()), real),
        (
            "synthetic-100000".to_owned(),
            synthetic::network(100_000, 42),
        ),
    ];
    let moves = points(1000);
    for (name, atlas) in nets {
        let Some((data, view, vis)) = at_home(atlas) else {
            continue;
        };
        let input = SceneInput {
            data: &data,
            view: &view,
            vis: &vis,
        };
        let drawn = scene::drawn_links(&input);
        g.bench_with_input(BenchmarkId::new("tie-grid-build", &name), &drawn, |b, d| {
            b.iter_batched(
                || d.clone(),
                LinkGrid::new,
                criterion::BatchSize::LargeInput,
            )
        });
        let grid = LinkGrid::new(drawn);
        g.bench_with_input(
            BenchmarkId::new("1000-pointer-moves", &name),
            &input,
            |b, i| {
                b.iter(|| {
                    moves
                        .iter()
                        .filter(|&&at| {
                            pick::item_at(i, Some(&grid), &[], at, Pointer::Mouse).is_some()
                        })
                        .count()
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, parse, layout_scene_pick, pick_moves);
criterion_main!(benches);
