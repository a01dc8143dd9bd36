//! Tests on real sentences: the seed article, the development set and the Wikinews corpus.

use chrono::NaiveDate;

use super::{find_time_expressions, Precision};
use crate::text::{split_sentences, tokenise};

use Precision::{Day, Month, Week, Year};

fn ymd(s: &str) -> NaiveDate {
    let mut parts = s.split('-').map(|p| p.parse::<u32>().expect("a number"));
    let (y, m, d) = (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    );
    NaiveDate::from_ymd_opt(y as i32, m, d).expect("a valid date")
}

/// Every expression in `text`: its surface in the original, past, future and precision.
fn found(text: &str, published: &str) -> Vec<(String, String, String, Precision)> {
    let published = ymd(published);
    let mut out = Vec::new();
    for sentence in split_sentences(text) {
        for e in find_time_expressions(&sentence.tokens, published) {
            assert!(e.first < e.end && e.end <= sentence.tokens.len());
            let surface = &text[sentence.tokens[e.first].start..sentence.tokens[e.end - 1].end];
            out.push((
                surface.to_string(),
                e.past.to_string(),
                e.future.to_string(),
                e.precision,
            ));
        }
    }
    out
}

/// Asserts that `text` holds exactly the expressions `expected`: (surface, past, future, precision).
#[track_caller]
fn check(text: &str, published: &str, expected: &[(&str, &str, &str, Precision)]) {
    let got = found(text, published);
    let want: Vec<_> = expected
        .iter()
        .map(|&(s, p, f, pr)| (s.to_string(), p.to_string(), f.to_string(), pr))
        .collect();
    assert_eq!(got, want, "in {text:?} published {published}");
}

/// Asserts that `text` holds a single expression with `surface` and the same past and future.
#[track_caller]
fn fixed(text: &str, published: &str, surface: &str, date: &str, precision: Precision) {
    check(text, published, &[(surface, date, date, precision)]);
}

#[track_caller]
fn none(text: &str, published: &str) {
    check(text, published, &[]);
}

// --- the seed article, published Monday 2025-09-29 ---------------------------------------

const SEED: &str = "2025-09-29";

#[test]
fn seed_on_monday_in_a_monday_article() {
    check(
        "In her second trip to China in less than a month, North Korean Foreign Minister Choe Son-hui met Chinese Premier Li Qiang on Monday, as Beijing and Pyongyang continue to deepen high-level diplomatic engagement amid shifting regional dynamics.",
        SEED,
        &[("on Monday", "2025-09-29", "2025-09-29", Day)],
    );
}

#[test]
fn seed_on_sunday() {
    check(
        "The meeting follows Choe’s earlier talks with Chinese Foreign Minister Wang Yi on Sunday, where the two sides reportedly reached a “complete consensus” on key international and regional issues.",
        SEED,
        &[("on Sunday", "2025-09-28", "2025-10-05", Day)],
    );
}

#[test]
fn seed_on_september_3() {
    check(
        "Her latest trip follows her earlier visit on September 3, when she accompanied North Korean leader Kim Jong-un to Beijing to attend China’s military parade.",
        SEED,
        &[("on September 3", "2025-09-03", "2026-09-03", Day)],
    );
}

#[test]
fn seed_october_10_future_and_earlier_this_month() {
    check(
        "This week’s meetings have also fueled speculation about whether President Xi might attend North Korea’s upcoming military parade on October 10, marking the 80th anniversary of the founding of the ruling Workers’ Party of Korea — a potential reciprocal gesture to Kim’s visit earlier this month.",
        SEED,
        &[
            ("This week’s", "2025-09-29", "2025-09-29", Week),
            ("on October 10", "2024-10-10", "2025-10-10", Day),
            ("earlier this month", "2025-09-01", "2025-09-01", Month),
        ],
    );
}

#[test]
fn seed_in_june_2022() {
    fixed(
        "Choe’s latest visit also marks her first solo trip to China as foreign minister, a role she assumed in June 2022, and her first one-on-one meeting with her Chinese counterpart since taking office.",
        SEED,
        "in June 2022",
        "2022-06-01",
        Month,
    );
}

#[test]
fn seed_bare_september_and_the_third_day() {
    // "the September military parade" is a month; "the third day" and "second trip" are not dates
    check(
        "During her talks with Wang Yi, Choe described the September military parade as a showcase of China’s “historic achievements”.",
        SEED,
        &[("the September", "2025-09-01", "2025-09-01", Month)],
    );
    none(
        "Premier Li welcomed Choe in Beijing on the third day of her four-day visit.",
        SEED,
    );
}

