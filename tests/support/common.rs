//! Shared fixtures for the integration tests: a temporary store, the binary with a pinned
//! date and an isolated config dir, and small case builders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::{NaiveDate, TimeZone, Utc};
use jiebang::domain::*;

pub const TODAY: &str = "2026-11-26";

pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("store.redb");
        Env { dir, db }
    }

    /// `jiebang --db <tmp> ...` with today pinned, English off, config isolated.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("jiebang").unwrap();
        c.env("JIEBANG_TODAY", TODAY)
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env_remove("JIEBANG_DB")
            .arg("--db")
            .arg(&self.db);
        c
    }

    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        outcome(self.cmd().args(args))
    }

    /// `run` on another day: a step of a scenario that happens months or years later.
    pub fn run_on(&self, today: &str, args: &[&str]) -> (i32, String, String) {
        outcome(self.cmd().env("JIEBANG_TODAY", today).args(args))
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Imports the cases through the CLI, asserting success. Fixtures are partial cases
    /// (an implementing case with no taker, say) that the rules call breaches: they are
    /// stored flagged, as past data would be, and every write after that is still checked.
    pub fn import(&self, cases: &[Case]) {
        let p = self.write("fixture.json", jiebang::io::json::to_json(cases).as_bytes());
        let (code, _, err) = self.run(&["import", p.to_str().unwrap(), "--allow-breaches"]);
        assert_eq!(code, 0, "import failed: {err}");
    }

    pub fn case(&self, id: &str) -> Case {
        let (code, out, err) = self.run(&["show", id, "--format", "json", "--all-notes"]);
        assert_eq!(code, 0, "show failed: {err}");
        serde_json::from_str(&out).unwrap()
    }
}

/// Runs the command: its exit code, standard output and standard error.
fn outcome(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn file_bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

/// An in-region enterprise with a valid credit code (包头市).
pub fn issuer() -> Org {
    Org {
        name: "包头北方稀土磁材有限公司".into(),
        region: "包头市".into(),
        org_type: OrgType::TechEnterprise,
        credit_code: jiebang::domain::credit_code::with_check_char("91150200MA0N8Q2K1").unwrap(),
        contact: Contact {
            name: "王海".into(),
            title: "技术总监".into(),
            mobile: "13904721234".into(),
            email: "wanghai@example.cn".into(),
        },
        ..Org::default()
    }
}

/// A complete technology-breakthrough case at `stage`, ready for 发布榜单 checks.
pub fn case(id: &str, stage: Stage) -> Case {
    let now = Utc.with_ymd_and_hms(2026, 11, 1, 2, 0, 0).unwrap();
    let mut c = Case::new(
        id.into(),
        Kind::Breakthrough,
        issuer(),
        "高丰度镧铈永磁在工业电机中的应用",
        now,
    );
    c.stage = stage;
    c.field = Some(Field::RareEarth);
    c.achievement.description =
        "针对镧铈资源积压问题, 开发高丰度稀土永磁材料并在工业电机中示范应用。".into();
    c.achievement.owns_ip = Some(true);
    c.achievement.ip_types = vec![IpType::Patent];
    c.achievement.suggested_period = "3年".into();
    c.achievement.estimated_investment = Some(Yuan::from_wan(3000));
    c.reviews = vec![need_review()];
    c.rev = 1;
    c
}

/// A passing 需求论证 review: three declared experts of unrelated units scoring 80 on
/// every default criterion (what 第九条(二) asks before 发布榜单).
pub fn need_review() -> records::Review {
    use records::{Expert, Review, ReviewConclusion, ReviewStage, Score};
    let scores: Vec<Score> = records::settings::NEED_CRITERIA
        .iter()
        .map(|c| Score {
            taker: String::new(),
            criterion: c.to_string(),
            value: 80,
        })
        .collect();
    let panel = ["内蒙古大学", "内蒙古工业大学", "内蒙古科技大学"]
        .iter()
        .enumerate()
        .map(|(i, unit)| Expert {
            scores: scores.clone(),
            ..Expert::new(&format!("专家{}", i + 1), unit)
        })
        .collect();
    Review {
        stage: ReviewStage::Validating,
        date: Some(date("2026-10-15")),
        panel,
        comments: "需求明确, 同意发布".into(),
        conclusion: Some(ReviewConclusion::Pass),
        recommended: Vec::new(),
    }
}
