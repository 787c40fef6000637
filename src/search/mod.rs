//! Finding places by name, in any of the scripts the data has and in the usual romanisations:
//! pinyin with or without tones, spaces and apostrophes (`xian`, `Xi'an`, `Xī'ān`), Hepburn
//! with or without macrons (`Hyogo`, `Hyōgo`), kana in hiragana or katakana, hangul, and the
//! older Korean romanisation (`Pusan`, `Taegu`, `Inch'ŏn` for Busan, Daegu, Incheon). Results
//! are ranked by how well they match (the whole name, its start, the start of a word, anywhere),
//! then by number of partners.

mod events;
mod variant_table;
mod variants;

pub use events::EventKeys;

use crate::model::{Atlas, Country};

/// How well a key matches a query; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Quality {
    Whole,
    Start,
    Word,
    Inside,
}

/// One searchable spelling of a place's name.
#[derive(Debug, Clone)]
struct Key {
    place: u32,
    /// The folded spelling.
    text: String,
    /// Where its words start (byte offsets in `text`), besides 0.
    words: Vec<u16>,
    /// A Korean place's romanisation folded loosely (see [`loose_korean`]).
    loose: bool,
}

/// The names of every place, folded for matching.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    keys: Vec<Key>,
    degree: Vec<u32>,
}

impl SearchIndex {
    pub fn new(atlas: &Atlas) -> Self {
        let mut keys = Vec::new();
        for (i, p) in atlas.places.iter().enumerate() {
            let n = &p.names;
            let mut spellings: Vec<(&str, bool)> = vec![(&n.en, false)];
            for local in [&n.zh, &n.zh_hant, &n.ja, &n.kana, &n.ko] {
                spellings.push((local, false));
                spellings.push((without_suffix(local), false));
            }
            if p.country == Country::KR {
                spellings.push((&n.en, true));
            }
            let first = keys.len();
            for (name, loose) in spellings {
                let (text, words) = fold_words(name, loose);
                let known = keys[first..]
                    .iter()
                    .any(|k: &Key| k.text == text && k.loose == loose);
                if !text.is_empty() && !known {
                    keys.push(Key {
                        place: i as u32,
                        text,
                        words,
                        loose,
                    });
                }
            }
        }
        Self {
            keys,
            degree: atlas.places.iter().map(|p| p.links.len() as u32).collect(),
        }
    }

    /// The places whose names match `query`, best first; an empty query finds nothing.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let (q, _) = fold_words(query, false);
        if q.is_empty() {
            return Vec::new();
        }
        let (lq, _) = fold_words(query, true);
        // The best quality of each place's spellings.
        let mut by_place: Vec<Option<Quality>> = vec![None; self.degree.len()];
        for k in &self.keys {
            let q = if k.loose { &lq } else { &q };
            if let (Some(quality), Some(b)) = (quality(k, q), by_place.get_mut(k.place as usize)) {
                *b = Some(b.map_or(quality, |b| b.min(quality)));
            }
        }
        let mut best: Vec<(Quality, usize)> = by_place
            .into_iter()
            .enumerate()
            .filter_map(|(p, q)| Some((q?, p)))
            .collect();
        best.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(self.degree[b.1].cmp(&self.degree[a.1]))
                .then(a.1.cmp(&b.1))
        });
        best.into_iter().map(|(_, p)| p).collect()
    }
}

fn quality(k: &Key, q: &str) -> Option<Quality> {
    let t = k.text.as_str();
    if t == q {
        Some(Quality::Whole)
    } else if t.starts_with(q) {
        Some(Quality::Start)
    } else if k
        .words
        .iter()
        .any(|&w| t.get(w as usize..).is_some_and(|rest| rest.starts_with(q)))
    {
        Some(Quality::Word)
    } else if t.contains(q) {
        Some(Quality::Inside)
    } else {
        None
    }
}

/// A name without its administrative suffix (天津市 → 天津, 부산광역시 → 부산, 神戸市 → 神戸), when
/// something is left.
fn without_suffix(name: &str) -> &str {
    const SUFFIXES: [&str; 19] = [
        "특별자치시",
        "특별자치도",
        "특별시",
        "광역시",
        "自治州",
        "自治区",
        "市",
        "区",
        "县",
        "省",
        "県",
        "府",
        "都",
        "町",
        "村",
        "시",
        "군",
        "구",
        "도",
    ];
    SUFFIXES
        .iter()
        .find_map(|s| {
            name.strip_suffix(s)
                .filter(|stem| stem.chars().count() >= 2)
        })
        .unwrap_or(name)
}