#[test]
fn seed_whole_article_never_panics() {
    let Ok(json) = std::fs::read_to_string("../shared/examples/seed_article.json") else {
        return;
    };
    let article: serde_json::Value = serde_json::from_str(&json).unwrap();
    let text = article["text"].as_str().unwrap();
    let all = found(text, SEED);
    assert!(all.iter().any(|(s, ..)| s == "on September 3"));
}

// --- the development set: sentences whose gold date comes from a time expression ---------

#[test]
fn dev_today() {
    fixed(
        "Israeli Prime Minister Ariel Sharon  and Palesinian President Mahmoud Abbas  today declared an end to military and violent activities against each other.",
        "2005-02-08",
        "today",
        "2005-02-08",
        Day,
    );
}

#[test]
fn dev_on_wednesday_in_a_thursday_article() {
    // ID6328: gold 2005-03-23
    check(
        "American  President George Bush , Canadian  Prime Minister Paul Martin , and Mexican  President Vincente Fox  met at Baylor University  in Waco , Texas  on Wednesday.",
        "2005-03-24",
        &[("on Wednesday", "2005-03-23", "2005-03-30", Day)],
    );
}

#[test]
fn dev_weekday_with_its_date() {
    // ID6849: gold 2005-03-29, and the weekday fixes the year
    fixed(
        "The Brazil ian President Luiz Inácio Lula da Silva met the leaders of Colombia , Venezuela  and Spain , in Ciudad Guyana , 500 km (311 miles)  from Caracas , in Venezuela , Tuesday, March 29.",
        "2005-03-31",
        "Tuesday, March 29",
        "2005-03-29",
        Day,
    );
}

#[test]
fn dev_on_march_22() {
    check(
        "The US Secretary of  Defense   Donald Rumsfeld , was in Brazil on March 22 and he said that he was very worried about  the political situation in Venezuela.",
        "2005-03-31",
        &[("on March 22", "2005-03-22", "2006-03-22", Day)],
    );
}

#[test]
fn dev_in_december_last_year() {
    fixed(
        "The regional summit aimed to improve the diplomatic relations between Colombia  and Venezuela, that had been shaken after the arrest of the FARC  communist  member Rodrigo Granda, in December, last year.",
        "2005-03-31",
        "in December, last year",
        "2004-12-01",
        Month,
    );
}

#[test]
fn dev_wednesday_evening() {
    check(
        "Wednesday evening, Chen met with the delegation to discuss cross-Straits  economic ties.",
        "2005-03-30",
        &[("Wednesday evening", "2005-03-30", "2005-03-30", Day)],
    );
}

#[test]
fn dev_on_june_13() {
    check(
        "On June 13 the Fijian government announced its intention to stop all commercial relations with Vanuatu unless this issue was resolved.",
        "2005-07-01",
        &[("On June 13", "2005-06-13", "2006-06-13", Day)],
    );
}

#[test]
fn dev_last_tuesday_and_possessive() {
    // ID27811, published Monday 2005-12-12: gold 2005-12-06
    fixed(
        "Days after reports of the shooting leaked out, Beijing  has confirmed that police had opened fire last Tuesday on villagers protesting against land seizures.",
        "2005-12-12",
        "last Tuesday",
        "2005-12-06",
        Day,
    );
    fixed("Last Tuesday's demonstration was to demand the release of three more who had been detained.", "2005-12-12", "Last Tuesday's", "2005-12-06", Day);
}

#[test]
fn dev_bare_weekday_on_publication_day() {
    // ID30695, published Saturday 2006-01-14
    check(
        "The Foreign Office issued a statement Saturday saying it lodged a formal complaint with the United States embassy in Islamabad , where it will be hand delivered by Foreign Secretary Riaz Khan.",
        "2006-01-14",
        &[("Saturday", "2006-01-14", "2006-01-14", Day)],
    );
    check(
        "A United States  military air strike on a Pakistani  village on Friday killed at least 18 people, including women and children.",
        "2006-01-14",
        &[("on Friday", "2006-01-13", "2006-01-20", Day)],
    );
}

#[test]
fn dev_the_february_2_expulsion_and_february_5th() {
    check(
        "The earlier action by Venezuela had been the February 2 expulsion of U.S. naval attache, John Correa.",
        "2006-02-07",
        &[("the February 2", "2006-02-02", "2007-02-02", Day)],
    );
    check(
        "On February 5th, Chavez responded with a similar comparison, saying &quot;I think Hitler could be a nursery baby next to George W. Bush .&quot;",
        "2006-02-07",
        &[("On February 5th", "2006-02-05", "2007-02-05", Day)],
    );
}

#[test]
fn dev_this_mornings_raid() {
    fixed(
        "Spokeswoman Janelle Hironimus of the US  Department of State also responded to this morning's raid, stating: &quot;As we have said before, we condemn all acts by the government of Belarus to deprive the citizens of that country of their right to peacefully express their views.&quot;",
        "2006-03-24",
        "this morning's",
        "2006-03-24",
        Day,
    );
}

