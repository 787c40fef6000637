//! One form for the simplified, traditional and Japanese forms of a Chinese character, so that
//! 神戸, 神户 and 神戶 (or 広島, 廣島 and 广岛) find the same place. The table maps each form to
//! the simplified one; it holds only the characters whose folded form occurs in the data's
//! place names (a character elsewhere cannot match a name anyway), which keeps it small.

use super::variant_table::TABLE;

/// The simplified form of `c` when it is a traditional or Japanese form of a character of the
/// data; `c` itself otherwise.
pub fn canonical(c: char) -> char {
    if (c as u32) < 0x3400 {
        return c;
    }
    TABLE
        .binary_search_by_key(&c, |&(from, _)| from)
        .map_or(c, |i| TABLE[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Whether `c` is a Chinese character (the unified ideographs and their extensions, and the
    /// compatibility ideographs).
    fn is_han(c: char) -> bool {
        matches!(c as u32, 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0x20000..=0x3134f)
    }

    /// Pairs of the first column and the first form of the second of an OpenCC dictionary.
    fn dictionary(text: &str) -> Vec<(char, char)> {
        text.lines()
            .filter_map(|l| {
                let (from, to) = l.split_once('\t')?;
                let mut from = from.chars();
                let first = from.next()?;
                let to = to.split(' ').next()?.chars().next()?;
                from.next().is_none().then_some((first, to))
            })
            .collect()
    }

    /// The table as the dictionaries and the data make it: each traditional or Japanese form
    /// whose simplified form occurs in the data, with that form.
    fn build() -> Vec<(char, char)> {
        let root = env!("CARGO_MANIFEST_DIR");
        let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
        let ts: BTreeMap<char, char> = dictionary(&read("tools/opencc/TSCharacters.txt"))
            .into_iter()
            .collect();
        // Japanese form → traditional form (the first traditional form that has it).
        let mut jp: BTreeMap<char, char> = BTreeMap::new();
        for (trad, japanese) in dictionary(&read("tools/opencc/JPVariants.txt")) {
            jp.entry(japanese).or_insert(trad);
        }
        // A traditional form first (連 is traditional, though also the Japanese form of 聯),
        // then a Japanese form by way of its traditional one.
        let fold = |c: char| match ts.get(&c) {
            Some(&s) => s,
            None => {
                let t = jp.get(&c).copied().unwrap_or(c);
                ts.get(&t).copied().unwrap_or(t)
            }
        };
        let used: BTreeSet<char> = read("data/places.csv")
            .chars()
            .filter(|&c| is_han(c))
            .map(fold)
            .collect();
        let forms: BTreeSet<char> = ts.keys().chain(jp.keys()).copied().collect();
        forms
            .into_iter()
            .map(|c| (c, fold(c)))
            .filter(|&(c, s)| c != s && used.contains(&s))
            .collect()
    }

    #[test]
    fn the_table_is_built_from_the_dictionaries_and_the_data() {
        let table = build();
        if std::env::var_os("UPDATE_VARIANTS").is_some() {
            let mut src = String::from(
                "//! Made by `UPDATE_VARIANTS=1 cargo test --lib variants` from the OpenCC \
                 dictionaries in\n//! `tools/opencc/` and the names in `data/places.csv`: \
                 traditional or Japanese form, simplified form.\n\n\
                 pub(super) const TABLE: &[(char, char)] = &[\n",
            );
            for (a, b) in &table {
                src.push_str(&format!("    ('{a}', '{b}'),\n"));
            }
            src.push_str("];\n");
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/search/variant_table.rs");
            std::fs::write(path, src).unwrap();
            return;
        }
        assert!(
            table == TABLE,
            "src/search/variant_table.rs is out of date: UPDATE_VARIANTS=1 cargo test --lib variants"
        );
    }

    #[test]
    fn each_form_folds_to_the_simplified_one() {
        for (a, b) in [
            ('戸', '户'),
            ('戶', '户'),
            ('広', '广'),
            ('廣', '广'),
            ('島', '岛'),
        ] {
            assert_eq!(canonical(a), b, "{a}");
        }
        for c in ['户', '广', 'a', 'こ', '부', '神'] {
            assert_eq!(canonical(c), c);
        }
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
