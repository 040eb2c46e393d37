//! French typography, applied to French text as it is shown: a narrow no-break space
//! (U+202F) before `; : ! ?` and `»`, after `«`, before `%` and between groups of digits,
//! and months in lowercase inside a line. The data and the interface strings are written
//! with ordinary spaces; this pass is what readers see. English text is left as it is.

use crate::core::Lang;
use std::borrow::Cow;

/// The narrow no-break space French puts inside punctuation and between digit groups.
pub const NNBSP: char = '\u{202f}';

const MONTHS: [&str; 12] = [
    "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
    "Décembre",
];

/// The separator between a label and its value: "Date: " in English, "Date : " in French.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{202f}: ",
    }
}

/// `text` as readers of `lang` expect it typeset; English comes back unchanged (borrowed).
pub fn typeset(lang: Lang, text: &str) -> Cow<'_, str> {
    match lang {
        Lang::En => Cow::Borrowed(text),
        Lang::Fr => french(text),
    }
}

/// French typography for one piece of plain text (not HTML). Addresses (`https://…`,
/// `www.…`), times (`10:30`) and years (`2013`) are left as they are. Borrows when nothing
/// changes.
pub fn french(text: &str) -> Cow<'_, str> {
    if !text.contains(|c: char| matches!(c, ';' | ':' | '!' | '?' | '«' | '»' | '%' | ' ' | '\u{a0}')) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = address_end(&chars, i) {
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            ':' | ';' if ends_clause(next) => space_before(&mut out, c),
            '!' | '?' if ends_clause(next) || matches!(next, Some('!' | '?')) => {
                if !matches!(out.chars().last(), Some('!' | '?')) {
                    space_before(&mut out, c);
                } else {
                    out.push(c);
                }
            }
            '»' => space_before(&mut out, c),
            '%' if last_is_digit(&out) => space_before(&mut out, c),
            '«' => {
                out.push(c);
                out.push(NNBSP);
                while matches!(chars.get(i + 1).copied(), Some(' ' | '\u{a0}' | NNBSP)) {
                    i += 1;
                }
            }
            ' ' | '\u{a0}' if joins_digit_groups(&chars, i) || before_percent(&chars, i) => out.push(NNBSP),
            _ if c.is_uppercase() && starts_month_in_line(&chars, i, &out) => out.extend(c.to_lowercase()),
            _ => out.push(c),
        }
        i += 1;
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// A colon or semicolon that ends a clause, not one inside `10:30` or `S/RES/2100`.
fn ends_clause(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => n.is_whitespace() || matches!(n, '»' | ')' | ']' | '"' | '’' | '\''),
    }
}

/// Puts the narrow space before `mark`, replacing an ordinary space there; none at the start.
fn space_before(out: &mut String, mark: char) {
    match out.chars().last() {
        None | Some(NNBSP) | Some('\n') => {}
        Some(' ' | '\u{a0}') => {
            out.pop();
            out.push(NNBSP);
        }
        Some(_) => out.push(NNBSP),
    }
    out.push(mark);
}

fn last_is_digit(out: &str) -> bool {
    out.chars().last().is_some_and(|c| c.is_ascii_digit())
}

/// The end of a web address starting at `i`, which is copied untouched.
fn address_end(chars: &[char], i: usize) -> Option<usize> {
    if !matches!(chars[i], 'h' | 'w') {
        return None;
    }
    if i > 0 && !chars[i - 1].is_whitespace() && !matches!(chars[i - 1], '(' | '<' | '«' | '"' | '\'') {
        return None;
    }
    let rest: String = chars[i..chars.len().min(i + 12)].iter().collect();
    let starts = ["http://", "https://", "www."].iter().any(|p| rest.starts_with(p));
    starts.then(|| i + chars[i..].iter().take_while(|c| !c.is_whitespace() && **c != '»').count())
}

/// A space between "365" and "000": one to three digits before it (not the end of a word,
/// a year or a decimal) and exactly three after.
fn joins_digit_groups(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let start = i - before;
    let attached = start > 0 && (chars[start - 1].is_alphanumeric() || matches!(chars[start - 1], ',' | '.'));
    let after = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&before) && !attached && after == 3
}

