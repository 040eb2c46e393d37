//! The overview strip: fourteen years at a glance. One column per year with a bar per month
//! (how many events fell in it), the periods of the story as bands, and the foreign forces
//! and missions as labelled spans, folded away so they do not push the list off the first
//! screen. Each year is a link that zooms the list to it.

use super::context::*;
use crate::core::{Catalog, Era, HistDate, Lang, Query};
use crate::i18n::{colon, count_events, t, Msg};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The strip starts with the Libya war and ends with the current year.
pub const FIRST_YEAR: i32 = 2011;

fn last_year(catalog: &Catalog) -> i32 {
    (*catalog.years().end()).max(FIRST_YEAR)
}

/// Events per month of each year, for the matching events.
fn density(catalog: &Catalog, positions: &[usize], first: i32, last: i32) -> Vec<[usize; 12]> {
    let mut counts = vec![[0usize; 12]; (last - first + 1) as usize];
    for &i in positions {
        let date = catalog.events[i].date;
        if let Some(row) = counts.get_mut((date.year() - first) as usize) {
            row[(date.month().unwrap_or(1) - 1) as usize] += 1;
        }
    }
    counts
}

/// Position of a day along the strip, from 0 to 1.
fn fraction(day: NaiveDate, first: i32, last: i32) -> f64 {
    let start = NaiveDate::from_ymd_opt(first, 1, 1).expect("valid");
    let end = NaiveDate::from_ymd_opt(last + 1, 1, 1).expect("valid");
    let total = (end - start).num_days() as f64;
    ((day - start).num_days() as f64 / total).clamp(0.0, 1.0)
}

