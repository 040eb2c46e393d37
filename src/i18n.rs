//! Every piece of text the interface itself shows, in English and French. Content (titles,
//! summaries) lives in `data/`; this is only the interface around it.

use crate::core::model::{ActorKind, EventKind, SourceKind};
use crate::core::query::Problem;
pub use crate::core::Lang;
pub use typography::{colon, typeset};

pub mod typography;

macro_rules! messages {
    ($($key:ident => ($en:expr, $fr:expr)),+ $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),+ }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),+];
        }

        pub fn t(lang: Lang, msg: Msg) -> &'static str {
            match (lang, msg) {
                $((Lang::En, Msg::$key) => $en, (Lang::Fr, Msg::$key) => $fr,)+
            }
        }
    };
}

messages! {
    SiteName => ("Mali Conflict Timeline", "Chronologie du conflit au Mali"),
    Tagline => ("The war in Mali and the Sahel, from the 2011 Libya war to today, with every source.",
                "La guerre au Mali et au Sahel, du conflit libyen de 2011 à nos jours, sources à l'appui."),
    SkipToEvents => ("Skip to the events", "Aller aux événements"),
    SkipToContent => ("Skip to the content", "Aller au contenu"),
    MainNav => ("Main", "Navigation principale"),
    NavTimeline => ("Timeline", "Chronologie"),
    NavMap => ("Map", "Carte"),
    NavThreads => ("Storylines", "Parcours"),
    NavActors => ("Actors", "Acteurs"),
    NavSources => ("Sources", "Sources"),
    OtherLanguage => ("Français", "English"),
    OtherLanguageLabel => ("Lire cette page en français", "Read this page in English"),
    // The offer of the other language is written in that language: t(Lang::Fr, SuggestLanguage)
    // is the French sentence offered on English pages.
    SuggestLanguage => ("This timeline is also available in English.", "Cette chronologie existe aussi en français."),
    ReadInLanguage => ("Read in English", "Lire en français"),
    SuggestDismiss => ("Stay in English", "Rester en français"),
    Filters => ("Filters", "Filtres"),
    Search => ("Search", "Rechercher"),
    SearchHint => ("Words in titles, summaries, actors and places, in English or French; accents optional.",
                   "Mots des titres, résumés, acteurs et lieux, en français ou en anglais ; accents facultatifs."),
    Themes => ("Themes", "Thèmes"),
    Actors => ("Actors", "Acteurs"),
    Place => ("Place", "Lieu"),
    Places => ("Places", "Lieux"),
    AnyPlace => ("Any place", "Tous les lieux"),
    Kind => ("Kind", "Type"),
    AnyKind => ("Any kind", "Tous les types"),
    From => ("From", "Du"),
    To => ("To", "Au"),
    DateHint => ("Year, year-month or full date (2013, 2013-01, 2013-01-11)", "Année, année-mois ou date complète (2013, 2013-01, 2013-01-11)"),
    KeyOnly => ("Key events only", "Événements clés seulement"),
    Apply => ("Apply filters", "Appliquer les filtres"),
    ClearFilters => ("Clear all filters", "Effacer tous les filtres"),
    NoResults => ("No event matches these filters.", "Aucun événement ne correspond à ces filtres."),
    Overview => ("Overview", "Vue d'ensemble"),
    OverviewHelp => ("Bars show how many events fell in each month. Choose a year to zoom the list to it, or drag across the strip to pick a span.",
                     "Les barres indiquent le nombre d'événements par mois. Choisissez une année pour y limiter la liste, ou faites glisser sur la bande pour choisir une période."),
    ForeignForces => ("Foreign forces and missions present", "Forces et missions étrangères présentes"),
    Eras => ("Periods", "Périodes"),
    Ongoing => ("ongoing", "en cours"),
    ShowAllYears => ("Show all years", "Toutes les années"),
    TurningPoint => ("Turning point", "Tournant"),
    PreviousPage => ("Previous page", "Page précédente"),
    NextPage => ("Next page", "Page suivante"),
    Pages => ("Pages of results", "Pages de résultats"),
    Shortcuts => ("Keyboard: while the list has focus, J or ↓ moves to the next entry, K or ↑ to the previous one, Home and End to the first and last.",
                  "Clavier : quand la liste a le focus, J ou ↓ passe à l'entrée suivante, K ou ↑ à la précédente, Début et Fin à la première et à la dernière."),
    Corrected => ("Some of the address was not understood:", "Une partie de l'adresse n'a pas été comprise :"),
    Download => ("Download this view:", "Télécharger cette sélection :"),
    PresentView => ("Present these events", "Présenter ces événements"),
    LessonBuilder => ("Build a lesson", "Préparer un cours"),
    LessonHelp => ("Tick events in the list, then open them as a presentation or a handout, in the order ticked.",
                   "Cochez des événements dans la liste, puis ouvrez-les en présentation ou en fiche à imprimer, dans l'ordre où vous les avez cochés."),
    AddToLesson => ("Add to lesson", "Ajouter au cours"),
    MakeLesson => ("Present the ticked events", "Présenter les événements cochés"),
    MakeHandout => ("Handout of the ticked events", "Fiche des événements cochés"),
    LessonTitle => ("Lesson title", "Titre du cours"),
    Date => ("Date", "Date"),
    AboutDate => ("About the date", "À propos de la date"),
    Sources => ("Sources", "Sources"),
    Supports => ("Supports", "Ce qu'elle étaye"),
    Archived => ("archived copy", "copie archivée"),
    Published => ("Published", "Publié"),
    Author => ("Author", "Auteur"),
    Publisher => ("Publisher", "Éditeur"),
    Language => ("Language", "Langue"),
    SourceKindLabel => ("Kind of source", "Type de source"),
    Reliability => ("Reliability note", "Note de fiabilité"),
    Contested => ("Contested claims", "Points contestés"),
    ContestedHelp => ("Sources disagree on these points. Every version is shown with who holds it.",
                      "Les sources divergent sur ces points. Chaque version est présentée avec le nom de qui l'avance."),
    According => ("According to", "Selon"),
    PreviousInTime => ("Previous event", "Événement précédent"),
    NextInTime => ("Next event", "Événement suivant"),
    InTheme => ("In the theme", "Dans le thème"),
    Around => ("Around this event", "Autour de cet événement"),
    CiteThis => ("Cite this entry", "Citer cette entrée"),
    Copy => ("Copy", "Copier"),
    Copied => ("Copied", "Copié"),
    Coordinates => ("Coordinates", "Coordonnées"),
    BackToTimeline => ("Back to the timeline", "Retour à la chronologie"),
    NotFoundTitle => ("Page not found", "Page introuvable"),
    NotFoundText => ("There is no page at this address. It may have been mistyped, or the entry may not exist.",
                     "Il n'y a pas de page à cette adresse. Elle a peut-être été mal saisie, ou l'entrée n'existe pas."),
    ActorsIntro => ("The groups, forces, missions and people that appear in the timeline: what their names and acronyms mean, and what they became.",
                    "Les groupes, forces, missions et personnes de la chronologie : ce que signifient leurs noms et sigles, et ce qu'ils sont devenus."),
    StandsFor => ("Stands for", "Signification"),
    Active => ("Active", "Période d'activité"),
    Since => ("since", "depuis"),
    Became => ("Became", "Successeur"),
    GrewOutOf => ("Grew out of", "Prédécesseur"),
    GrewOutOfMany => ("Grew out of", "Prédécesseurs"),
    ItsEvents => ("Its events", "Ses événements"),
    SourcesIntro => ("Every source the timeline cites, with what a reader should know about it and the events it supports.",
                     "Toutes les sources citées par la chronologie, avec ce qu'un lecteur doit en savoir et les événements qu'elles étayent."),
    AllPublishers => ("All publishers", "Tous les éditeurs"),
    AllKinds => ("All kinds", "Tous les types"),
    AllLanguages => ("All languages", "Toutes les langues"),
    Filter => ("Filter", "Filtrer"),
    CitedBy => ("Events it supports", "Événements qu'elle étaye"),
    OpenOriginal => ("Open the original", "Ouvrir l'original"),
    ThreadsIntro => ("Curated paths through the story, each ready to present in class or print as a handout.",
                     "Des parcours choisis à travers l'histoire, prêts à être présentés en classe ou imprimés."),
    Present => ("Present", "Présenter"),
    PrintHandout => ("Print a handout", "Imprimer une fiche"),
    Slide => ("Slide", "Diapositive"),
    Of => ("of", "sur"),
    PreviousSlide => ("Previous", "Précédent"),
    NextSlide => ("Next", "Suivant"),
    FullScreen => ("Full screen", "Plein écran"),
    Autoplay => ("Play automatically", "Lecture automatique"),
    Pause => ("Pause", "Pause"),
    PresentHelp => ("Arrow keys, Page Up/Down or Space to move; Home and End for the first and last slide.",
                    "Flèches, Page préc./suiv. ou Espace pour naviguer ; Début et Fin pour la première et la dernière diapositive."),
    Lesson => ("Lesson", "Cours"),
    EmptyLesson => ("This presentation has no events. Choose a storyline or tick events on the timeline.",
                    "Cette présentation ne contient aucun événement. Choisissez un parcours ou cochez des événements dans la chronologie."),
    Handout => ("Handout", "Fiche à imprimer"),
    OpenInSite => ("Open in the Mali Conflict Timeline", "Ouvrir dans la Chronologie du conflit au Mali"),
    Footer => ("Summaries are our own words; follow each source to the original. Open data: ",
               "Les résumés sont rédigés par nos soins ; suivez chaque source jusqu'à l'original. Données ouvertes : "),
    TimelineList => ("Events", "Événements"),
    JsonApi => ("JSON API", "API JSON"),
    Select => ("Select", "Sélection"),
    RemoveFromAddress => ("remove it", "le retirer"),
    SlidesCapped => ("Too many events for one presentation, so only the first are shown (narrow the filters or choose a storyline to see the others). Slides", "Trop d'événements pour une seule présentation : seuls les premiers sont montrés (affinez les filtres ou choisissez un parcours pour voir les autres). Diapositives"),
    NoticesNotShown => ("further parts of the address not understood, not listed", "autres parties de l'adresse non comprises, non listées"),
    NothingNamed => ("Nothing to show: the address names a storyline or events that do not exist.",
                     "Rien à montrer : l'adresse désigne un parcours ou des événements qui n'existent pas."),
    FiltersApplied => ("applied", "appliqués"),
    AnyKindHint => ("None ticked: every kind.", "Aucun coché : tous les types."),
    AnyPlaceHint => ("None ticked: every place.", "Aucun coché : tous les lieux."),
    AnyActorHint => ("None ticked: every actor.", "Aucun coché : tous les acteurs."),
    MapTitle => ("Where it happened", "Où cela s'est passé"),
    MapIntro => ("Each circle is a place of the events in this view, larger for more events; a country's name with a number counts the events set in the country as a whole. Choose a place to read its events on the timeline; the table below the map lists every place.",
                 "Chaque cercle est un lieu des événements de cette sélection, d'autant plus grand qu'il en compte ; le nom d'un pays suivi d'un nombre compte les événements situés dans l'ensemble du pays. Choisissez un lieu pour lire ses événements dans la chronologie ; le tableau sous la carte liste tous les lieux."),
    MapName => ("Map of Mali and its neighbours with the places of these events", "Carte du Mali et de ses voisins avec les lieux de ces événements"),
    MapSource => ("Borders: Natural Earth (public domain), simplified. Places at their recorded coordinates.",
                  "Frontières : Natural Earth (domaine public), simplifiées. Lieux à leurs coordonnées enregistrées."),
    MapPlaces => ("Places of these events", "Lieux de ces événements"),
    Region => ("Region", "Région"),
    EventsColumn => ("Events", "Événements"),
    BeyondMap => ("beyond the map", "hors de la carte"),
    SeeOnMap => ("See these events on a map", "Voir ces événements sur une carte"),
    SeeOnTimeline => ("Read these events on the timeline", "Lire ces événements dans la chronologie"),
    LocatorName => ("Map showing", "Carte situant"),
    NotOnMap => ("Beyond the map", "Hors de la carte"),
    MapDetail => ("Central Mali and the three-borders area, enlarged (the dashed box on the map above).",
                  "Le centre du Mali et la zone des trois frontières, agrandis (le cadre en pointillés sur la carte ci-dessus)."),
    MapDetailName => ("Enlarged map of central Mali and the three-borders area with the places of these events",
                      "Carte agrandie du centre du Mali et de la zone des trois frontières avec les lieux de ces événements"),
    RegionMap => ("Map of Mali and its neighbours", "Carte du Mali et de ses voisins"),
}

