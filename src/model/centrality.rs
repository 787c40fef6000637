//! Betweenness: how often a place lies on the shortest paths between two others, counted over
//! the ties shown (Brandes' algorithm, unweighted). A place with a high score bridges groups of
//! places that would otherwise be far apart or unconnected.

use super::Atlas;
use std::collections::VecDeque;

/// Each place's betweenness over the ties `shown`, as a share of the pairs of other places
/// (0 to 1).
pub fn betweenness(atlas: &Atlas, shown: &[bool]) -> Vec<f64> {
    let n = atlas.places.len();
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (l, _) in atlas
        .links
        .iter()
        .zip(shown)
        .filter(|(l, &s)| s && l.cn != l.partner)
    {
        adj[l.cn].push(l.partner);
        adj[l.partner].push(l.cn);
    }
    let mut score = vec![0.0f64; n];
    let mut order = Vec::with_capacity(n);
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![-1i64; n];
    let mut delta = vec![0.0f64; n];
    let mut queue = VecDeque::new();
    for s in (0..n).filter(|&s| !adj[s].is_empty()) {
        order.clear();
        for p in &mut preds {
            p.clear();
        }
        sigma.fill(0.0);
        dist.fill(-1);
        delta.fill(0.0);
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        while let Some(w) = order.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                score[w] += delta[w];
            }
        }
    }
    // Each pair was counted from both ends; share of the (n-1)(n-2)/2 pairs of others.
    let pairs = ((n.saturating_sub(1)) * (n.saturating_sub(2))) as f64;
    if pairs > 0.0 {
        for v in &mut score {
            *v /= pairs;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn the_middle_of_a_path_bridges_and_its_ends_do_not() {
        let a = fixture();
        let all = vec![true; a.links.len()];
        let b = betweenness(&a, &all);
        // In the fixture, a place with two or more partners lies between them.
        for (p, place) in a.places.iter().enumerate() {
            if place.degree() < 2 {
                assert_eq!(b[p], 0.0, "{}", place.id);
            }
        }
        assert!(b.iter().any(|&x| x > 0.0));
        assert!(b.iter().all(|&x| (0.0..=1.0).contains(&x)));
        // Without ties nothing bridges.
        assert!(betweenness(&a, &vec![false; a.links.len()])
            .iter()
            .all(|&x| x == 0.0));
    }

    #[test]
    fn a_star_centre_bridges_every_pair_of_its_leaves() {
        use crate::model::{Country, Kind, Level, Link, Names, Place};
        let place = |id: &str, c| Place {
            id: id.into(),
            country: c,
            level: Level::City,
            names: Names::default(),
            region_en: String::new(),
            region_local: String::new(),
            coord: None,
            coord_source: String::new(),
            links: Vec::new(),
        };
        let mut places = vec![place("cn-hub", Country::CN)];
        places.extend((0..3).map(|i| place(&format!("jp-{i}"), Country::JP)));
        let links = (1..4)
            .map(|i| Link {
                cn: 0,
                partner: i,
                kind: Kind::Sister,
                date: None,
                date_source: String::new(),
                sources: Vec::new(),
                primary: String::new(),
                note: String::new(),
            })
            .collect();
        let a = Atlas::from_parts(places, links, Vec::new());
        let b = betweenness(&a, &[true; 3]);
        // All 3 pairs of leaves of the 3 pairs of other places pass through the hub.
        assert_eq!(b[0], 1.0);
        assert_eq!(&b[1..], &[0.0; 3]);
    }
}