#[test]
fn dev_day_first_dates() {
    // ID40221 and ID998
    check(
        "Chad broke off diplomatic relations with Sudan on 14 April, a day after an attack on N’Djamena  by rebel forces from Sudan.",
        "2006-05-09",
        &[("on 14 April", "2006-04-14", "2007-04-14", Day)],
    );
    check(
        "On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador  to China Anami Koreshige in Beijing  and offered an apology for the incident.",
        "2004-11-18",
        &[("On 17 November", "2004-11-17", "2005-11-17", Day)],
    );
}

#[test]
fn dev_the_22nd_july_and_last_week() {
    check(
        "Government diplomats boycotted talks last week, but more meetings are set for the 22nd July.",
        "2006-07-20",
        &[("last week", "2006-07-10", "2006-07-10", Week), ("for the 22nd July", "2005-07-22", "2006-07-22", Day)],
    );
}

#[test]
fn dev_monday_between_commas_and_july_12() {
    check(
        "2006 Israel-Lebanon conflict  United Nations  Secretary General  Kofi Annan  called on Hezbollah , Monday, to release the two Israeli  soldiers who were captured on July 12.",
        "2006-08-31",
        &[("Monday", "2006-08-28", "2006-09-04", Day), ("on July 12", "2006-07-12", "2007-07-12", Day)],
    );
}

#[test]
fn dev_last_sunday_and_six_years_ago() {
    fixed(
        "Last Sunday the Sudanese  government signed a peace treaty with the united rebel groups at the , at the border with Eritrea.",
        "2006-10-17",
        "Last Sunday",
        "2006-10-15",
        Day,
    );
    check(
        "On Monday, the United Nations accused Eritrea of moving some 1,500 soldiers into a U.N. buffer zone, instituted six-years ago over a border conflict.",
        "2006-10-17",
        &[("On Monday", "2006-10-16", "2006-10-23", Day), ("six-years ago", "2000-01-01", "2000-01-01", Year)],
    );
}

#[test]
fn dev_from_sunday_morning_future() {
    check(
        "&quot;From Sunday morning, we will begin activities at Natanz, the site of 3,000-centrifuge machines, and we will drive it with full speed.",
        "2006-12-24",
        &[("From Sunday morning", "2006-12-24", "2006-12-24", Day)],
    );
}

#[test]
fn dev_yesterday_night_and_just_yesterday() {
    fixed(
        "Yesterday night, Prime Minister Karamanlis hosted a dinner in honour of the Russian and Bulgarian heads of state in central Athens.",
        "2007-03-15",
        "Yesterday night",
        "2007-03-14",
        Day,
    );
    check(
        "Just yesterday, police temporarily detained opposistion leader Morgan Tsvangirai  (MDC ), who is running against President Robert Mugabe  in a run-off election on June 27.",
        "2008-06-05",
        &[("yesterday", "2008-06-04", "2008-06-04", Day), ("on June 27", "2007-06-27", "2008-06-27", Day)],
    );
}

#[test]
fn dev_this_weekend_and_tomorrow() {
    // ID72062, published Monday 2007-06-18: gold 2007-06-19 for "tomorrow"
    check(
        "Ehud Olmert , Prime Minister  of Israel, flew to the US this weekend and is scheduled to discuss the situation in Gaza with US President  George Bush  tomorrow.",
        "2007-06-18",
        &[("this weekend", "2007-06-16", "2007-06-23", Week), ("tomorrow", "2007-06-19", "2007-06-19", Day)],
    );
}

#[test]
fn dev_on_the_11th_of_august_and_august_7() {
    check(
        "On the 11th of August Russian troops advanced into Georgian home turf from their base in Abkhazia .",
        "2008-08-15",
        &[("On the 11th of August", "2008-08-11", "2009-08-11", Day)],
    );
    check(
        "Russia advanced into the break-away province of South Ossetia  on August 7 to aid the South Ossetian rebels who had been battling Georgian troops.",
        "2008-08-15",
        &[("on August 7", "2008-08-07", "2009-08-07", Day)],
    );
}

#[test]
fn dev_late_on_thursday() {
    // ID119151, published Sunday 2009-01-11: gold 2009-01-08
    check(
        "palestine Late on Thursday the United Nations   passed a resolution calling for an immediate ceasefire between Israel  and Hamas  in the Gaza Strip .",
        "2009-01-11",
        &[("Late on Thursday", "2009-01-08", "2009-01-15", Day)],
    );
    check(
        "United Nations aid agency UNRWA  resumed aid shipments yesterday, after halting them on Thursday citing safety risks.",
        "2009-01-11",
        &[("yesterday", "2009-01-10", "2009-01-10", Day), ("on Thursday", "2009-01-08", "2009-01-15", Day)],
    );
}