pub fn event_kind(lang: Lang, kind: EventKind) -> &'static str {
    use EventKind::*;
    match (lang, kind) {
        (Lang::En, Attack) => "Attack",
        (Lang::Fr, Attack) => "Attaque",
        (Lang::En, Battle) => "Battle",
        (Lang::Fr, Battle) => "Bataille",
        (Lang::En, Capture) => "Capture of a town",
        (Lang::Fr, Capture) => "Prise d'une ville",
        (Lang::En, Coup) => "Coup",
        (Lang::Fr, Coup) => "Coup d'État",
        (Lang::En, Agreement) => "Agreement",
        (Lang::Fr, Agreement) => "Accord",
        (Lang::En, Resolution) => "Resolution",
        (Lang::Fr, Resolution) => "Résolution",
        (Lang::En, Deployment) => "Deployment",
        (Lang::Fr, Deployment) => "Déploiement",
        (Lang::En, Withdrawal) => "Withdrawal",
        (Lang::Fr, Withdrawal) => "Retrait",
        (Lang::En, Election) => "Election",
        (Lang::Fr, Election) => "Élection",
        (Lang::En, Referendum) => "Referendum",
        (Lang::Fr, Referendum) => "Référendum",
        (Lang::En, Strike) => "Strike",
        (Lang::Fr, Strike) => "Frappe",
        (Lang::En, Massacre) => "Massacre",
        (Lang::Fr, Massacre) => "Massacre",
        (Lang::En, Announcement) => "Announcement",
        (Lang::Fr, Announcement) => "Annonce",
        (Lang::En, Sanctions) => "Sanctions",
        (Lang::Fr, Sanctions) => "Sanctions",
        (Lang::En, Founding) => "Founding",
        (Lang::Fr, Founding) => "Fondation",
        (Lang::En, Killing) => "Killing",
        (Lang::Fr, Killing) => "Mort violente",
        (Lang::En, Accident) => "Accident",
        (Lang::Fr, Accident) => "Accident",
        (Lang::En, Death) => "Death",
        (Lang::Fr, Death) => "Décès",
        (Lang::En, Kidnapping) => "Hostages",
        (Lang::Fr, Kidnapping) => "Otages",
        (Lang::En, Displacement) => "Displacement",
        (Lang::Fr, Displacement) => "Déplacement de population",
        (Lang::En, Declaration) => "Declaration",
        (Lang::Fr, Declaration) => "Déclaration",
        (Lang::En, Political) => "Politics",
        (Lang::Fr, Political) => "Politique",
        (Lang::En, Report) => "Report",
        (Lang::Fr, Report) => "Rapport",
    }
}

