//! What the user points at or has selected, by id: a place (`"jp-kobe"`), a tie between two
//! places (`"cn-tianjin~jp-kobe"`, the Chinese place first) or a region rolled up
//! (`"region-cn-jilin"`) or an event (`"event-2003-11-06-conference-wuxi"`). Ids survive a change of data and
//! can be written into a URL; positions in the current atlas ([`Item`]) are found when needed.

use crate::model::{Atlas, Item};

/// A place or a tie, by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    Place(String),
    Link {
        /// The Chinese place's id.
        cn: String,
        /// The partner's id.
        partner: String,
    },
    /// A province, prefecture or state, by its key (see [`crate::model::regions`]).
    Region(String),
    /// An event of the chronicle, by its id (without [`EVENT_PREFIX`]).
    Event(String),
}

/// Separates the two place ids of a tie's key; place ids never contain it.
pub const KEY_SEPARATOR: &str = "~";

/// Starts the key of an event; no place id starts with it.
pub const EVENT_PREFIX: &str = "event-";

impl Target {
    /// The target of an item of `atlas`.
    pub fn of(atlas: &Atlas, item: Item) -> Option<Self> {
        match item {
            Item::Place(p) => atlas.places.get(p).map(|p| Self::Place(p.id.clone())),
            Item::Link(l) => {
                let l = atlas.links.get(l)?;
                Some(Self::Link {
                    cn: atlas.places[l.cn].id.clone(),
                    partner: atlas.places[l.partner].id.clone(),
                })
            }
        }
    }

    /// The key: a place's id, or the two ids of a tie joined by `~`.
    pub fn key(&self) -> String {
        match self {
            Self::Place(id) => id.clone(),
            Self::Link { cn, partner } => format!("{cn}{KEY_SEPARATOR}{partner}"),
            Self::Region(key) => key.clone(),
            Self::Event(id) => format!("{EVENT_PREFIX}{id}"),
        }
    }

    /// Whether `atlas` holds the target.
    pub fn exists(&self, atlas: &Atlas) -> bool {
        match self {
            Self::Region(key) => atlas.regions().find(key).is_some(),
            Self::Event(id) => atlas.chronicle().event(id).is_some(),
            _ => self.resolve(atlas).is_some(),
        }
    }

    /// The region's index in `atlas.regions()`, for a region.
    pub fn region(&self, atlas: &Atlas) -> Option<usize> {
        match self {
            Self::Region(key) => atlas.regions().find(key),
            _ => None,
        }
    }

    /// The target a key names in `atlas`: a place id, or two place ids joined by `~` in either
    /// order (the result puts the Chinese place first). `None` when the atlas has no such thing.
    pub fn from_key(atlas: &Atlas, key: &str) -> Option<Self> {
        if key.starts_with(crate::model::regions::REGION_PREFIX) {
            return atlas
                .regions()
                .find(key)
                .map(|_| Self::Region(key.to_owned()));
        }
        if let Some(id) = key.strip_prefix(EVENT_PREFIX) {
            return (atlas.chronicle().event(id))
                .is_some()
                .then(|| Self::Event(id.to_owned()));
        }
        let item = match key.split_once(KEY_SEPARATOR) {
            None => Item::Place(atlas.index_of(key)?),
            Some((a, b)) => Item::Link(atlas.link_between(a, b)?),
        };
        Self::of(atlas, item)
    }

    /// The event's position in `atlas.chronicle().events()`, for an event.
    pub fn event(&self, atlas: &Atlas) -> Option<usize> {
        match self {
            Self::Event(id) => atlas.chronicle().event(id),
            _ => None,
        }
    }

    /// Where the place or tie is in `atlas`, if it is there (a region or an event is neither).
    pub fn resolve(&self, atlas: &Atlas) -> Option<Item> {
        match self {
            Self::Place(id) => atlas.index_of(id).map(Item::Place),
            Self::Link { cn, partner } => {
                let l = atlas.link_between(cn, partner)?;
                (atlas.places[atlas.links[l].cn].id == *cn).then_some(Item::Link(l))
            }
            Self::Region(_) | Self::Event(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn keys_round_trip_and_put_the_chinese_place_first() {
        let a = fixture();
        let kobe = Target::from_key(&a, "jp-kobe").unwrap();
        assert_eq!(kobe, Target::Place("jp-kobe".into()));
        assert_eq!(kobe.key(), "jp-kobe");
        let tie = Target::from_key(&a, "jp-kobe~cn-tianjin").unwrap();
        assert_eq!(tie.key(), "cn-tianjin~jp-kobe");
        assert_eq!(Target::from_key(&a, &tie.key()), Some(tie.clone()));
        let l = a.link_between("cn-tianjin", "jp-kobe").unwrap();
        assert_eq!(tie.resolve(&a), Some(Item::Link(l)));
        assert_eq!(Target::of(&a, Item::Link(l)), Some(tie));
        let (e, _) = crate::model::Atlas::embedded();
        let wuxi = Target::from_key(&e, "event-2003-11-06-conference-wuxi").unwrap();
        assert_eq!(wuxi, Target::Event("2003-11-06-conference-wuxi".into()));
        assert_eq!(wuxi.key(), "event-2003-11-06-conference-wuxi");
        assert!(wuxi.exists(&e) && wuxi.resolve(&e).is_none());
        assert_eq!(Target::from_key(&e, "event-1999-never"), None);
    }

    #[test]
    fn unknown_or_malformed_keys_name_nothing() {
        let a = fixture();
        for bad in [
            "",
            "nope",
            "~",
            "cn-tianjin~",
            "cn-tianjin~jp-osaka",
            "a~b~c",
            "cn-tianjin~jp-kobe~x",
        ] {
            assert_eq!(Target::from_key(&a, bad), None, "{bad}");
        }
        // A tie written the wrong way round does not resolve (keys are canonical).
        let backwards = Target::Link {
            cn: "jp-kobe".into(),
            partner: "cn-tianjin".into(),
        };
        assert_eq!(backwards.resolve(&a), None);
        assert_eq!(Target::Place("gone".into()).resolve(&a), None);
        assert_eq!(Target::of(&a, Item::Place(99)), None);
    }
}