#[test]
fn dev_detained_friday_and_planned_for_saturday() {
    // ID103015, published Saturday 2008-03-29
    check(
        "Around 240 demonstrators in the Chile an capital of Santiago  were detained Friday after anti-government protests.",
        "2008-03-29",
        &[("Friday", "2008-03-28", "2008-04-04", Day)],
    );
    check(
        "Additional protests are planned for Saturday, when the Day of the Youth Combatant will be formally recognized.",
        "2008-03-29",
        &[("for Saturday", "2008-03-29", "2008-03-29", Day)],
    );
    fixed(
        "The day commemorates the deaths of Eduardo and Rafael Vergara, brothers who were assassinated on March 29, 1985 under the dictatorship of Augusto Pinochet .",
        "2008-03-29",
        "on March 29, 1985",
        "1985-03-29",
        Day,
    );
}

#[test]
fn dev_months_years_and_counts() {
    check(
        "The UN had reduced its troops and military observers from 3,300 to 2,300 in May, and threatened late September to further reduce this number.",
        "2006-10-17",
        &[("in May", "2006-05-01", "2007-05-01", Month), ("late September", "2006-09-01", "2007-09-01", Month)],
    );
    check(
        "The current border conflict between Eritrea and Ethiopia started in 1998, and ended in 2000 with a peace deal.",
        "2006-10-17",
        &[("in 1998", "1998-01-01", "1998-01-01", Year), ("in 2000", "2000-01-01", "2000-01-01", Year)],
    );
    fixed(
        "Batasuna was outlawed by Spain's Supreme Court in March 2003 alleging that it was the political wing of ETA .",
        "2007-10-05",
        "in March 2003",
        "2003-03-01",
        Month,
    );
    fixed(
        "Aid to the Palestinian Authority  had previously been ceased some 15 months ago when Hamas  seized control.",
        "2007-06-18",
        "15 months ago",
        "2006-03-01",
        Month,
    );
    fixed(
        "Anjana Pasricha reports from New Delhi the withdrawal is largely symbolic because the Norwegian -brokered truce collapsed two years ago.",
        "2008-01-03",
        "two years ago",
        "2006-01-01",
        Year,
    );
}

#[test]
fn dev_next_month_and_later_this_week() {
    check(
        "Pakistan 's President Pervez Musharraf  held talks with British  Prime Minister Gordon Brown  in London on Tuesday, reassuring his host that Pakistan will hold a fair election next month.",
        "2008-01-28",
        &[("on Tuesday", "2008-01-22", "2008-01-29", Day), ("next month", "2008-02-01", "2008-02-01", Month)],
    );
    fixed(
        "The ceasefire will not take effect until the day after both sides sign a comprehensive peace deal, which is expected to be completed later this week.",
        "2008-02-24",
        "later this week",
        "2008-02-18",
        Week,
    );
}

#[test]
fn dev_gold_dates_resolve() {
    // every dev sentence above whose gold date comes from its own time expression, checked
    // against the gold file's date with `past`
    let cases = [
        ("ID998", "2004-11-18", "On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador", "2004-11-17"),
        ("ID6328", "2005-03-24", "Vincente Fox  met at Baylor University  in Waco , Texas  on Wednesday.", "2005-03-23"),
        ("ID27811", "2005-12-12", "police had opened fire last Tuesday on villagers", "2005-12-06"),
        ("ID40221", "2006-05-09", "Sudan and the biggest rebel group signed a peace deal last Friday to end the  three year old civil war.", "2006-05-05"),
        ("ID45737", "2006-07-20", "closed in on Baidoa, the home of  Somalia’s  beleaguered interim government on Wednesday.", "2006-07-19"),
        ("ID45737", "2006-07-20", "after capturing the country’s capital,  Mogadishu  on 11 July, soldiers from Somalia’s neighbour", "2006-07-11"),
        ("ID52773", "2006-10-17", "Ethiopia infobox  On Monday, the United Nations  accused Eritrea", "2006-10-16"),
        ("ID53835", "2006-11-03", "Iran's  Revolutionary Guards  began another series of military exercises on Thursday days after", "2006-11-02"),
        ("ID62209", "2007-03-10", "hit a nearby restaurant on March 7 killed 13 civilians and wounded 20.", "2007-03-07"),
        ("ID70201", "2007-05-29", "In talks mediated by Iraq i officials on Monday, the United States  Ambassador", "2007-05-28"),
        ("ID84536", "2007-11-06", "On Monday, the Prime Minister  of Turkey , Recep Tayyip Erdoğan  paid an official state visit", "2007-11-05"),
        ("ID100319", "2008-02-24", "On Saturday, the Uganda n government signed a permanent ceasefire", "2008-02-23"),
        ("ID111513", "2008-08-15", "Rice arrived in Georgia on Friday, and according to Saakashvili, the pair met for about five hours.", "2008-08-15"),
        ("ID121426", "2009-02-24", "Somalia On Sunday, suicide bombers killed 11 African Union  (AU) peacekeepers", "2009-02-22"),
    ];
    for (id, published, text, gold) in cases {
        let got = found(text, published);
        assert_eq!(got.len(), 1, "{id}: {got:?}");
        assert_eq!(got[0].1, gold, "{id}: {text}");
    }
}

