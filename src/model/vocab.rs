//! The data's controlled vocabularies: countries, administrative levels, kinds of tie, dates and
//! names. Parsing from the CSV words lives here; labels for people live in [`crate::details`].

use std::ops::{Index, IndexMut};

/// The four countries of the atlas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    CN,
    JP,
    KR,
    US,
}

impl Country {
    pub const ALL: [Country; 4] = [Country::CN, Country::JP, Country::KR, Country::US];
    /// The partner countries, in display order.
    pub const PARTNERS: [Country; 3] = [Country::JP, Country::KR, Country::US];

    pub fn parse(code: &str) -> Option<Self> {
        Some(match code {
            "CN" => Self::CN,
            "JP" => Self::JP,
            "KR" => Self::KR,
            "US" => Self::US,
            _ => return None,
        })
    }
    pub fn code(self) -> &'static str {
        match self {
            Self::CN => "CN",
            Self::JP => "JP",
            Self::KR => "KR",
            Self::US => "US",
        }
    }
    /// The country's English name (validation messages and the panel say it the same way).
    pub fn name(self) -> &'static str {
        match self {
            Self::CN => "China",
            Self::JP => "Japan",
            Self::KR => "South Korea",
            Self::US => "United States",
        }
    }
    /// Rough bounding box (lat min, lat max, lon min, lon max) used to catch wrong geocodes.
    pub fn bbox(self) -> (f64, f64, f64, f64) {
        match self {
            Self::CN => (18.0, 54.0, 73.0, 135.5),
            Self::JP => (24.0, 46.0, 122.0, 146.0),
            Self::KR => (33.0, 39.0, 124.0, 132.0),
            Self::US => (18.0, 72.0, -180.0, -66.0),
        }
    }
    fn slot(self) -> usize {
        match self {
            Self::CN => 0,
            Self::JP => 1,
            Self::KR => 2,
            Self::US => 3,
        }
    }
}

/// One value per country, indexed by [`Country`] (no index arithmetic at the call sites).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PerCountry<T>([T; 4]);

impl<T: Copy> PerCountry<T> {
    /// Every country with the same value.
    pub const fn splat(v: T) -> Self {
        Self([v; 4])
    }
    /// The values of the three partner countries, in [`Country::PARTNERS`] order.
    pub fn partners(&self) -> [T; 3] {
        Country::PARTNERS.map(|c| self[c])
    }
}

impl<T> Index<Country> for PerCountry<T> {
    type Output = T;
    fn index(&self, c: Country) -> &T {
        &self.0[c.slot()]
    }
}

impl<T> IndexMut<Country> for PerCountry<T> {
    fn index_mut(&mut self, c: Country) -> &mut T {
        &mut self.0[c.slot()]
    }
}

/// Administrative level of a place (the data's controlled vocabulary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Province,
    Municipality,
    City,
    CountyCity,
    County,
    District,
    Town,
}

impl Level {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "province" => Self::Province,
            "municipality" => Self::Municipality,
            "city" => Self::City,
            "county-city" => Self::CountyCity,
            "county" => Self::County,
            "district" => Self::District,
            "town" => Self::Town,
            _ => return None,
        })
    }
    pub fn tier(self) -> Tier {
        match self {
            Self::Province | Self::Municipality => Tier::Province,
            Self::City | Self::CountyCity | Self::County | Self::Town => Tier::City,
            Self::District => Tier::District,
        }
    }
}

/// The three tiers the legend and filters speak of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    Province,
    City,
    District,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Province, Tier::City, Tier::District];
    /// Position in [`Tier::ALL`].
    pub fn index(self) -> usize {
        match self {
            Self::Province => 0,
            Self::City => 1,
            Self::District => 2,
        }
    }
}

/// What the two sides call their tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Sister,
    Friendship,
    Exchange,
    Unknown,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "sister" => Self::Sister,
            "friendship" => Self::Friendship,
            "exchange" => Self::Exchange,
            "" => Self::Unknown,
            _ => return None,
        })
    }
}