fn before_percent(chars: &[char], i: usize) -> bool {
    i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1) == Some(&'%')
}

/// A capitalised month name followed by a year, somewhere other than the start of a sentence.
fn starts_month_in_line(chars: &[char], i: usize, out: &str) -> bool {
    if i > 0 && chars[i - 1].is_alphanumeric() {
        return false;
    }
    let Some(month) = MONTHS.iter().find(|m| {
        let n = m.chars().count();
        chars.len() >= i + n && chars[i..i + n].iter().copied().eq(m.chars())
    }) else {
        return false;
    };
    let n = month.chars().count();
    let year = chars.get(i + n) == Some(&' ') && chars[i + n + 1..].iter().take_while(|c| c.is_ascii_digit()).count() == 4;
    let previous = out.trim_end_matches([' ', '\u{a0}', NNBSP, '(', '«']).chars().last();
    let sentence_start = matches!(previous, None | Some('.' | '!' | '?' | '…' | '\n'));
    year && !sentence_start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        french(s).into_owned()
    }

    #[test]
    fn punctuation_gets_a_narrow_no_break_space_before_it() {
        assert_eq!(fr("Note de fiabilité: fiable"), "Note de fiabilité\u{202f}: fiable");
        assert_eq!(fr("Clavier : J ou K"), "Clavier\u{202f}: J ou K");
        assert_eq!(fr("anglais ; accents"), "anglais\u{202f}; accents");
        assert_eq!(fr("Vraiment ? Oui !"), "Vraiment\u{202f}? Oui\u{202f}!");
        assert_eq!(fr("Quoi ?!"), "Quoi\u{202f}?!");
    }

    #[test]
    fn guillemets_hold_their_words_with_narrow_spaces() {
        assert_eq!(fr("des « terroristes » tués"), "des «\u{202f}terroristes\u{202f}» tués");
        assert_eq!(fr("des «terroristes»"), "des «\u{202f}terroristes\u{202f}»");
    }

    #[test]
    fn numbers_keep_their_groups_and_percentages_together() {
        assert_eq!(fr("365 000 déplacés"), "365\u{202f}000 déplacés");
        assert_eq!(fr("1 000 000 de personnes"), "1\u{202f}000\u{202f}000 de personnes");
        assert_eq!(fr("97 % de « oui »"), "97\u{202f}% de «\u{202f}oui\u{202f}»");
        assert_eq!(fr("39,40 %"), "39,40\u{202f}%");
        assert_eq!(fr("21%"), "21\u{202f}%");
    }

    #[test]
    fn months_are_lowercase_inside_a_line_but_not_at_a_sentence_start() {
        assert_eq!(fr("Serval (Janvier 2013 – Juillet 2014)"), "Serval (janvier 2013 – juillet 2014)");
        assert_eq!(fr("Wikipedia · Mai 2021"), "Wikipedia · mai 2021");
        assert_eq!(fr("Mai 2021 a vu"), "Mai 2021 a vu");
        assert_eq!(fr("Fin. Mars 2013 commence"), "Fin. Mars 2013 commence");
    }

    #[test]
    fn addresses_times_years_and_ids_are_left_alone() {
        for unchanged in [
            "https://undocs.org/S/RES/2100(2013)",
            "voir https://example.org/a?b=1;c=2 et www.rfi.fr/fr",
            "à 10:30, puis à 18:45",
            "en 2013 100 soldats",
            "le 11 janvier 2013",
            "coup-bamako-2012",
            "50 à 150 combattants",
            "Bataille",
            "",
        ] {
            assert_eq!(fr(unchanged), unchanged, "{unchanged}");
            assert!(matches!(french(unchanged), Cow::Borrowed(_)), "{unchanged} must not be copied");
        }
    }

    #[test]
    fn text_already_typeset_is_stable() {
        let once = fr("Bilan : 365 000 « déplacés » ; 12 %");
        assert_eq!(fr(&once), once);
    }

    #[test]
    fn english_is_never_touched() {
        assert_eq!(typeset(Lang::En, "Note: 365 000 \"x\" ; y ?"), "Note: 365 000 \"x\" ; y ?");
        assert_eq!(colon(Lang::En), ": ");
        assert_eq!(colon(Lang::Fr), "\u{202f}: ");
    }
}