/// `s` folded for matching, and where its words start: lower case, Latin letters without their
/// diacritics (tones, macrons, breves), full-width Latin as plain, katakana as hiragana, and no
/// spaces, apostrophes, hyphens, dots, commas or brackets. With `loose`, the folding of
/// [`loose_korean`] follows.
fn fold_words(s: &str, loose: bool) -> (String, Vec<u16>) {
    let mut out = String::with_capacity(s.len());
    let mut words = Vec::new();
    let mut gap = false;
    for c in s.chars() {
        if is_separator(c) {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() && out.len() < usize::from(u16::MAX) {
            words.push(out.len() as u16);
        }
        gap = false;
        out.push(plain(c));
    }
    if loose {
        return (loose_korean(&out), Vec::new());
    }
    (out, words)
}

/// Spaces and punctuation that names and queries write in several ways (Xi'an, Xi’an, Xi an;
/// 北海道・札幌). Everything else is part of a word. (No Unicode property tables: they would
/// weigh more in the wasm than the whole search.)
fn is_separator(c: char) -> bool {
    (c.is_ascii() && !c.is_ascii_alphanumeric())
        || matches!(
            c,
            '\u{a0}'
                | '\u{b7}'
                | '\u{2bc}'
                | '\u{2010}'..='\u{2015}'
                | '\u{2018}'..='\u{201f}'
                | '\u{3000}'..='\u{3003}'
                | '\u{30fb}'
                | '\u{ff08}'
                | '\u{ff09}'
                | '\u{ff0c}'
                | '\u{ff0e}'
        )
}

/// A Latin letter in lower case and without its diacritic, full-width Latin as plain, katakana
/// as hiragana, a traditional or Japanese form of a Chinese character as the simplified one;
/// anything else as it is.
fn plain(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' | 'ǎ' | 'Ǎ' => 'a',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ĕ' | 'Ĕ' | 'ė' | 'Ė' | 'ę' | 'Ę' | 'ě' | 'Ě' => {
            'e'
        }
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'ĭ' | 'Ĭ' | 'į' | 'Į' | 'ǐ' | 'Ǐ' => 'i',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' | 'ŏ' | 'Ŏ' | 'ő' | 'Ő' | 'ǒ' | 'Ǒ' => {
            'o'
        }
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' | 'ŭ' | 'Ŭ' | 'ů' | 'Ů' | 'ű' | 'Ű' | 'ų' | 'Ų' => {
            'u'
        }
        'ǔ' | 'Ǔ' | 'ǖ' | 'Ǖ' | 'ǘ' | 'Ǘ' | 'ǚ' | 'Ǚ' | 'ǜ' | 'Ǜ' => 'u',
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => 'n',
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' => 's',
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
        'ý' | 'Ý' | 'ÿ' | 'Ÿ' => 'y',
        'ğ' | 'Ğ' => 'g',
        'ł' | 'Ł' => 'l',
        'Ａ'..='Ｚ' => char::from_u32(c as u32 - 0xff21 + 'a' as u32).unwrap_or(c),
        'ａ'..='ｚ' => char::from_u32(c as u32 - 0xff41 + 'a' as u32).unwrap_or(c),
        '０'..='９' => char::from_u32(c as u32 - 0xff10 + '0' as u32).unwrap_or(c),
        // Katakana to hiragana (ァ…ヶ).
        '\u{30a1}'..='\u{30f6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => variants::canonical(c),
    }
}

