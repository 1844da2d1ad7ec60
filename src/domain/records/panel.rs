//! The written form of a panel member, shared by the CLI's `--expert` and the TUI's panel
//! field: `姓名,单位[,flag…]`, commas half- or full-width, flags `回避`/`recused` and
//! `未声明`/`undeclared` (`已声明`/`declared` restores the default, a signed declaration).

use super::review::Expert;

/// Flags as written back into a panel field. Chinese in both languages: they are part of
/// the grammar (both spellings parse), and a fixed spelling keeps drafts and conflict
/// comparisons independent of the interface language.
const RECUSED: &str = "回避";
const UNDECLARED: &str = "未声明";

/// One expert from `姓名,单位[,flag…]`; `None` when the name or unit is missing or a
/// flag is unknown.
pub fn parse_expert(spec: &str) -> Option<Expert> {
    let parts: Vec<&str> = spec.split([',', '，']).map(str::trim).collect();
    let (name, unit) = match parts.as_slice() {
        [name, unit, ..] if !name.is_empty() && !unit.is_empty() => (*name, *unit),
        _ => return None,
    };
    let mut e = Expert::new(name, unit);
    for flag in &parts[2..] {
        match *flag {
            "undeclared" | UNDECLARED => e.declared = false,
            "declared" | "已声明" => e.declared = true,
            "recused" | RECUSED => e.recused = true,
            _ => return None,
        }
    }
    Some(e)
}

/// A line of a panel field that is not an expert: its number (from 1) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub line: usize,
    pub text: String,
}

/// A panel written one expert per line; blank lines are skipped. Each expert comes with
/// the number of its line (from 1), so later messages can point at it.
pub fn parse_panel(text: &str) -> Result<Vec<(usize, Expert)>, BadLine> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            parse_expert(l).map(|e| (i + 1, e)).ok_or_else(|| BadLine {
                line: i + 1,
                text: l.trim().to_string(),
            })
        })
        .collect()
}

/// The panel as a field shows it: one `姓名，单位[，flag]` line per expert.
pub fn panel_text(panel: &[Expert]) -> String {
    panel
        .iter()
        .map(|e| {
            let mut line = format!("{}，{}", e.name, e.unit);
            if e.recused {
                line.push('，');
                line.push_str(RECUSED);
            }
            if !e.declared {
                line.push('，');
                line.push_str(UNDECLARED);
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn experts_parse_with_either_comma_and_flags_in_either_language() {
        let e = parse_expert(" 王某，内蒙古大学 ，回避,undeclared").unwrap();
        assert_eq!((e.name.as_str(), e.unit.as_str()), ("王某", "内蒙古大学"));
        assert!(e.recused && !e.declared);
        assert!(parse_expert("王某").is_none());
        assert!(parse_expert("王某,").is_none(), "a unit is required");
        assert!(parse_expert("王某,内蒙古大学,maybe").is_none());
        let text = "王某，内蒙古大学\n\n赵某,某研究所,recused";
        let panel = parse_panel(text).unwrap();
        assert_eq!(panel.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [1, 3]);
        let experts: Vec<Expert> = panel.into_iter().map(|(_, e)| e).collect();
        assert_eq!(
            panel_text(&experts),
            "王某，内蒙古大学\n赵某，某研究所，回避"
        );
        assert_eq!(
            parse_panel("王某，内蒙古大学\n只有名字"),
            Err(BadLine {
                line: 2,
                text: "只有名字".into()
            })
        );
    }
}