#[component]
pub fn Overview(positions: Vec<usize>, query: Query, lang: Lang) -> impl IntoView {
    let catalog = catalog();
    let (first, last) = (FIRST_YEAR, last_year(&catalog));
    let counts = density(&catalog, &positions, first, last);
    let peak = counts.iter().flat_map(|r| r.iter()).copied().max().unwrap_or(1).max(1);
    let selected = |year: i32| {
        let from = query.from.map(|d| d.year()).unwrap_or(i32::MIN);
        let to = query.to.map(|d| d.year()).unwrap_or(i32::MAX);
        (query.from.is_some() || query.to.is_some()) && (from..=to).contains(&year)
    };
    let year_link = |year: i32| {
        let zoom = Query { from: HistDate::parse(&year.to_string()).ok(), to: HistDate::parse(&year.to_string()).ok(), page: 1, ..query.clone() };
        lang.href(&format!("/?{}", zoom.to_query_string()))
    };
    let columns = (first..=last)
        .map(|year| {
            let row = counts[(year - first) as usize];
            let total: usize = row.iter().sum();
            let bars = row
                .iter()
                .enumerate()
                .filter(|(_, &n)| n > 0)
                .map(|(m, &n)| {
                    let h = 2.0 + 28.0 * n as f64 / peak as f64;
                    view! { <rect x=m.to_string() y=format!("{:.2}", 30.0 - h) width="0.8" height=format!("{h:.2}")/> }
                })
                .collect_view();
            let label = format!("{year}{}{}", colon(lang), count_events(lang, total));
            let tooltip = label.clone();
            view! {
                <li class=if selected(year) { "year-col selected" } else { "year-col" } data-year=year>
                    <a href=year_link(year) title=tooltip>
                        <svg viewBox="0 0 12 30" preserveAspectRatio="none" aria-hidden="true" focusable="false">{bars}</svg>
                        <span class="year-label" aria-hidden="true">{format!("’{:02}", year % 100)}</span>
                        <span class="visually-hidden">{label}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let eras = era_spans(&catalog, first, last);
    let bands = eras
        .iter()
        .enumerate()
        .map(|(i, (era, start, end))| {
            let class = format!("era tint-{} c{} s{}", i % 4, start - first + 1, end - start + 1);
            view! { <li class=class title=era.name.get(lang).to_string()>{i + 1}</li> }
        })
        .collect_view();
    let legend = eras
        .iter()
        .enumerate()
        .map(|(i, (era, _, _))| {
            let dates = era.from.format_range(era.to, lang);
            view! {
                <li>
                    <span class=format!("era-key tint-{}", i % 4) aria-hidden="true">{i + 1}</span>" "
                    <span class="era-name">{era.name.get(lang).to_string()}</span>" "
                    <span class="era-dates">{dates}</span>
                </li>
            }
        })
        .collect_view();
    let era_count = eras.len();
    let today = today();
    let forces = forces(&catalog, lang, today);
    let force_count = forces.len();
    let forces = forces
        .into_iter()
        .map(|force| {
            let x0 = fraction(force.from, first, last) * 100.0;
            let x1 = fraction(force.to, first, last) * 100.0;
            view! {
                <li class=format!("force force-{}", force.id)>
                    <a class="force-name" href=lang.href(&format!("/actors/{}", force.id))>{force.name}</a>
                    <svg class="force-track" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect x=format!("{x0:.3}") y="0" width=format!("{:.3}", (x1 - x0).max(0.4)) height="4"/>
                    </svg>
                    <span class="force-dates">{force.dates}</span>
                </li>
            }
        })
        .collect_view();
    let clear_range = Query { from: None, to: None, page: 1, ..query.clone() };
    view! {
        <section id="overview" class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">{t(lang, Msg::Overview)}" "{first}"–"{last}</h2>
            <p class="hint" id="overview-help">{t(lang, Msg::OverviewHelp)}</p>
            <div class="strip">
                <ol class=format!("years cols-{}", last - first + 1) aria-describedby="overview-help">{columns}</ol>
                // Numbered bands: the names are in the legend, where they are never cut.
                <ol class=format!("eras cols-{}", last - first + 1) aria-hidden="true">{bands}</ol>
            </div>
            {(query.from.is_some() || query.to.is_some()).then(|| view! {
                <p class="show-all"><a href=lang.href(&format!("/?{}", clear_range.to_query_string()))>{t(lang, Msg::ShowAllYears)}</a></p>
            })}
            <div class="overview-more">
                <details class="eras-details">
                    <summary>{t(lang, Msg::Eras)}{format!(" ({era_count})")}</summary>
                    <ol class="era-legend">{legend}</ol>
                </details>
                <details class="forces-details">
                    <summary class="forces-title">{t(lang, Msg::ForeignForces)}{format!(" ({force_count})")}</summary>
                    <ul class="forces">{forces}</ul>
                </details>
            </div>
        </section>
    }
}

/// The periods of the story with the whole years each band covers: a band starts after the
/// one before it ends, and every band stays within the strip.
fn era_spans(catalog: &Catalog, first: i32, last: i32) -> Vec<(&Era, i32, i32)> {
    let mut previous_end = first - 1;
    catalog
        .eras
        .iter()
        .map(|era| {
            let start = era.from.year().max(first).max(previous_end + 1).min(last);
            let end = era.to.map(|d| d.year()).unwrap_or(last).clamp(start, last);
            previous_end = end;
            (era, start, end)
        })
        .collect()
}

pub struct Force {
    pub id: String,
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub dates: String,
}

/// The foreign forces and missions with a known presence, opened and closed by events.
pub fn forces(catalog: &Catalog, lang: Lang, today: NaiveDate) -> Vec<Force> {
    catalog
        .actors
        .iter()
        .filter_map(|actor| {
            let presence = actor.presence.as_ref()?;
            let start = catalog.event(&presence.from_event)?;
            let end = presence.to_event.as_deref().and_then(|id| catalog.event(id));
            let dates = match end {
                Some(end) => start.date.format_range(Some(end.date), lang),
                None => format!("{} – {}", start.date.format(lang), t(lang, Msg::Ongoing)),
            };
            Some(Force {
                id: actor.id.clone(),
                name: actor.acronym(lang).filter(|a| a.len() <= 10).unwrap_or(actor.name.get(lang)).to_string(),
                from: start.date.first_day(),
                to: end.map(|e| e.date.first_day()).unwrap_or(today),
                dates,
            })
        })
        .collect()
}
