//! Per-keystroke search timing over 100 000 generated names (DESIGN.md §6). Run with
//! `cargo test --release -- --ignored --nocapture search_perf`.

use std::time::Instant;

use super::tests::doc;
use super::{NameIndex, Searcher};
use crate::domain::summary::CaseSummary;

const REGIONS: &[&str] = &[
    "包头",
    "呼和浩特",
    "鄂尔多斯",
    "赤峰",
    "通辽",
    "乌海",
    "巴彦淖尔",
    "乌兰察布",
    "锡林郭勒",
    "兴安",
    "阿拉善",
    "呼伦贝尔",
    "长沙",
    "重庆",
    "长春",
    "银川",
    "满洲里",
    "二连浩特",
];
const TOPICS: &[&str] = &[
    "稀土",
    "永磁",
    "石墨烯",
    "氢能",
    "储能",
    "电解",
    "制氢",
    "碳捕集",
    "封存",
    "光伏",
    "风电",
    "材料",
    "催化剂",
    "锂电池",
    "负极",
    "正极",
    "储运",
    "燃料电池",
    "抛光粉",
    "发光",
    "合金",
    "煤化工",
    "智能",
    "电网",
    "液流",
    "钠离子",
    "导热膜",
    "北方",
    "高纯",
    "冶炼",
    "分离",
    "提纯",
    "草原",
    "乳业",
    "生物",
    "重载",
    "长时",
    "行业",
    "银行",
    "数据",
];
const ENDS: &[&str] = &[
    "关键技术研究",
    "产业化示范",
    "工艺开发",
    "装备研制",
    "应用示范",
    "中试",
    "技术攻关",
    "成果转化",
    "平台建设",
    "系统集成",
];
const ORGS: &[&str] = &[
    "有限公司",
    "股份有限公司",
    "大学",
    "研究院",
    "科技有限公司",
    "集团",
    "研究所",
];

struct Rng(u64);
impl Rng {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        xs[(self.0 % xs.len() as u64) as usize]
    }
}

pub(crate) fn corpus(n: usize) -> Vec<CaseSummary> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let orgs: Vec<String> = (0..3000)
        .map(|i| {
            format!(
                "{}{}{}{}",
                rng.pick(REGIONS),
                rng.pick(TOPICS),
                ["", "新", "华", "蒙", "金"][i % 5],
                rng.pick(ORGS)
            )
        })
        .collect();
    (0..n)
        .map(|i| {
            let mut name = rng.pick(REGIONS).to_string();
            for _ in 0..(2 + i % 3) {
                name.push_str(rng.pick(TOPICS));
            }
            name.push_str(rng.pick(ENDS));
            let issuer = &orgs[(i * 7919) % orgs.len()];
            let taker = (i % 2 == 0).then(|| orgs[(i * 104_729) % orgs.len()].as_str());
            doc(&name, issuer, taker)
        })
        .collect()
}

/// CPU time of this thread, in ms: other builds share this machine, and wall time then
/// measures the scheduler as much as the search.
fn cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[test]
#[ignore]
fn search_perf() {
    let docs = corpus(100_000);
    let t = Instant::now();
    let ix = NameIndex::build(&docs);
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let queries: &[(&str, &[&str])] = &[
        (
            "chinese",
            &[
                "包头稀土",
                "鄂尔多斯氢能",
                "石墨烯导热膜",
                "长沙储能",
                "稀土抛光粉",
            ],
        ),
        (
            "pinyin",
            &[
                "btxt",
                "baotou",
                "baotxt",
                "qingneng",
                "eedsqn",
                "shimoxi",
                "cschuneng",
                "包tou",
            ],
        ),
    ];
    for (label, qs) in queries {
        let mut times = Vec::new();
        let mut cpu = Vec::new();
        let mut hits_first = 0;
        for q in *qs {
            let mut s = Searcher::new();
            let chars: Vec<char> = q.chars().collect();
            // Type the query, delete it back to one character, and type it again.
            let mut lens: Vec<usize> = (1..=chars.len()).collect();
            lens.extend((1..chars.len()).rev());
            lens.extend(2..=chars.len());
            for n in lens {
                let typed: String = chars[..n].iter().collect();
                let (t, c) = (Instant::now(), cpu_ms());
                let hits = s.search(&ix, &typed);
                times.push(t.elapsed().as_secs_f64() * 1e3);
                cpu.push(cpu_ms() - c);
                if std::env::var("JB_SLOW").is_ok() && *times.last().unwrap() > 5.0 {
                    eprintln!(
                        "slow {typed:?} {:.2} ms, {} hits",
                        times.last().unwrap(),
                        hits.len()
                    );
                }
                if n == 1 {
                    hits_first = hits_first.max(hits.len());
                }
            }
        }
        times.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        println!(
            "search_perf {label}: {} keystrokes over {} docs / {} distinct names, all hits ranked: wall p50 {:.2} p99 {:.2} ms; cpu p50 {:.2} p99 {:.2} ms (largest first-key result {hits_first}); build {build_ms:.0} ms",
            times.len(),
            ix.len(),
            ix.name_count(),
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            percentile(&cpu, 0.5),
            percentile(&cpu, 0.99),
        );
    }
}

#[test]
#[ignore]
fn search_perf_top_page() {
    let docs = corpus(100_000);
    let ix = NameIndex::build(&docs);
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    for q in [
        "包头稀土",
        "鄂尔多斯氢能",
        "btxt",
        "baotou",
        "qingneng",
        "eedsqn",
        "包tou",
    ] {
        let mut s = Searcher::new();
        let chars: Vec<char> = q.chars().collect();
        let mut lens: Vec<usize> = (1..=chars.len()).collect();
        lens.extend((1..chars.len()).rev());
        for n in lens {
            let typed: String = chars[..n].iter().collect();
            let (t, c) = (Instant::now(), cpu_ms());
            let (hits, total) = s.search_top(&ix, &typed, 50);
            times.push(t.elapsed().as_secs_f64() * 1e3);
            cpu.push(cpu_ms() - c);
            assert!(hits.len() <= 50 && total >= hits.len());
        }
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    println!(
        "search_perf top-50 page: {} keystrokes: wall p50 {:.2} p99 {:.2} ms; cpu p50 {:.2} p99 {:.2} ms",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        percentile(&cpu, 0.5),
        percentile(&cpu, 0.99),
    );
}