pub fn source_kind(lang: Lang, kind: SourceKind) -> &'static str {
    use SourceKind::*;
    match (lang, kind) {
        (Lang::En, Official) => "Official document",
        (Lang::Fr, Official) => "Document officiel",
        (Lang::En, News) => "News report",
        (Lang::Fr, News) => "Article de presse",
        (Lang::En, Report) => "UN, NGO or research report",
        (Lang::Fr, Report) => "Rapport (ONU, ONG, recherche)",
        (Lang::En, Analysis) => "Analysis",
        (Lang::Fr, Analysis) => "Analyse",
        (Lang::En, Reference) => "Reference work",
        (Lang::Fr, Reference) => "Ouvrage de référence",
        (Lang::En, Opinion) => "Blog or opinion",
        (Lang::Fr, Opinion) => "Blog ou tribune",
    }
}

pub fn actor_kind(lang: Lang, kind: ActorKind) -> &'static str {
    use ActorKind::*;
    match (lang, kind) {
        (Lang::En, State) => "State",
        (Lang::Fr, State) => "État",
        (Lang::En, StateForce) => "State armed force",
        (Lang::Fr, StateForce) => "Force armée d'un État",
        (Lang::En, ArmedGroup) => "Armed group",
        (Lang::Fr, ArmedGroup) => "Groupe armé",
        (Lang::En, RebelMovement) => "Rebel movement",
        (Lang::Fr, RebelMovement) => "Mouvement rebelle",
        (Lang::En, PrivateMilitary) => "Private military company",
        (Lang::Fr, PrivateMilitary) => "Société militaire privée",
        (Lang::En, InternationalMission) => "International body or mission",
        (Lang::Fr, InternationalMission) => "Instance ou mission internationale",
        (Lang::En, RegionalBody) => "Regional organisation",
        (Lang::Fr, RegionalBody) => "Organisation régionale",
        (Lang::En, Political) => "Political body",
        (Lang::Fr, Political) => "Organe politique",
        (Lang::En, Person) => "Person",
        (Lang::Fr, Person) => "Personne",
    }
}

