//! Historical dates that know their precision: "22 March 2012", "March 2012" or just "2012".

use super::lang::Lang;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    pub fn code(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A date known to the day, the month or the year. Orders by its first possible day, so
/// "March 2012" sorts before "22 March 2012".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HistDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl HistDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision.
    pub fn parse(text: &str) -> Result<HistDate, DateError> {
        let bad = || DateError(format!("\"{text}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(parts[0], 4)? as i32;
        let date = match parts.len() {
            1 => HistDate { year, month: None, day: None },
            2 => HistDate { year, month: Some(number(parts[1], 2)?), day: None },
            3 => HistDate { year, month: Some(number(parts[1], 2)?), day: Some(number(parts[2], 2)?) },
            _ => return Err(bad()),
        };
        if let Some(m) = date.month {
            if !(1..=12).contains(&m) {
                return Err(DateError(format!("\"{text}\" has no month {m}")));
            }
        }
        if let Some(d) = date.day {
            if NaiveDate::from_ymd_opt(year, date.month.unwrap_or(1), d).is_none() {
                return Err(DateError(format!("\"{text}\" is not a day of the calendar")));
            }
        }
        Ok(date)
    }

    pub fn from_naive(date: NaiveDate) -> HistDate {
        HistDate { year: date.year(), month: Some(date.month()), day: Some(date.day()) }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> Option<u32> {
        self.month
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("HistDate is valid by construction")
    }

    pub fn last_day(self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d).expect("valid"),
            (Some(m), None) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(self.year, m + 1, 1)
                };
                next.expect("valid").pred_opt().expect("valid")
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31).expect("valid"),
        }
    }

    /// The machine form, as written in the data: `2012`, `2012-03` or `2012-03-22`.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// "22 March 2012" / "22 mars 2012", "March 2012" / "mars 2012", "2012". French months stay
    /// lowercase: none of these labels starts a sentence.
    pub fn format(self, lang: Lang) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{} {} {}", day_name(d, lang), month_name(m, lang), self.year),
            (Some(m), None) => format!("{} {}", month_name(m, lang), self.year),
            _ => self.year.to_string(),
        }
    }

    /// A range written as readers write it: "21–22 March 2012", "March–April 2012",
    /// "21 March – 8 April 2012", "2013–2014".
    pub fn format_range(self, end: Option<HistDate>, lang: Lang) -> String {
        let Some(end) = end.filter(|e| *e != self) else {
            return self.format(lang);
        };
        let same_precision = self.precision() == end.precision();
        if same_precision && self.year == end.year {
            match (self.month, self.day, end.month, end.day) {
                (Some(m1), Some(d1), Some(m2), Some(d2)) if m1 == m2 => {
                    return format!("{}–{} {} {}", day_name(d1, lang), day_name(d2, lang), month_name(m1, lang), self.year)
                }
                (Some(m1), Some(d1), Some(m2), Some(d2)) => {
                    return format!(
                        "{} {} – {} {} {}",
                        day_name(d1, lang),
                        month_name(m1, lang),
                        day_name(d2, lang),
                        month_name(m2, lang),
                        self.year
                    )
                }
                (Some(m1), None, Some(m2), None) => {
                    return format!("{}–{} {}", month_name(m1, lang), month_name(m2, lang), self.year)
                }
                _ => {}
            }
        }
        if same_precision && self.precision() == Precision::Year {
            return format!("{}–{}", self.year, end.year);
        }
        format!("{} – {}", self.format(lang), end.format(lang))
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for HistDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for HistDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        HistDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
];

/// The month's name as it stands inside a date ("22 mars 2012").
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => MONTHS_EN[i],
        Lang::Fr => MONTHS_FR[i],
    }
}

/// French writes the first of the month as "1er".
fn day_name(day: u32, lang: Lang) -> String {
    match (lang, day) {
        (Lang::Fr, 1) => "1er".to_string(),
        _ => day.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> HistDate {
        HistDate::parse(s).unwrap()
    }

    #[test]
    fn precision_follows_the_written_form() {
        assert_eq!(d("2012").precision(), Precision::Year);
        assert_eq!(d("2012-03").precision(), Precision::Month);
        assert_eq!(d("2012-03-22").precision(), Precision::Day);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(HistDate::parse("2013-02-30").is_err());
        assert!(HistDate::parse("2013-13").is_err());
        assert!(HistDate::parse("13-01-2013").is_err());
        assert!(HistDate::parse("2013/01/11").is_err());
        assert!(HistDate::parse("").is_err());
        assert!(HistDate::parse("2012-02-29").is_ok());
    }

    #[test]
    fn dates_are_written_as_their_precision_allows_in_both_languages() {
        assert_eq!(d("2012-03-22").format(Lang::En), "22 March 2012");
        assert_eq!(d("2012-03-22").format(Lang::Fr), "22 mars 2012");
        assert_eq!(d("2013-08").format(Lang::Fr), "août 2013");
        assert_eq!(d("2013-08").format(Lang::En), "August 2013");
        assert_eq!(d("2015").format(Lang::Fr), "2015");
        assert_eq!(d("2014-08-01").format(Lang::Fr), "1er août 2014");
    }

    #[test]
    fn ranges_are_written_compactly() {
        assert_eq!(d("2012-03-21").format_range(Some(d("2012-03-22")), Lang::En), "21–22 March 2012");
        assert_eq!(d("2012-03-21").format_range(Some(d("2012-04-08")), Lang::Fr), "21 mars – 8 avril 2012");
        assert_eq!(d("2013-02").format_range(Some(d("2013-03")), Lang::En), "February–March 2013");
        assert_eq!(d("2013-02").format_range(Some(d("2013-03")), Lang::Fr), "février–mars 2013");
        assert_eq!(d("2013").format_range(Some(d("2014")), Lang::En), "2013–2014");
        assert_eq!(d("2013-01-11").format_range(Some(d("2014-07")), Lang::En), "11 January 2013 – July 2014");
    }

    #[test]
    fn month_precision_sorts_before_days_of_that_month() {
        assert!(d("2012-03") < d("2012-03-01"));
        assert!(d("2012") < d("2012-01"));
        assert_eq!(d("2012-02").last_day().to_string(), "2012-02-29");
    }
}