// --- odd cases ----------------------------------------------------------------------------

#[test]
fn may_the_modal_verb_is_not_a_month() {
    none(
        "The Democratic Republic of the Congo  may be preparing to have its troops face those of Rwanda , which have allegedly been sighted.",
        "2004-12-03",
    );
    none("Xi may attend the parade, officials said.", SEED);
    none("May I say that the talks went well.", SEED);
    check(
        "He will step down in May.",
        SEED,
        &[("in May", "2025-05-01", "2026-05-01", Month)],
    );
    check(
        "The vote was held on May 5, 2005.",
        SEED,
        &[("on May 5, 2005", "2005-05-05", "2005-05-05", Day)],
    );
    check("Theresa May met Macron.", SEED, &[]);
}

#[test]
fn march_the_verb_is_not_a_month() {
    none("Protesters plan to march on the capital.", SEED);
    none("March on, they said.", SEED);
    check(
        "They will march in March.",
        SEED,
        &[("in March", "2025-03-01", "2026-03-01", Month)],
    );
}

#[test]
fn invalid_dates_are_skipped() {
    none("The deal was signed on February 30.", SEED);
    none("The deal was signed on 31 April 2005.", SEED);
    none("It happened on 2025-13-45.", SEED);
    none("It happened in 1750 and again in 2300.", SEED);
    // February 29 resolves to the nearest leap years
    check(
        "The vote is on February 29.",
        "2025-09-29",
        &[("on February 29", "2024-02-29", "2028-02-29", Day)],
    );
}

#[test]
fn huge_numbers_do_not_overflow() {
    none(
        "It happened 999999 years ago, or 99999999999999999999 days ago.",
        SEED,
    );
    none("It will happen in 999999 months' time.", SEED);
    fixed(
        "It happened 300 days ago.",
        SEED,
        "300 days ago",
        "2024-12-03",
        Day,
    );
}

#[test]
fn last_friday_in_a_friday_article() {
    // ID48286 was published on Friday 2006-08-25
    fixed(
        "The wife of the Czech Republic 's new prime minister has joined a rival political party after he admitted, last Friday, having a affair with the deputy leader of parliament.",
        "2006-08-25",
        "last Friday",
        "2006-08-18",
        Day,
    );
    check(
        "The talks were held on Friday.",
        "2006-08-25",
        &[("on Friday", "2006-08-25", "2006-08-25", Day)],
    );
    fixed(
        "The talks will resume next Friday.",
        "2006-08-25",
        "next Friday",
        "2006-09-01",
        Day,
    );
    fixed(
        "The talks will resume this coming Friday.",
        "2006-08-25",
        "this coming Friday",
        "2006-09-01",
        Day,
    );
    fixed(
        "The talks ended this past Friday.",
        "2006-08-25",
        "this past Friday",
        "2006-08-18",
        Day,
    );
}

#[test]
fn december_dates_in_a_january_article() {
    // ID32104, published 2006-01-28
    check(
        "The Farley Mowat, which sailed from Melbourne, Australia  on December 6, was detained in Cape Town harbour.",
        "2006-01-28",
        &[("on December 6", "2005-12-06", "2006-12-06", Day)],
    );
    check(
        "Talks resume on 23 December.",
        "2009-01-11",
        &[("on 23 December", "2008-12-23", "2009-12-23", Day)],
    );
    check(
        "They met in December.",
        "2009-01-11",
        &[("in December", "2008-12-01", "2009-12-01", Month)],
    );
    fixed("A presidential election was held in Ghana on 7 December 2008, at the same time as a parliamentary election .", "2009-01-03", "on 7 December 2008", "2008-12-07", Day);
    fixed(
        "They met last month.",
        "2009-01-11",
        "last month",
        "2008-12-01",
        Month,
    );
    fixed(
        "They met last December.",
        "2009-01-11",
        "last December",
        "2008-12-01",
        Month,
    );
    fixed(
        "They met last year.",
        "2009-01-11",
        "last year",
        "2008-01-01",
        Year,
    );
}

