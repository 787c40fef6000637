//! Geography: the Pacific-centred projection and the land outlines.
//!
//! World coordinates are "projected degrees": `x` grows eastward from the 180th meridian, scaled by
//! the cosine of the standard parallel (an equirectangular projection true at 35°N, the middle of
//! the atlas's latitudes); `y` grows southward so that it matches screen coordinates.

/// Standard parallel of the equirectangular projection, in degrees.
pub const STANDARD_PARALLEL: f64 = 35.0;
/// Central meridian: the Pacific in the middle, Asia on the left and the Americas on the right.
pub const CENTRAL_MERIDIAN: f64 = 180.0;

fn kx() -> f64 {
    STANDARD_PARALLEL.to_radians().cos()
}

/// Longitude in degrees east, brought into 0…360 so that the Pacific is continuous.
fn lon360(lon: f64) -> f64 {
    lon.rem_euclid(360.0)
}

/// (lat, lon) in degrees → world point.
pub fn project(lat: f64, lon: f64) -> [f64; 2] {
    [(lon360(lon) - CENTRAL_MERIDIAN) * kx(), -lat]
}

/// World point → (lat, lon) in degrees, lon in −180…180.
pub fn unproject(p: [f64; 2]) -> (f64, f64) {
    let lon = (p[0] / kx() + CENTRAL_MERIDIAN).rem_euclid(360.0);
    let lon = if lon > 180.0 { lon - 360.0 } else { lon };
    (-p[1], lon)
}

/// Whose land a ring outlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LandKind {
    Other,
    China,
    Japan,
    Korea,
    UnitedStates,
}

/// One closed ring of land, in world coordinates, with its bounding box.
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    pub kind: LandKind,
    pub points: Vec<[f32; 2]>,
    pub bbox: [f32; 4],
}

/// Land outlines (Natural Earth 1:50m countries, preprocessed by `tools/land.mjs`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Land {
    pub rings: Vec<Ring>,
}

impl Land {
    /// Decodes `data/land.bin`. Errors name the byte offset where the data stopped making sense.
    pub fn decode(bytes: &[u8]) -> Result<Self, String> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != b"LND1" {
            return Err("land outlines: not a LND1 file".to_owned());
        }
        let count = u32::from_le_bytes(
            r.take(4)?
                .try_into()
                .map_err(|_| "land outlines: short header".to_owned())?,
        );
        let mut rings = Vec::with_capacity(count.min(10_000) as usize);
        for _ in 0..count {
            let kind = match r.take(1)?[0] {
                0 => LandKind::Other,
                1 => LandKind::China,
                2 => LandKind::Japan,
                3 => LandKind::Korea,
                4 => LandKind::UnitedStates,
                k => return Err(format!("land outlines: unknown kind {k} at byte {}", r.pos)),
            };
            let n = r.leb()? as usize;
            if n > bytes.len() {
                return Err(format!("land outlines: ring too long at byte {}", r.pos));
            }
            let mut points = Vec::with_capacity(n);
            let (mut qx, mut qy) = (0i64, 0i64);
            let mut bbox = [f32::MAX, f32::MAX, f32::MIN, f32::MIN];
            for _ in 0..n {
                qx += r.zigzag()?;
                qy += r.zigzag()?;
                let (lon, lat) = (qx as f64 / 50.0, qy as f64 / 50.0);
                let p = project(lat, lon);
                let p = [p[0] as f32, p[1] as f32];
                bbox = [
                    bbox[0].min(p[0]),
                    bbox[1].min(p[1]),
                    bbox[2].max(p[0]),
                    bbox[3].max(p[1]),
                ];
                points.push(p);
            }
            rings.push(Ring { kind, points, bbox });
        }
        if r.pos != bytes.len() {
            return Err(format!(
                "land outlines: {} bytes left over",
                bytes.len() - r.pos
            ));
        }
        Ok(Self { rings })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.pos + n;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| format!("land outlines: truncated at byte {}", self.pos))?;
        self.pos = end;
        Ok(s)
    }
    fn leb(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 127) << shift;
            if b & 128 == 0 {
                return Ok(v);
            }
        }
        Err(format!("land outlines: bad number at byte {}", self.pos))
    }
    fn zigzag(&mut self) -> Result<i64, String> {
        let v = self.leb()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pacific_in_the_middle_asia_left_america_right() {
        let tianjin = project(39.13, 117.2);
        let kobe = project(34.69, 135.19);
        let honolulu = project(21.3, -157.86);
        let philadelphia = project(39.95, -75.16);
        assert!(tianjin[0] < kobe[0]);
        assert!(kobe[0] < 0.0 && honolulu[0] > 0.0);
        assert!(honolulu[0] < philadelphia[0]);
        // North is up.
        assert!(project(45.0, 126.0)[1] < project(20.0, 110.0)[1]);
    }

    #[test]
    fn unproject_inverts_project() {
        for &(lat, lon) in &[
            (39.13, 117.2),
            (21.3, -157.86),
            (64.8, -147.7),
            (0.0, 180.0),
        ] {
            let (la, lo) = unproject(project(lat, lon));
            assert!(
                (la - lat).abs() < 1e-9 && (lo - lon).abs() < 1e-9,
                "{lat},{lon}"
            );
        }
    }

    #[test]
    fn embedded_land_decodes_with_the_four_countries() {
        let land = Land::decode(crate::data::embedded::LAND).unwrap();
        assert!(land.rings.len() > 100);
        for kind in [
            LandKind::China,
            LandKind::Japan,
            LandKind::Korea,
            LandKind::UnitedStates,
        ] {
            assert!(land.rings.iter().any(|r| r.kind == kind), "{kind:?}");
        }
        // The projected outlines stay within the clipped window (40°E … 40°W).
        for r in &land.rings {
            assert!(r.bbox[0] >= ((40.0 - 180.0) * kx()) as f32 - 0.01);
            assert!(r.bbox[2] <= ((320.0 - 180.0) * kx()) as f32 + 0.01);
        }
    }

    #[test]
    fn broken_land_is_an_error_not_a_panic() {
        let bytes = crate::data::embedded::LAND;
        assert!(Land::decode(&bytes[..bytes.len() - 3]).is_err());
        assert!(Land::decode(b"XXXX").is_err());
        assert!(Land::decode(b"").is_err());
        let mut extra = bytes.to_vec();
        extra.push(0);
        assert!(Land::decode(&extra).is_err());
    }
}
