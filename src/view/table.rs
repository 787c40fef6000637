//! Whether the table of ties is open, and how it is sorted: part of the view, so that a link
//! can hold it.

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TableColumn {
    China,
    Partner,
    Country,
    Kind,
    #[default]
    Date,
}

impl TableColumn {
    pub const ALL: [TableColumn; 5] = [
        TableColumn::China,
        TableColumn::Partner,
        TableColumn::Country,
        TableColumn::Kind,
        TableColumn::Date,
    ];

    /// The word a link and the table's headings use.
    pub fn word(self) -> &'static str {
        match self {
            Self::China => "china",
            Self::Partner => "partner",
            Self::Country => "country",
            Self::Kind => "kind",
            Self::Date => "date",
        }
    }

    pub fn parse(w: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.word() == w)
    }
}

/// How the table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TableSort {
    pub column: TableColumn,
    pub descending: bool,
}

impl TableSort {
    /// `date`, or `date-desc` when descending.
    pub fn word(self) -> String {
        let d = if self.descending { "-desc" } else { "" };
        format!("{}{d}", self.column.word())
    }

    pub fn parse(w: &str) -> Option<Self> {
        let (c, descending) = match w.strip_suffix("-desc") {
            Some(c) => (c, true),
            None => (w, false),
        };
        Some(Self {
            column: TableColumn::parse(c)?,
            descending,
        })
    }

    /// The sort after a click on the heading of `column`: the other direction of the same
    /// column, or the new column ascending.
    pub fn toggled(self, column: TableColumn) -> Self {
        Self {
            column,
            descending: column == self.column && !self.descending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_are_words_and_toggle_by_heading() {
        for c in TableColumn::ALL {
            for descending in [false, true] {
                let s = TableSort {
                    column: c,
                    descending,
                };
                assert_eq!(TableSort::parse(&s.word()), Some(s));
            }
        }
        assert_eq!(TableSort::parse("colour"), None);
        let s = TableSort::default();
        assert!(s.toggled(TableColumn::Date).descending);
        assert!(
            !s.toggled(TableColumn::Date)
                .toggled(TableColumn::Date)
                .descending
        );
        assert_eq!(s.toggled(TableColumn::Kind).column, TableColumn::Kind);
        assert!(!s.toggled(TableColumn::Kind).descending);
    }
}
