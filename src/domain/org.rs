//! Organisations (发榜方, 揭榜方, consortium members) with every field of 附件1.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::money::Yuan;
use super::vocab::OrgType;

/// 联系人.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub name: String,
    pub title: String,
    pub mobile: String,
    pub email: String,
}

/// An organisation as 附件1 describes it. Everything but the name is optional on intake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Org {
    pub name: String,
    pub address: String,
    /// 注册时间.
    pub registered_on: Option<NaiveDate>,
    /// 注册地区: a city/league name such as `包头市`, or a place outside the region.
    pub region: String,
    /// 注册资金, entered in 万元.
    pub registered_capital: Option<Yuan>,
    pub legal_rep: String,
    pub tech_field: String,
    pub main_business: String,
    pub staff_total: Option<u32>,
    pub staff_bachelor: Option<u32>,
    pub staff_rd: Option<u32>,
    pub org_type: OrgType,
    /// Free text when `org_type` is `other`.
    pub org_type_other: String,
    /// 统一社会信用代码; optional on intake, required before 发布榜单.
    pub credit_code: String,
    /// Name (or credit code) of the parent organisation, for the subsidiary rule.
    pub parent: String,
    pub contact: Contact,
}

impl Default for Org {
    fn default() -> Self {
        Org {
            name: String::new(),
            address: String::new(),
            registered_on: None,
            region: String::new(),
            registered_capital: None,
            legal_rep: String::new(),
            tech_field: String::new(),
            main_business: String::new(),
            staff_total: None,
            staff_bachelor: None,
            staff_rd: None,
            org_type: OrgType::TechEnterprise,
            org_type_other: String::new(),
            credit_code: String::new(),
            parent: String::new(),
            contact: Contact::default(),
        }
    }
}

impl Org {
    pub fn named(name: &str) -> Org {
        Org {
            name: name.to_string(),
            ..Org::default()
        }
    }
}