pub fn problem(lang: Lang, problem: Problem) -> &'static str {
    match (lang, problem) {
        (Lang::En, Problem::UnknownParameter) => "unknown parameter, ignored",
        (Lang::Fr, Problem::UnknownParameter) => "paramètre inconnu, ignoré",
        (Lang::En, Problem::UnknownValue) => "we have nothing by this name, so nothing matches it",
        (Lang::Fr, Problem::UnknownValue) => "rien ne porte ce nom ici, donc rien n'y correspond",
        (Lang::En, Problem::BadDate) => "not a date (use 2013, 2013-01 or 2013-01-11), so nothing matches it",
        (Lang::Fr, Problem::BadDate) => "date illisible (écrire 2013, 2013-01 ou 2013-01-11), donc rien n'y correspond",
        (Lang::En, Problem::Swapped) => "the start came after the end: the two were swapped",
        (Lang::Fr, Problem::Swapped) => "le début était après la fin : les deux ont été inversés",
        (Lang::En, Problem::BadNumber) => "not a usable number, the first one is shown",
        (Lang::Fr, Problem::BadNumber) => "numéro inutilisable, le premier est affiché",
        (Lang::En, Problem::Shortened) => "too long, shortened",
        (Lang::Fr, Problem::Shortened) => "trop long, raccourci",
        (Lang::En, Problem::NoWords) => "no letter or digit to search for, so nothing matches it",
        (Lang::Fr, Problem::NoWords) => "aucune lettre ni aucun chiffre à chercher, donc rien n'y correspond",
        (Lang::En, Problem::NotHere) => "used by presentations, handouts, embeds and downloads, not by this page: ignored",
        (Lang::Fr, Problem::NotHere) => "sert aux présentations, polycopiés, intégrations et téléchargements, pas à cette page : ignoré",
    }
}

