//! `events.csv`: one row per event, for spreadsheets. Written by the `csv` crate (quoting,
//! CRLF line ends), preceded by a UTF-8 byte-order mark so that Excel reads "Ménaka" and not
//! "MÃ©naka", and with every free-text cell neutralised against formula injection.

use crate::core::catalog::Catalog;
use crate::core::lang::Lang;
use crate::core::model::Event;
use std::borrow::Cow;

/// The UTF-8 byte-order mark: Excel guesses a legacy code page without it.
pub const BYTE_ORDER_MARK: &str = "\u{feff}";

const HEADER: [&str; 12] =
    ["id", "date", "end_date", "precision", "title", "summary", "kind", "importance", "themes", "actors", "places", "source_urls"];

/// Makes a free-text cell safe to open in a spreadsheet. Excel, LibreOffice and Google Sheets
/// run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some also after a
/// leading tab or carriage return), so a title such as `=HYPERLINK(...)` could run on a
/// reader's machine. Such a cell gets a leading apostrophe, which spreadsheets show as text
/// and do not display; every other cell is returned unchanged. Only free text (titles,
/// summaries, place names, addresses) goes through this: ids, dates, kinds and numbers are
/// written as they are, so they stay machine-readable.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn row(catalog: &Catalog, e: &Event, lang: Lang) -> [String; 12] {
    let places: Vec<&str> = e.places.iter().filter_map(|p| catalog.place(p)).map(|p| p.name.get(lang)).collect();
    let urls: Vec<&str> = e.sources.iter().filter_map(|c| catalog.source(&c.source)).map(|s| s.url.as_str()).collect();
    let text = |s: &str| neutralise(s).into_owned();
    [
        e.id.clone(),
        e.date.iso(),
        e.end.map(|d| d.iso()).unwrap_or_default(),
        e.date.precision().code().to_string(),
        text(e.title.get(lang)),
        text(e.summary.get(lang)),
        e.kind.id().to_string(),
        e.importance.to_string(),
        e.themes.join(";"),
        e.actors.join(";"),
        text(&places.join(";")),
        text(&urls.join(" ")),
    ]
}

/// The events as CSV text (byte-order mark, header row, then one row per event).
pub fn csv(catalog: &Catalog, events: &[&Event], lang: Lang) -> String {
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    // Writing to memory cannot fail, and every row has the header's length.
    writer.write_record(HEADER).expect("in-memory CSV");
    for e in events {
        writer.write_record(row(catalog, e, lang)).expect("in-memory CSV");
    }
    let bytes = writer.into_inner().expect("in-memory CSV");
    format!("{BYTE_ORDER_MARK}{}", String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::export::sample;

    fn rows(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BYTE_ORDER_MARK).expect("a byte-order mark first");
        ::csv::Reader::from_reader(body.as_bytes()).records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
    }

    #[test]
    fn formulas_in_text_cells_are_neutralised() {
        for (given, written) in [
            ("=1+1", "'=1+1"),
            ("@SUM(1,1)", "'@SUM(1,1)"),
            ("+33 1 23", "'+33 1 23"),
            ("-2+3", "'-2+3"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"),
        ] {
            assert_eq!(neutralise(given), written, "{given:?}");
        }
        for plain in ["Ménaka", "", "1+1=2", "a=b", "'quoted", "2013-01-11", "12"] {
            assert_eq!(neutralise(plain), plain, "{plain:?} is left alone");
        }
    }

    #[test]
    fn a_hostile_title_reaches_the_file_as_text_and_ids_dates_numbers_stay_as_they_are() {
        let catalog = sample::catalog(vec![
            sample::event("e-1", "2013-01-11", "=1+1", "@SUM(1,1)"),
            sample::event("e-2", "2014-02", "-5 killed, \"many\" hurt", "line one\nline two"),
        ]);
        let events: Vec<&Event> = catalog.events.iter().collect();
        let text = csv(&catalog, &events, Lang::En);
        let rows = rows(&text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][..8], ["e-1", "2013-01-11", "", "day", "'=1+1", "'@SUM(1,1)", "attack", "2"]);
        assert_eq!(rows[0][10], "Ménaka");
        assert_eq!(rows[1][1], "2014-02");
        assert_eq!(rows[1][4], "'-5 killed, \"many\" hurt", "quotes and commas survive the round trip");
        assert_eq!(rows[1][5], "line one\nline two");
        assert!(text.contains("source_urls\r\ne-1,"), "CRLF line ends");
    }

    #[test]
    fn the_file_starts_with_a_byte_order_mark_and_keeps_accents() {
        let catalog = sample::catalog(vec![sample::event("e-1", "2013-01-11", "Attaque à Ménaka", "s")]);
        let events: Vec<&Event> = catalog.events.iter().collect();
        let bytes = csv(&catalog, &events, Lang::Fr).into_bytes();
        assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF]);
        assert!(String::from_utf8(bytes).unwrap().contains("Attaque à Ménaka"));
    }
}
