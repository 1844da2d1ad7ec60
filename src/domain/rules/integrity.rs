//! 第十四条: neither party may be on the joint-punishment list (联合惩戒名单). The list is
//! kept in the store and imported by officers; this is the lookup.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::takers::same_unit;
use super::unmet::{Party, Rule, Unmet};
use crate::domain::case::{Case, Taker};
use crate::domain::credit_code;
use crate::domain::org::Org;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BlacklistEntry {
    pub name: String,
    pub credit_code: String,
    pub reason: String,
    pub listed_on: Option<NaiveDate>,
    /// Where the officer found it, e.g. 信用中国.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Blacklist {
    pub entries: Vec<BlacklistEntry>,
}

impl Blacklist {
    pub fn new(entries: Vec<BlacklistEntry>) -> Blacklist {
        Blacklist { entries }
    }

    /// The entry naming this organisation: by credit code when both sides have a valid one,
    /// else by normalised name (see [`same_unit`]).
    pub fn find(&self, org: &Org) -> Option<&BlacklistEntry> {
        let code = credit_code::normalize(&org.credit_code);
        self.entries.iter().find(|e| {
            let listed = Org {
                credit_code: e.credit_code.clone(),
                ..Org::named(&e.name)
            };
            let e_code = credit_code::normalize(&e.credit_code);
            (!code.is_empty() && code == e_code) || same_unit(org, &listed)
        })
    }
}

/// 第十四条 for one organisation: the unmet rule when the list names it. Usable live by a
/// form (`:taker`, `:gate`, `:review`) before anything is saved.
pub fn check_org(party: Party, org: &Org, blacklist: &Blacklist) -> Option<Unmet> {
    blacklist.find(org).map(|e| {
        Rule::Blacklisted {
            party,
            name: org.name.clone(),
            reason: e.reason.clone(),
            listed_on: e.listed_on,
            source: e.source.clone(),
        }
        .into()
    })
}

/// 第十四条 for a taker and every member of its consortium.
pub fn check_taker(taker: &Taker, blacklist: &Blacklist) -> Vec<Unmet> {
    std::iter::once((Party::Taker, &taker.org))
        .chain(taker.consortium.iter().map(|m| (Party::Member, m)))
        .filter_map(|(party, org)| check_org(party, org, blacklist))
        .collect()
}

/// From 揭榜申报 on, and at every tranche: the issuer, every taker still in the running and
/// its consortium members.
pub fn check_integrity(case: &Case, blacklist: &Blacklist) -> Vec<Unmet> {
    let mut out: Vec<Unmet> = check_org(Party::Issuer, &case.issuer, blacklist)
        .into_iter()
        .collect();
    for t in case.active_takers() {
        out.extend(check_taker(t, blacklist));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::fixtures::*;
    use crate::domain::vocab::TakerStatus;

    fn entry(name: &str, code: &str) -> BlacklistEntry {
        BlacklistEntry {
            name: name.into(),
            credit_code: code.into(),
            reason: "科研失信".into(),
            listed_on: Some(d("2025-03-01")),
            source: "信用中国".into(),
        }
    }

    #[test]
    fn art_14_clean_parties_pass() {
        let list = Blacklist::new(vec![entry("无关公司", "")]);
        assert!(check_integrity(&breakthrough(), &list).is_empty());
    }

    #[test]
    fn art_14_taker_and_member_found_by_normalised_name() {
        let mut case = breakthrough();
        case.takers[0]
            .consortium
            .push(Org::named("赤峰（某）化工厂"));
        let list = Blacklist::new(vec![
            entry("北京稀土材料研究院 ", ""),
            entry("赤峰(某)化工厂", ""),
        ]);
        let unmet = check_integrity(&case, &list);
        assert_eq!(unmet.len(), 2, "{unmet:?}");
        // An eliminated taker no longer matters.
        case.takers[0].status = TakerStatus::Eliminated;
        assert!(check_integrity(&case, &list).is_empty());
    }

    #[test]
    fn blacklist_reads_from_json_with_optional_fields() {
        let list: Blacklist =
            serde_json::from_str(r#"{"entries":[{"name":"某公司","reason":"骗取资金"}]}"#).unwrap();
        assert!(list.find(&Org::named("某公司")).is_some());
        assert!(list.find(&Org::named("")).is_none());
    }
}
