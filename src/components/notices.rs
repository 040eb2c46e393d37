//! What in the address was not understood or not used, said on the page, each with a link to
//! the same page without it. Nothing that cannot be understood is quietly dropped.

use super::layout::with_query;
use crate::core::query::pairs;
use crate::core::{Lang, Notice};
use crate::i18n::{colon, problem, t, Msg};
use leptos::prelude::*;

/// The query string of `search` without the pair the notice is about (for `ids=a,b,c`,
/// without that one id).
pub fn without(search: &str, notice: &Notice) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs(search) {
        if k == notice.param && notice.param == "ids" {
            let kept: Vec<&str> = v.split(',').map(str::trim).filter(|id| !id.is_empty() && *id != notice.value).collect();
            if !kept.is_empty() {
                out.append_pair(&k, &kept.join(","));
            }
        } else if !(k == notice.param && v == notice.value) {
            out.append_pair(&k, &v);
        }
    }
    out.finish()
}

/// How many notices a page lists, each with its own link; the others are counted.
pub const MAX_LISTED: usize = 12;

/// The notices, if any. `page` is the page's own path (with its language prefix) and
/// `search` its query string, from which each "remove it" link takes one pair away.
#[component]
pub fn Notices(notices: Vec<Notice>, lang: Lang, #[prop(into)] page: String, #[prop(into)] search: String) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        // Each link repeats the address, so listing every notice of a long address would make
        // a page that grows with its square: the first few are listed, the rest counted.
        let hidden = notices.len().saturating_sub(MAX_LISTED);
        let items = notices
            .iter()
            .take(MAX_LISTED)
            .map(|n| {
                // Corrections (swapped dates, a shortened search) still give what was meant.
                let remove = n.problem.is_error().then(|| {
                    let href = with_query(&page, &without(&search, n));
                    view! { " (" <a href=href>{t(lang, Msg::RemoveFromAddress)}</a> ")" }
                });
                view! {
                    <li><code>{format!("{}={}", n.param, n.value)}</code>{colon(lang)}{problem(lang, n.problem)}{remove}</li>
                }
            })
            .collect_view();
        let more = (hidden > 0).then(|| view! { <li>{t(lang, Msg::NoticesNotShown)}{colon(lang)}{hidden}</li> });
        view! {
            <div class="notice" role="note">
                <p>{t(lang, Msg::Corrected)}</p>
                <ul>{items}{more}</ul>
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::Problem;

    fn notice(param: &str, value: &str) -> Notice {
        Notice { param: param.into(), value: value.into(), problem: Problem::UnknownValue }
    }

    #[test]
    fn a_long_address_lists_a_few_notices_and_counts_the_rest() {
        let search: String = (0..2000).map(|i| format!("theme=x{i}")).collect::<Vec<_>>().join("&");
        let notices: Vec<Notice> = (0..2000).map(|i| notice("theme", &format!("x{i}"))).collect();
        let owner = Owner::new();
        let html = owner.with(|| view! { <Notices notices lang=Lang::En page="/" search=search.clone()/> }.to_html());
        assert_eq!(html.matches("<li>").count(), MAX_LISTED + 1, "the first ones and a count");
        assert!(html.contains(&(2000 - MAX_LISTED).to_string()));
        // Each listed link holds the address once (escaped, so up to twice its length); listing
        // all 2,000 would be 2,000 times it.
        assert!(html.len() < 2 * (MAX_LISTED + 1) * search.len(), "the page grows with the address, not its square");
    }

    #[test]
    fn removing_a_notice_keeps_every_other_parameter() {
        assert_eq!(without("theme=nope&theme=drones&q=gao", &notice("theme", "nope")), "theme=drones&q=gao");
        assert_eq!(without("ids=a,nope,b&title=T", &notice("ids", "nope")), "ids=a%2Cb&title=T");
        assert_eq!(without("ids=nope", &notice("ids", "nope")), "");
        assert_eq!(without("q=S%C3%A9gou&from=yesterday", &notice("from", "yesterday")), "q=S%C3%A9gou");
    }
}