/// A folded Korean romanisation with the differences between the Revised Romanisation and the
/// older McCune–Reischauer spelling taken out, so that either finds the place: voiced and
/// unvoiced stops alike (b/p, d/t, g/k, j/ch), eo and eu as o and u.
fn loose_korean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match (c, next) {
            ('e', Some('o')) | ('e', Some('u')) => {}
            ('c', Some('h')) => {
                chars.next();
                out.push('c');
            }
            ('b', _) => out.push('p'),
            ('d', _) => out.push('t'),
            ('g', _) => out.push('k'),
            ('j', _) => out.push('c'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(index: &SearchIndex, atlas: &Atlas, q: &str) -> Vec<String> {
        index
            .search(q)
            .into_iter()
            .map(|p| atlas.places[p].id.clone())
            .collect()
    }

    #[test]
    fn folding_takes_out_case_tones_macrons_and_punctuation() {
        assert_eq!(fold_words("Xī'ān", false).0, "xian");
        assert_eq!(fold_words("Xi'an", false).0, "xian");
        assert_eq!(fold_words("xi an", false).0, "xian");
        assert_eq!(fold_words("Hyōgo", false).0, "hyogo");
        assert_eq!(
            fold_words("Seo (Busan)", false),
            ("seobusan".to_owned(), vec![3])
        );
        assert_eq!(fold_words("コウベ", false).0, "こうべ");
        assert_eq!(fold_words("ＫＯＢＥ", false).0, "kobe");
        assert_eq!(fold_words("XĪ’ĀN", false).0, "xian");
        assert_eq!(
            fold_words("北海道・札幌", false),
            ("北海道札幌".to_owned(), vec![9])
        );
        assert_eq!(fold_words("Inch'ŏn", true).0, fold_words("Incheon", true).0);
        assert_eq!(fold_words("Pusan", true).0, fold_words("Busan", true).0);
        assert_eq!(fold_words("Taegu", true).0, fold_words("Daegu", true).0);
        assert_eq!(fold_words("Kwangju", true).0, fold_words("Gwangju", true).0);
        assert_eq!(without_suffix("天津市"), "天津");
        assert_eq!(without_suffix("부산광역시"), "부산");
        assert_eq!(without_suffix("中区"), "中区");
    }

    #[test]
    fn names_in_every_script_and_romanisation_find_the_place_first() {
        let atlas = Atlas::embedded().0;
        let index = SearchIndex::new(&atlas);
        for (q, id) in [
            ("tianjin", "cn-tianjin"),
            ("Tianjin", "cn-tianjin"),
            ("天津", "cn-tianjin"),
            ("天津市", "cn-tianjin"),
            ("神戸", "jp-kobe"),
            ("神户", "jp-kobe"),
            ("神戶", "jp-kobe"),
            ("廣島", "jp-hiroshima"),
            ("广岛", "jp-hiroshima"),
            ("廣州", "cn-guangzhou"),
            ("大連", "cn-dalian"),
            ("北九州", "jp-kitakyushu"),
            ("こうべ", "jp-kobe"),
            ("コウベ", "jp-kobe"),
            ("kobe", "jp-kobe"),
            ("Kōbe", "jp-kobe"),
            ("부산", "kr-busan"),
            ("busan", "kr-busan"),
            ("Pusan", "kr-busan"),
            ("Taegu", "kr-daegu"),
            ("Inch'ŏn", "kr-incheon"),
            ("xian", "cn-xi-an"),
            ("Xi'an", "cn-xi-an"),
            ("Xī'ān", "cn-xi-an"),
            ("hyogo", "jp-hyogo-prefecture"),
            ("new york city", "us-new-york-city"),
        ] {
            let found = ids(&index, &atlas, q);
            assert_eq!(
                found.first().map(String::as_str),
                Some(id),
                "{q}: {found:?}"
            );
        }
    }

    #[test]
    fn better_matches_rank_first_then_more_partners() {
        let atlas = Atlas::embedded().0;
        let index = SearchIndex::new(&atlas);
        // "busan" is Busan itself, then its districts (a word of their name).
        let found = ids(&index, &atlas, "busan");
        assert_eq!(found[0], "kr-busan");
        assert!(found.iter().any(|f| f == "kr-seo-busan"), "{found:?}");
        // A start of a name: every place whose name starts so, more partners first.
        let found = index.search("shang");
        assert!(found.len() > 1);
        let d = |p: usize| atlas.places[p].links.len();
        assert!(found.windows(2).all(|w| {
            let q = |p: usize| quality_of(&index, p, "shang");
            q(w[0]) < q(w[1]) || (q(w[0]) == q(w[1]) && d(w[0]) >= d(w[1]))
        }));
        assert!(index.search("").is_empty() && index.search("  '").is_empty());
        assert!(index.search("zzqx").is_empty());
    }

    #[test]
    fn places_are_found_in_the_other_languages_forms_of_their_names() {
        let atlas = Atlas::embedded().0;
        let index = SearchIndex::new(&atlas);
        for (q, id) in [
            ("톈진", "cn-tianjin"),
            ("선양", "cn-shenyang"),
            ("瀋陽", "cn-shenyang"),
            ("広州", "cn-guangzhou"),
            ("哈爾浜", "cn-harbin"),
            ("칭다오시", "cn-qingdao"),
            ("고베", "jp-kobe"),
            ("삿포로", "jp-sapporo"),
        ] {
            let found = ids(&index, &atlas, q);
            assert_eq!(
                found.first().map(String::as_str),
                Some(id),
                "{q}: {found:?}"
            );
        }
    }

    fn quality_of(index: &SearchIndex, p: usize, q: &str) -> Quality {
        let (q, _) = fold_words(q, false);
        index
            .keys
            .iter()
            .filter(|k| k.place as usize == p && !k.loose)
            .filter_map(|k| quality(k, &q))
            .min()
            .unwrap()
    }
}