#[test]
fn abbreviated_months() {
    check(
        "On Sept. 8, 2004 CBS presented a story about President Bush.",
        "2005-01-10",
        &[("On Sept. 8, 2004", "2004-09-08", "2004-09-08", Day)],
    );
    check(
        "They met Sept. 3 in Beijing.",
        SEED,
        &[("Sept. 3", "2025-09-03", "2026-09-03", Day)],
    );
    check(
        "They met Sep 3rd in Beijing.",
        SEED,
        &[("Sep 3rd", "2025-09-03", "2026-09-03", Day)],
    );
    check(
        "The budget year starts Jan. 1.",
        SEED,
        &[("Jan. 1", "2025-01-01", "2026-01-01", Day)],
    );
    check(
        "The talks were in Dec. and went well.",
        SEED,
        &[("in Dec.", "2024-12-01", "2025-12-01", Month)],
    );
    none("Jan Egeland visited Darfur.", SEED);
}

#[test]
fn month_day_orders_and_years() {
    fixed(
        "The parade was on September 3, 2025.",
        SEED,
        "on September 3, 2025",
        "2025-09-03",
        Day,
    );
    fixed(
        "The parade was on 3 September 2025.",
        SEED,
        "on 3 September 2025",
        "2025-09-03",
        Day,
    );
    check(
        "The parade was on the 3rd of September.",
        SEED,
        &[("on the 3rd of September", "2025-09-03", "2026-09-03", Day)],
    );
    check(
        "The parade was on September 3rd.",
        SEED,
        &[("on September 3rd", "2025-09-03", "2026-09-03", Day)],
    );
    check(
        "Talks were held on 23-24 December.",
        SEED,
        &[("on 23-24 December", "2024-12-23", "2025-12-23", Day)],
    );
    fixed(
        "They met on 3 September last year.",
        SEED,
        "on 3 September last year",
        "2024-09-03",
        Day,
    );
    fixed(
        "The rally was in September 2025.",
        SEED,
        "in September 2025",
        "2025-09-01",
        Month,
    );
}

#[test]
fn numeric_dates() {
    fixed(
        "The vote is on 2025-09-03.",
        SEED,
        "on 2025-09-03",
        "2025-09-03",
        Day,
    );
    fixed(
        "Lewis released a statement on 12/19/05 condemning the president.",
        "2005-12-21",
        "on 12/19/05",
        "2005-12-19",
        Day,
    );
    // first number above 12: day/month
    check(
        "The Prime Minister of Australia will arrive today, (18/05/2006), for a state visit.",
        "2006-05-18",
        &[
            ("today", "2006-05-18", "2006-05-18", Day),
            ("18/05/2006", "2006-05-18", "2006-05-18", Day),
        ],
    );
    // both at most 12: month/day, as in US news
    fixed(
        "It is noted that On 10/1/2008, the Senate passed the bill.",
        "2008-10-04",
        "On 10/1/2008",
        "2008-10-01",
        Day,
    );
    fixed(
        "Signed 03.09.2025 in Minsk.",
        SEED,
        "03.09.2025",
        "2025-09-03",
        Day,
    );
    check(
        "They meet on 9/3.",
        SEED,
        &[("on 9/3", "2025-09-03", "2026-09-03", Day)],
    );
    none("The vote split 3/9 in favour.", SEED);
    none("Since 9/11 security has been tight.", SEED);
    none("See com/english/2005-03-24-voa7 for details.", SEED);
}

#[test]
fn relative_days_and_periods() {
    check(
        "He left the day before yesterday and returns the day after tomorrow.",
        SEED,
        &[
            ("the day before yesterday", "2025-09-27", "2025-09-27", Day),
            ("the day after tomorrow", "2025-10-01", "2025-10-01", Day),
        ],
    );
    fixed(
        "Talks continue tonight.",
        SEED,
        "tonight",
        "2025-09-29",
        Day,
    );
    fixed(
        "Talks ended last night.",
        SEED,
        "last night",
        "2025-09-28",
        Day,
    );
    fixed(
        "Talks began earlier this week.",
        "2025-10-02",
        "earlier this week",
        "2025-09-29",
        Week,
    );
    fixed(
        "Talks begin next week.",
        SEED,
        "next week",
        "2025-10-06",
        Week,
    );
    fixed(
        "Talks began earlier this year.",
        SEED,
        "earlier this year",
        "2025-01-01",
        Year,
    );
    fixed(
        "Talks begin next year.",
        SEED,
        "next year",
        "2026-01-01",
        Year,
    );
    fixed(
        "They met on Monday last week.",
        "2025-10-02",
        "on Monday last week",
        "2025-09-22",
        Day,
    );
}