/// The name of a source's language, as a reader of `lang` calls it.
pub fn language_name(lang: Lang, code: &str) -> String {
    let name = match (lang, code) {
        (Lang::En, "en") => "English",
        (Lang::Fr, "en") => "anglais",
        (Lang::En, "fr") => "French",
        (Lang::Fr, "fr") => "français",
        (Lang::En, "ar") => "Arabic",
        (Lang::Fr, "ar") => "arabe",
        (Lang::En, "es") => "Spanish",
        (Lang::Fr, "es") => "espagnol",
        (Lang::En, "de") => "German",
        (Lang::Fr, "de") => "allemand",
        (Lang::En, "ru") => "Russian",
        (Lang::Fr, "ru") => "russe",
        _ => return code.to_string(),
    };
    name.to_string()
}

/// A whole number as each language writes it: "10,000" and "10 000".
pub fn number(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// "1 event", "152 events", "1 événement", "152 événements".
pub fn count_events(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 event".into(),
        (Lang::En, n) => format!("{} events", number(lang, n)),
        (Lang::Fr, 0) | (Lang::Fr, 1) => format!("{n} événement"),
        (Lang::Fr, n) => format!("{} événements", number(lang, n)),
    }
}

pub fn count_sources(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 source".into(),
        (Lang::En, n) => format!("{n} sources"),
        (Lang::Fr, 0) | (Lang::Fr, 1) => format!("{n} source"),
        (Lang::Fr, n) => format!("{n} sources"),
    }
}

/// "152 events match" / "152 événements correspondent", said to screen readers too.
pub fn matching(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("{} of {}", count_events(lang, n), number(lang, total)),
        Lang::Fr => format!("{} sur {}", count_events(lang, n), number(lang, total)),
    }
}

/// A place and its number of events: "Gao: 12 events", « Gao : 12 événements ».
pub fn place_count(lang: Lang, name: &str, n: usize) -> String {
    labelled(lang, name, &count_events(lang, n))
}

/// "Label: value" with each language's spacing before the colon.
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    format!("{label}{}{value}", colon(lang))
}

pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::En => format!("Page {page} of {pages}"),
        Lang::Fr => format!("Page {page} sur {pages}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_string_exists_in_both_languages() {
        for &msg in Msg::ALL {
            assert!(!t(Lang::En, msg).trim().is_empty(), "{msg:?} has no English");
            assert!(!t(Lang::Fr, msg).trim().is_empty(), "{msg:?} has no French");
        }
        for &k in EventKind::ALL {
            assert!(!event_kind(Lang::Fr, k).is_empty() && !event_kind(Lang::En, k).is_empty());
        }
    }

    #[test]
    fn counts_are_written_the_way_each_language_does() {
        assert_eq!(count_events(Lang::En, 1), "1 event");
        assert_eq!(count_events(Lang::En, 10000), "10,000 events");
        assert_eq!(count_events(Lang::Fr, 10000), "10\u{202f}000 événements");
        assert_eq!(count_events(Lang::Fr, 0), "0 événement");
        assert_eq!(matching(Lang::Fr, 3, 152), "3 événements sur 152");
        assert_eq!(place_count(Lang::En, "Gao", 12), "Gao: 12 events");
        assert_eq!(place_count(Lang::Fr, "Gao", 12), "Gao\u{202f}: 12 événements");
    }
}