/// A date of establishment: a year, with month and day where the source gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The first year a tie can have (Tianjin–Kobe, 1973) and the last the data may name.
pub const YEAR_RANGE: (u16, u16) = (1973, 2026);

/// Days in `month` of `year` (Gregorian).
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `s` as a number when it is exactly `len` ASCII digits (no sign, no space).
fn digits(s: &str, len: usize) -> Option<u16> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: digits only, a real calendar day, a year in
    /// [`YEAR_RANGE`].
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("“{s}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = s.split('-').collect();
        if parts.len() > 3 {
            return Err(bad());
        }
        let year = digits(parts[0], 4).ok_or_else(bad)?;
        let month = match parts.get(1) {
            Some(m) => Some(
                digits(m, 2)
                    .and_then(|m| u8::try_from(m).ok())
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(bad)?,
            ),
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(d), Some(m)) => {
                let d = digits(d, 2)
                    .and_then(|d| u8::try_from(d).ok())
                    .ok_or_else(bad)?;
                if d == 0 || d > days_in_month(year, m) {
                    return Err(format!("“{s}” is not a day of the calendar"));
                }
                Some(d)
            }
            _ => None,
        };
        if !(YEAR_RANGE.0..=YEAR_RANGE.1).contains(&year) {
            return Err(format!(
                "year {year} is outside {}–{}",
                YEAR_RANGE.0, YEAR_RANGE.1
            ));
        }
        Ok(Self { year, month, day })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A place's names in every script the data has (empty strings where unknown).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub en: String,
    pub zh: String,
    /// The traditional characters, where they differ from `zh`.
    pub zh_hant: String,
    pub ja: String,
    pub kana: String,
    pub ko: String,
}

impl Names {
    /// The name in the place's own script (汉字 for China, 日本語 for Japan, 한글 for Korea).
    pub fn local(&self, country: Country) -> &str {
        match country {
            Country::CN => &self.zh,
            Country::JP => &self.ja,
            Country::KR => &self.ko,
            Country::US => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_print_back() {
        assert_eq!(
            Date::parse("1973-06-24"),
            Ok(Date {
                year: 1973,
                month: Some(6),
                day: Some(24)
            })
        );
        for ok in ["1980", "1980-07", "1980-02-29", "2000-02-29", "2024-12-31"] {
            assert_eq!(Date::parse(ok).map(|d| d.to_string()), Ok(ok.to_owned()));
        }
    }

    #[test]
    fn dates_reject_signs_impossible_days_and_other_forms() {
        for bad in [
            "80",
            "1980-7",
            "1980-13",
            "1980-00",
            "1980-01-32",
            "1980-01-00",
            "1980-+1",
            "+980",
            "2000-+2-+3",
            "1980-02-31",
            "1981-02-29",
            "1900-02-29",
            "2026-11-31",
            "1972",
            "2031",
            "1980-01-01-01",
            "1980-01-",
            "1980--01",
            " 1980",
            "x",
            "",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn vocabularies_read_their_own_words() {
        for (word, l) in [
            ("province", Level::Province),
            ("municipality", Level::Municipality),
            ("city", Level::City),
            ("county-city", Level::CountyCity),
            ("county", Level::County),
            ("district", Level::District),
            ("town", Level::Town),
        ] {
            assert_eq!(Level::parse(word), Some(l));
        }
        for c in Country::ALL {
            assert_eq!(Country::parse(c.code()), Some(c));
        }
        assert_eq!(Level::parse("City"), None);
        assert_eq!(Country::parse("cn"), None);
    }

    #[test]
    fn per_country_is_indexed_by_country() {
        let mut n = PerCountry::splat(0usize);
        n[Country::KR] += 2;
        n[Country::US] += 1;
        assert_eq!(n.partners(), [0, 2, 1]);
        assert_eq!(n[Country::CN], 0);
    }
}