#[test]
fn counts() {
    fixed(
        "They met two days ago.",
        SEED,
        "two days ago",
        "2025-09-27",
        Day,
    );
    fixed(
        "They met 3 days ago.",
        SEED,
        "3 days ago",
        "2025-09-26",
        Day,
    );
    fixed(
        "They met a week ago.",
        SEED,
        "a week ago",
        "2025-09-22",
        Week,
    );
    fixed(
        "They met two weeks ago.",
        SEED,
        "two weeks ago",
        "2025-09-15",
        Week,
    );
    fixed(
        "They met a month ago.",
        SEED,
        "a month ago",
        "2025-08-01",
        Month,
    );
    fixed(
        "Hsieh is expected to announce a new cabinet in two days.",
        "2005-01-25",
        "in two days",
        "2005-01-27",
        Day,
    );
    fixed(
        "They will meet again in three weeks' time.",
        SEED,
        "in three weeks' time",
        "2025-10-20",
        Week,
    );
    fixed(
        "They will meet again in a week's time.",
        SEED,
        "in a week's time",
        "2025-10-06",
        Week,
    );
    // durations, not dates
    none(
        "A suicide tractor bombing struck the prison, the 2nd attack in two days.",
        SEED,
    );
    none(
        "The two leaders held the first such meeting between the two sides in four years.",
        SEED,
    );
    none("The talks came in a year when violence rose.", SEED);
    none("Two days later, the talks collapsed.", SEED);
}

#[test]
fn years_decades_and_bare_numbers() {
    fixed(
        "Taiwan's Nationalists evacuated to Taiwan in 1949 .",
        SEED,
        "in 1949",
        "1949-01-01",
        Year,
    );
    fixed(
        "Fighting has continued since mid-2006.",
        SEED,
        "since mid-2006",
        "2006-01-01",
        Year,
    );
    fixed(
        "The conflict began in the 1990s.",
        SEED,
        "in the 1990s",
        "1990-01-01",
        Year,
    );
    fixed(
        "The plan covers the period in 2005-06.",
        SEED,
        "in 2005-06",
        "2005-01-01",
        Year,
    );
    none(
        "2006 Israel-Lebanon conflict  United Nations  Secretary General  Kofi Annan  spoke.",
        SEED,
    );
    none(
        "Some 2,000 troops and 1500 police were deployed for the second time.",
        SEED,
    );
}

#[test]
fn named_days_and_newspapers_are_not_weekdays() {
    none("The Good Friday Agreement was signed in Belfast.", SEED);
    none("He told the Sunday Times that talks had failed.", SEED);
    none("He told the Mail on Sunday that talks had failed.", SEED);
    none("Mondays are quiet in parliament.", SEED);
}

#[test]
fn programmes_and_papers_named_for_a_day() {
    fixed(
        "&quot;General Sanchez, today's ''USA Today '', sir, reported that you ordered it.",
        SEED,
        "today's",
        "2025-09-29",
        Day,
    );
    none(
        "General Dannatt told the ''BBC  Radio 4 Today programme'' that he had to speak up.",
        SEED,
    );
    none("Trevor Phillips is reported as saying on BBC 1's Sunday AM programme that he would not want it.", SEED);
    fixed(
        "Today, China  also urged Tehran to continue talks with the EU  trio.",
        "2005-05-12",
        "Today",
        "2005-05-12",
        Day,
    );
}

#[test]
fn times_are_not_days() {
    none("The vote opens May 5:30 local time.", SEED);
    check(
        "Dec. 1: Ukraine parliament sacks government.",
        SEED,
        &[("Dec. 1", "2024-12-01", "2025-12-01", Day)],
    );
}

#[test]
fn month_of_year() {
    fixed(
        "Originally she was to have moved to the USA in May of 2007.",
        "2007-09-01",
        "in May of 2007",
        "2007-05-01",
        Month,
    );
    fixed(
        "Aged 59, Stephanides was due to retire in September this year.",
        "2005-02-01",
        "in September this year",
        "2005-09-01",
        Month,
    );
}

#[test]
fn weekday_with_date_picks_the_matching_year() {
    // 3 December 2024 was a Tuesday; 3 December 2025 is a Wednesday
    fixed(
        "They met on Tuesday, December 3.",
        SEED,
        "on Tuesday, December 3",
        "2024-12-03",
        Day,
    );
    fixed(
        "A statement released Monday 28 January 2008 said so.",
        "2008-01-30",
        "Monday 28 January 2008",
        "2008-01-28",
        Day,
    );
}

#[test]
fn odd_input_never_panics() {
    let odd = [
        "",
        "on",
        "in the",
        "last",
        "this past",
        "September",
        "3 of",
        "mid-",
        "2025-",
        "2025-09-",
        "1/",
        "1//2",
        "on 0/0",
        "on 00.00.0000",
        "99.99.9999",
        "in 0 days",
        "a-",
        "the day before",
        "Monday,",
        "Monday, 3",
        "September 3,",
        "in 1990s's",
        "0s",
        "on 31st of February 2024",
        "Sept. 99",
        "in 18446744073709551616 years' time",
    ];
    for published in ["2025-09-29", "1800-01-01", "2200-12-31"] {
        for s in odd {
            let _ = found(s, published);
        }
    }
    // publication dates at the ends of chrono's range
    let tokens = tokenise("yesterday, tomorrow, next year, in 2019, last week", 0, 50);
    for published in [NaiveDate::MIN, NaiveDate::MAX] {
        let _ = find_time_expressions(&tokens, published);
    }
}

