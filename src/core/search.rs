//! Text folding for search and for every comparison of free text: Unicode normalisation,
//! case, accents, ligatures, apostrophes and dashes do not matter, so "goita" finds "Goïta",
//! "coup d'etat" finds "coup d’État", "oeuvre" finds "œuvre", and an "é" typed as "e" plus a
//! combining accent (as macOS and some keyboards send it) is the same letter as "é".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Letters that compatibility decomposition (NFKD) leaves whole, spelt out in ASCII.
fn spelt_out(c: char) -> Option<&'static str> {
    Some(match c {
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' | 'ẞ' => "ss",
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' => "d",
        'ł' | 'Ł' => "l",
        'ı' => "i",
        _ => return None,
    })
}

/// Folds `text` for comparison: NFKD (which splits accents from their letters and ligatures
/// such as "ﬁ" into letters), drops the combining marks, spells out the letters that have no
/// decomposition (œ, æ, ß, ø), lower-cases, and turns every run of punctuation and spaces into
/// one space. The result has no leading or trailing space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            match spelt_out(c) {
                Some(s) => out.push_str(s),
                None => out.extend(c.to_lowercase()),
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// `text` in Unicode normalisation form C, as every value read from an address is kept.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// True when two pieces of text are the same once folded ("Libération" and "liberation").
pub fn same_text(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The words of a query, folded. An event matches when its text holds every one of them.
pub fn terms(query: &str) -> Vec<String> {
    fold(query).split(' ').filter(|t| !t.is_empty()).map(str::to_string).collect()
}

pub fn matches(haystack_folded: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack_folded.contains(t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_accents() {
        assert_eq!(fold("Assimi Goïta"), "assimi goita");
        assert!(matches(&fold("Coup d’État à Bamako"), &terms("coup d'etat")));
        assert!(matches(&fold("Tombouctou tombe"), &terms("TOMBOUCTOU")));
        assert!(!matches(&fold("Gao"), &terms("kidal")));
    }

    #[test]
    fn decomposed_and_composed_accents_are_the_same_letter() {
        let decomposed = "Se\u{301}gou";
        assert_eq!(fold(decomposed), "segou");
        assert_eq!(fold(decomposed), fold("Ségou"));
        assert!(matches(&fold("Attaque à Ségou"), &terms(decomposed)));
        // Several marks on one letter, in either order, and upper case.
        assert_eq!(fold("E\u{302}\u{301}"), fold("Ế"));
        assert_eq!(fold("Ménaka"), fold("Me\u{301}naka"));
        assert_eq!(nfc("Me\u{301}naka"), "Ménaka");
    }

    #[test]
    fn ligatures_and_special_letters_are_spelt_out() {
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("Æsop"), "aesop");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ﬁnancement"), "financement");
        assert_eq!(fold("Ø"), "o");
        assert!(same_text("Libération", "LIBE\u{301}RATION"));
        assert!(!same_text("Gao", "Kidal"));
    }

    #[test]
    fn punctuation_and_spaces_become_single_spaces() {
        assert_eq!(fold("  Barkhane – l’opération  "), "barkhane l operation");
        assert_eq!(fold("a\u{a0}\u{a0}b"), "a b");
    }

    #[test]
    fn empty_query_has_no_terms() {
        assert!(terms("  ' - ").is_empty());
        assert!(terms("\u{301}").is_empty(), "a lone combining mark is not a word");
    }
}