/// Runs over the development set when it is beside the project: nothing panics and every
/// range is well formed. `bench_corpus` does the same over the whole Wikinews corpus.
#[test]
fn devset_never_panics() {
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in ["../shared/devset/articles.jsonl"] {
        let Ok(data) = std::fs::read_to_string(path) else {
            continue;
        };
        for line in data.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if let (Some(p), Some(t)) = (v["published"].as_str(), v["text"].as_str()) {
                texts.push((p.to_string(), t.to_string()));
            }
        }
    }
    // The text stage is not under test here: articles it cannot split are left out.
    let mut sentences = Vec::new();
    for (published, text) in &texts {
        if let Ok(split) = std::panic::catch_unwind(|| split_sentences(text)) {
            sentences.push((ymd(published), split));
        }
    }
    let mut count = 0;
    for (published, split) in &sentences {
        for sentence in split {
            for e in find_time_expressions(&sentence.tokens, *published) {
                assert!(e.first < e.end && e.end <= sentence.tokens.len());
                count += 1;
            }
        }
    }
    assert!(texts.is_empty() || count > 0);
}
/// Times the stage over the Wikinews corpus, each article right after it is split (as in
/// the pipeline), and checks that nothing panics: `cargo test --release time::tests::bench_corpus -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_corpus() {
    let Ok(data) = std::fs::read_to_string("../shared/data/wikinews_politics.jsonl") else {
        return;
    };
    let mut sentences = 0;
    let mut expressions = 0;
    let mut elapsed = std::time::Duration::ZERO;
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (Some(published), Some(text)) = (v["published"].as_str(), v["text"].as_str()) else {
            continue;
        };
        let Ok(split) = std::panic::catch_unwind(|| split_sentences(text)) else {
            continue;
        };
        let published = ymd(published);
        let start = std::time::Instant::now();
        for sentence in &split {
            let found = find_time_expressions(&sentence.tokens, published);
            assert!(found
                .iter()
                .all(|e| e.first < e.end && e.end <= sentence.tokens.len()));
            expressions += found.len();
        }
        elapsed += start.elapsed();
        sentences += split.len();
    }
    let per_53k = elapsed.as_secs_f64() * 1000.0 / sentences.max(1) as f64 * 53_000.0;
    eprintln!("{sentences} sentences, {expressions} expressions, {elapsed:?} ({per_53k:.1} ms per 53,000 sentences)");
}

#[test]
fn a_period_holds_the_days_inside_it() {
    // the expression of `text` and its precision
    let period = |text: &str, published: &str| {
        let all = found(text, published);
        assert_eq!(all.len(), 1, "{all:?}");
        let (_, past, _, precision) = &all[0];
        (ymd(past), *precision)
    };
    // the seed: "Kim's visit earlier this month" holds "her earlier visit on September 3"
    let (start, precision) = period(
        "a potential reciprocal gesture to Kim’s visit earlier this month.",
        "2025-09-29",
    );
    assert_eq!((precision, precision.as_str()), (Month, "month"));
    assert!(precision.holds(start, ymd("2025-09-03")));
    assert!(precision.holds(start, ymd("2025-09-30")));
    assert!(!precision.holds(start, ymd("2025-10-10")));
    assert!(!precision.holds(start, ymd("2024-09-03")));
    // ID72062: "this weekend" in a Monday article is the Saturday and Sunday before, in the
    // calendar week that ended then, not the days after it
    let (start, precision) = period("Ehud Olmert flew to the US this weekend.", "2007-06-18");
    assert_eq!((precision, precision.as_str()), (Week, "week"));
    assert!(precision.holds(start, ymd("2007-06-17")));
    assert!(!precision.holds(start, ymd("2007-06-18")));
    let (start, precision) = period("The border conflict started in 1998.", "2006-10-17");
    assert_eq!((precision, precision.as_str()), (Year, "year"));
    assert!(precision.holds(start, ymd("1998-12-31")));
    assert!(!precision.holds(start, ymd("1999-01-01")));
    // a day holds itself only
    let (start, precision) = period("Choe Son-hui met Li Qiang on Monday.", "2025-09-29");
    assert_eq!((precision, precision.as_str()), (Day, "day"));
    assert!(precision.holds(start, ymd("2025-09-29")));
    assert!(!precision.holds(start, ymd("2025-09-30")));
    // finest first, which is what deduplication's "finer" reads
    assert!(Day < Week && Week < Month && Month < Year);
}
